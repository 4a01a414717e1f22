import type { Fact, FactId } from '../schemas/index.js';

/** The facts that rest on the article alone (Verywell Health, 2023), in the brief's order. */
const ARTICLE_FACT_IDS: FactId[] = [
  ...['B1', 'B2', 'B3'],
  ...['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8', 'D9', 'D10'],
  ...['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9', 'S10', 'S11'],
  ...['I1', 'I2', 'I3', 'I4', 'I5'],
];

/**
 * Every numbered fact of the clinical brief (shared/clinical-brief.md) with its sources. Records
 * that show text to people (statements, side effects, rules, dose limits) point here through
 * `factIds`, so each sentence can be traced back to the brief and its source. The brief's
 * sentences themselves are in ./fact-texts.ts: no element shows them, so pages do not download
 * them (issue #19).
 *
 * I6 comes from the full-dose label and explains the opioid finding only; no full-dose figure is
 * given as an LDN one. X1 rests on the products' ingredient lists (DailyMed, MedlinePlus).
 *
 * B3 and S11 come from "a 2018 review" the article does not name (it lists two 2018 reviews), so
 * they cite only the article: naming one review would claim more than the brief supports.
 */
export const facts: Fact[] = [
  ...ARTICLE_FACT_IDS.map((id): Fact => ({ id, sourceIds: ['verywell-2023'] })),
  { id: 'I6', sourceIds: ['naltrexone-pi'] },
  { id: 'X1', sourceIds: ['dailymed-nlm', 'medlineplus-drugs'] },
];
