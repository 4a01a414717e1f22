import { SNOMED_SYSTEM } from '../schemas/code-systems.js';
import type { Condition } from '../schemas/index.js';

/**
 * Conditions the checker asks about (I4, I5). SNOMED CT codes: only the verified ones
 * (disorder of liver 235856003, cirrhosis of liver 19943007, pregnancy 77386006, breastfeeding
 * 413712001). More codes a health record may use (SNOMED CT children of 235856003, ICD-10 blocks,
 * LOINC status questions, words) are in `condition-codes.ts`, with their sources.
 */
export const conditions: Condition[] = [
  {
    id: 'liver-disease',
    name: { en: 'Liver disease', es: 'Enfermedad del hígado' },
    label: {
      en: 'Liver disease, including hepatitis or cirrhosis',
      es: 'Enfermedad del hígado, como hepatitis o cirrosis',
    },
    // The article names these three together (I4).
    synonyms: ['liver disease', 'hepatitis', 'cirrhosis', 'enfermedad del hígado', 'cirrosis'],
    codes: [
      { system: SNOMED_SYSTEM, code: '235856003', display: 'Disorder of liver', sourceId: 'snomed-ct' },
      { system: SNOMED_SYSTEM, code: '19943007', display: 'Cirrhosis of liver', sourceId: 'snomed-ct' },
    ],
    fhirResourceType: 'Condition',
    factIds: ['I4'],
    sourceIds: ['verywell-2023'],
  },
  {
    id: 'pregnancy',
    name: { en: 'Pregnancy', es: 'Embarazo' },
    label: {
      en: 'Pregnant, or planning to become pregnant',
      es: 'Embarazada, o con planes de quedar embarazada',
    },
    synonyms: ['pregnancy', 'pregnant', 'embarazo', 'embarazada'],
    codes: [{ system: SNOMED_SYSTEM, code: '77386006', display: 'Pregnancy', sourceId: 'snomed-ct' }],
    fhirResourceType: 'Condition',
    factIds: ['I5'],
    sourceIds: ['verywell-2023'],
  },
  {
    id: 'breastfeeding',
    name: { en: 'Breastfeeding', es: 'Lactancia' },
    label: { en: 'Breastfeeding', es: 'Dar el pecho (lactancia materna)' },
    synonyms: ['breastfeeding', 'breast feeding', 'nursing', 'lactancia', 'amamantar'],
    // An observable entity in SNOMED CT, so FHIR records it as an Observation, not a Condition.
    codes: [{ system: SNOMED_SYSTEM, code: '413712001', display: 'Breastfeeding', sourceId: 'snomed-ct' }],
    fhirResourceType: 'Observation',
    factIds: ['I5'],
    sourceIds: ['verywell-2023'],
  },
];
