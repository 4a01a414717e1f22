import type { Source } from '../schemas/index.js';

/**
 * Clinical sources (the article and the studies it cites, ids as in shared/clinical-brief.md)
 * and reference sources (where medication names, class membership and codes were checked).
 */
export const verywell2023: Source = {
  id: 'verywell-2023',
  kind: 'clinical',
  label: 'Verywell Health, 2023',
  citation:
    'Stachowiak J. Low-Dose Naltrexone for Treating MS Symptoms. Verywell Health. Medically reviewed by Nicholas R. Metrus, MD. Updated February 3, 2023.',
  url: 'https://www.verywellhealth.com/naltrexone-for-ms-2440888',
  title: 'Low-Dose Naltrexone for Treating MS Symptoms',
  publisher: 'Verywell Health',
  author: 'Julie Stachowiak, PhD',
  reviewer: 'Nicholas R. Metrus, MD',
  updated: '2023-02-03',
  // When this library's wording was last compared with the article, sentence by sentence.
  checked: '2026-12-01',
};

export const naltrexonePi: Source = {
  id: 'naltrexone-pi',
  kind: 'clinical',
  label: 'Naltrexone tablets label (Mallinckrodt)',
  citation: 'Naltrexone hydrochloride tablets USP 50 mg: indications and important safety information. Mallinckrodt.',
  url: 'https://www.mallinckrodt.com/products/generics/addiction-treatment-products/naltrexone-50-mg/',
};

export const naltrexoneInjectionPatient: Source = {
  id: 'naltrexone-injection-patient',
  kind: 'reference',
  label: 'Naltrexone injection, patient information (Healthwise)',
  citation: 'Naltrexone injection: patient drug information. Healthwise, via Cigna.',
  url: 'https://www.cigna.com/knowledge-center/hw/medications/naltrexone-injection-a609007',
};

export const hammer2016: Source = {
  id: 'hammer-2016',
  kind: 'clinical',
  label: 'Hammer et al., 2016',
  citation:
    'Hammer LA, Waldner H, Zagon IS, McLaughlin PJ. Opioid growth factor and low-dose naltrexone impair central nervous system infiltration by CD4+ T lymphocytes in established experimental autoimmune encephalomyelitis, a model of multiple sclerosis. Exp Biol Med. 2016;241(1):71-8.',
  doi: '10.1177/1535370215596384',
  url: 'https://doi.org/10.1177/1535370215596384',
};

export const palermo2018: Source = {
  id: 'palermo-2018',
  kind: 'clinical',
  label: 'Palermo & Gresh, 2018',
  citation:
    'Palermo NJ, Gresh G. Low dose naltrexone: a novel approach in treating neuroinflammatory and other chronic degenerative conditions. Oral presentation, AOA ROME New England Conference, Mystic, CT, August 2018.',
};

export const patten2018: Source = {
  id: 'patten-2018',
  kind: 'clinical',
  label: 'Patten et al., 2018',
  citation:
    "Patten DK, Schultz BG, Berlau DJ. The safety and efficacy of low-dose naltrexone in the management of chronic pain and inflammation in multiple sclerosis, fibromyalgia, Crohn's disease, and other chronic pain disorders. Pharmacotherapy. 2018;38(3):382-389.",
  doi: '10.1002/phar.2086',
  url: 'https://doi.org/10.1002/phar.2086',
};

export const toljan2018: Source = {
  id: 'toljan-2018',
  kind: 'clinical',
  label: 'Toljan & Vrooman, 2018',
  citation: 'Toljan K, Vrooman B. Low-dose naltrexone (LDN)—review of therapeutic utilization. Med Sci. 2018;6(4):82.',
  doi: '10.3390/medsci6040082',
  url: 'https://doi.org/10.3390/medsci6040082',
};

export const rxnormNlm: Source = {
  id: 'rxnorm-nlm',
  kind: 'reference',
  label: 'RxNorm (U.S. National Library of Medicine)',
  citation:
    'RxNorm, U.S. National Library of Medicine. Normalized names for clinical drugs; ingredient codes (RxCUI) and generic ingredient names.',
  url: 'https://www.nlm.nih.gov/research/umls/rxnorm/index.html',
};

export const snomedCt: Source = {
  id: 'snomed-ct',
  kind: 'reference',
  label: 'SNOMED CT (SNOMED International)',
  citation: 'SNOMED CT International Edition, SNOMED International. Codes for clinical findings and observables.',
  url: 'https://www.snomed.org/',
};

export const dailymedNlm: Source = {
  id: 'dailymed-nlm',
  kind: 'reference',
  label: 'DailyMed (U.S. National Library of Medicine)',
  citation:
    'DailyMed, U.S. National Library of Medicine. FDA-approved drug labels (structured product labeling) with brand and generic names.',
  url: 'https://dailymed.nlm.nih.gov/dailymed/',
};

export const fdaNdcDirectory: Source = {
  id: 'fda-ndc-directory',
  kind: 'reference',
  label: 'FDA National Drug Code Directory',
  citation:
    'U.S. Food and Drug Administration. National Drug Code Directory (also served by openFDA): brand name, generic name and active ingredients of each listed product.',
  url: 'https://www.fda.gov/drugs/drug-approvals-and-databases/national-drug-code-directory',
};

export const medlineplusDrugs: Source = {
  id: 'medlineplus-drugs',
  kind: 'reference',
  label: 'MedlinePlus Drug Information (U.S. National Library of Medicine)',
  citation:
    'MedlinePlus Drugs, Herbs and Supplements, U.S. National Library of Medicine (drug monographs from AHFS, American Society of Health-System Pharmacists): brand names of each generic, including older brands no longer sold.',
  url: 'https://medlineplus.gov/druginformation.html',
};

export const medlineplusDrugsEs: Source = {
  id: 'medlineplus-drugs-es',
  kind: 'reference',
  label: 'MedlinePlus en español: medicinas',
  citation: 'MedlinePlus en español: Medicinas, hierbas y suplementos. U.S. National Library of Medicine.',
  url: 'https://medlineplus.gov/spanish/druginformation.html',
};

export const cdcOpioidCds2022: Source = {
  id: 'cdc-opioid-cds-2022',
  kind: 'reference',
  label: 'CDC Opioid Prescribing Guideline Implementation Guide, 2022',
  citation:
    'Centers for Disease Control and Prevention. 2022 CDC Clinical Practice Guideline for Prescribing Opioids Implementation Guide (FHIR), value sets of opioid medications coded with RxNorm.',
  url: 'https://build.fhir.org/ig/cqframework/opioid-cds-r4/',
};

export const icd10Cm: Source = {
  id: 'icd-10-cm',
  kind: 'reference',
  label: 'ICD-10-CM (CDC National Center for Health Statistics)',
  citation:
    'ICD-10-CM, CDC National Center for Health Statistics: Diseases of liver (K70–K77), Viral hepatitis (B15–B19).',
  url: 'https://www.cdc.gov/nchs/icd/icd-10-cm/index.html',
};

export const loinc: Source = {
  id: 'loinc',
  kind: 'reference',
  label: 'LOINC (Regenstrief Institute)',
  citation: 'LOINC, Regenstrief Institute. Code 82810-3, Pregnancy status.',
  url: 'https://loinc.org/82810-3',
};

export const usCorePregnancyStatus: Source = {
  id: 'us-core-pregnancy-status',
  kind: 'reference',
  label: 'HL7 US Core, Observation Pregnancy Status profile',
  citation: 'HL7 FHIR US Core, Observation Pregnancy Status profile: LOINC 82810-3 with SNOMED CT 77386006 (Pregnant).',
  url: 'https://hl7.org/fhir/us/core/StructureDefinition-us-core-observation-pregnancystatus.html',
};

/** Every source, clinical first, then reference. */
export const sources: Source[] = [
  verywell2023,
  naltrexonePi,
  naltrexoneInjectionPatient,
  hammer2016,
  palermo2018,
  patten2018,
  toljan2018,
  rxnormNlm,
  snomedCt,
  dailymedNlm,
  fdaNdcDirectory,
  medlineplusDrugs,
  medlineplusDrugsEs,
  cdcOpioidCds2022,
  icd10Cm,
  loinc,
  usCorePregnancyStatus,
];
