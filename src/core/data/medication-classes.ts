import type { MedicationClass } from '../schemas/index.js';

/**
 * Classes the article names (I1–I3). The article gives examples; membership of other brands and
 * generics is a pharmacological fact, taken from the reference sources listed on each class.
 */
export const medicationClasses: MedicationClass[] = [
  {
    id: 'interferon-beta',
    name: { en: 'Interferon beta medicines', es: 'Medicamentos de interferón beta' },
    factIds: ['I1'],
    sourceIds: ['verywell-2023', 'dailymed-nlm', 'rxnorm-nlm'],
  },
  {
    id: 'glatiramer',
    name: { en: 'Glatiramer acetate', es: 'Acetato de glatiramer' },
    factIds: ['I2'],
    sourceIds: ['verywell-2023', 'dailymed-nlm', 'fda-ndc-directory'],
  },
  {
    id: 'opioid',
    name: { en: 'Opioid medicines', es: 'Medicamentos opioides' },
    factIds: ['I3'],
    sourceIds: ['verywell-2023', 'cdc-opioid-cds-2022', 'medlineplus-drugs', 'rxnorm-nlm'],
  },
];
