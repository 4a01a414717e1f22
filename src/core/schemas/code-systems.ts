// Terminology system URIs, apart from the zod schemas so data modules can use them without
// pulling a validator into every bundle that only needs the data.
export const RXNORM_SYSTEM = 'http://www.nlm.nih.gov/research/umls/rxnorm';
export const SNOMED_SYSTEM = 'http://snomed.info/sct';
