import type { MedicationClass } from '../schemas/index.js';

/**
 * Classes the article names (I1–I3) and the naltrexone medicines (X1). The article gives examples; membership of other brands and
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
    name: { en: 'Glatiramer acetate', es: 'Acetato de glatirámero' },
    factIds: ['I2'],
    sourceIds: ['verywell-2023', 'dailymed-nlm', 'fda-ndc-directory'],
  },
  {
    id: 'opioid',
    name: { en: 'Opioid medicines', es: 'Medicamentos opioides' },
    factIds: ['I3', 'I6'],
    sourceIds: [
      'verywell-2023',
      'naltrexone-pi',
      'naltrexone-injection-patient',
      'cdc-opioid-cds-2022',
      'medlineplus-drugs',
      'dailymed-nlm',
      'rxnorm-nlm',
    ],
  },
  {
    id: 'naltrexone',
    name: { en: 'Medicines that contain naltrexone', es: 'Medicamentos que contienen naltrexona' },
    factIds: ['X1'],
    sourceIds: ['dailymed-nlm', 'medlineplus-drugs'],
  },
];
