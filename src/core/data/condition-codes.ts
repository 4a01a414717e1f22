import { SNOMED_SYSTEM } from '../schemas/code-systems.js';
import type { ConditionId } from '../schemas/condition.js';

/**
 * Code lists the FHIR adapter reads conditions by, beyond the SNOMED CT codes of each condition
 * (in `conditions.ts`): ICD-10 blocks, LOINC status questions and words. Each list names its
 * sources (ids in `sources.ts`). They only ever add a condition, so they can only add caution.
 */

/** Codes of one system that name a condition, with where they were checked. */
export interface ConditionCodeList {
  conditionId: ConditionId;
  system: string;
  /** Codes (their SNOMED CT names in the comments beside them). */
  codes: readonly string[];
  sourceIds: readonly string[];
}

/**
 * Common children of SNOMED CT 235856003 (Disorder of liver), as the SNOMED CT International
 * Edition names them: a record may carry a child code alone, with no text.
 */
export const snomedConditionCodes: readonly ConditionCodeList[] = [
  {
    conditionId: 'liver-disease',
    system: SNOMED_SYSTEM,
    codes: [
      '328383001', // Chronic liver disease
      '59927004', // Hepatic failure
      '197321007', // Steatosis of liver
      '197315008', // Non-alcoholic fatty liver
      '442685003', // Nonalcoholic steatohepatitis
      '41309000', // Alcoholic liver disease
      '128241005', // Inflammatory disease of liver (hepatitis)
      '66071002', // Viral hepatitis type B
      '61977001', // Chronic type B viral hepatitis
      '50711007', // Viral hepatitis type C
      '128302006', // Chronic hepatitis C
    ],
    sourceIds: ['snomed-ct'],
  },
];

export const ICD10_CM_SYSTEM = 'http://hl7.org/fhir/sid/icd-10-cm';
/** WHO ICD-10 has the same two blocks (chapter XI K70–K77, chapter I B15–B19). */
export const ICD10_WHO_SYSTEM = 'http://hl7.org/fhir/sid/icd-10';
export const LOINC_SYSTEM = 'http://loinc.org';

/** A block of ICD-10 categories, inclusive: `K70`–`K77` covers K70 to K77.9 and every subcode. */
export interface Icd10Block {
  conditionId: ConditionId;
  systems: readonly string[];
  first: string;
  last: string;
  sourceIds: readonly string[];
}

export const icd10Blocks: readonly Icd10Block[] = [
  {
    conditionId: 'liver-disease',
    systems: [ICD10_CM_SYSTEM, ICD10_WHO_SYSTEM],
    // Diseases of liver
    first: 'K70',
    last: 'K77',
    sourceIds: ['icd-10-cm'],
  },
  {
    conditionId: 'liver-disease',
    systems: [ICD10_CM_SYSTEM, ICD10_WHO_SYSTEM],
    // Viral hepatitis
    first: 'B15',
    last: 'B19',
    sourceIds: ['icd-10-cm'],
  },
];

/**
 * Observations that ask a question ("pregnancy status") rather than state a finding: only a value
 * that names the condition counts (US Core pregnancy status: 77386006 pregnant; "not pregnant" or
 * "unknown" do not).
 */
export interface StatusQuestion {
  conditionId: ConditionId;
  system: string;
  code: string;
  sourceIds: readonly string[];
}

export const statusQuestions: readonly StatusQuestion[] = [
  {
    conditionId: 'pregnancy',
    system: LOINC_SYSTEM,
    code: '82810-3', // Pregnancy status
    sourceIds: ['loinc', 'us-core-pregnancy-status'],
  },
];

/**
 * Words (whole words, folded like medication names: case and accents do not matter) that name a
 * condition in a record's text, in English and Spanish. Liver terms follow the clinical brief
 * (hepatitis, liver disease, cirrhosis: I4) and the titles of the ICD-10 blocks above and of the
 * SNOMED CT liver codes in `conditions.ts` (hepatic failure, steatosis, NASH, NAFLD, fatty liver).
 */
export interface ConditionTerms {
  conditionId: ConditionId;
  terms: readonly string[];
  sourceIds: readonly string[];
}

export const conditionTerms: readonly ConditionTerms[] = [
  {
    conditionId: 'liver-disease',
    terms: [
      'liver',
      'hepatic',
      'hepatitis',
      'hepatocellular',
      'hepatopathy',
      'cirrhosis',
      'steatosis',
      'steatohepatitis',
      'nash',
      'nafld',
      'masld',
      'mash',
      'higado',
      'hepatica',
      'hepatico',
      'hepatopatia',
      'cirrosis',
      'esteatosis',
      'esteatohepatitis',
    ],
    sourceIds: ['verywell-2023', 'icd-10-cm', 'snomed-ct'],
  },
  {
    conditionId: 'pregnancy',
    terms: ['pregnant', 'pregnancy', 'embarazo', 'embarazada', 'gestacion'],
    sourceIds: ['verywell-2023', 'snomed-ct'],
  },
  {
    conditionId: 'breastfeeding',
    terms: [
      'breastfeeding',
      'breast feeding',
      'breastfed',
      'lactating',
      'lactation',
      'nursing mother',
      'lactancia',
      'amamantando',
      'amamantar',
    ],
    sourceIds: ['verywell-2023', 'snomed-ct'],
  },
];
