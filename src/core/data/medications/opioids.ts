import type { LocalizedText, Medication } from '../../schemas/index.js';
import { brand, generic, other, rxNormIngredient, type MembershipSourceId } from './names.js';

type OpioidRecord = Omit<Medication, 'classIds' | 'codes' | 'memberships'> & {
  codes?: Medication['codes'];
  /** Why it is an opioid, as a sentence a person can check. */
  why: LocalizedText;
  /** Where that comes from: the article for its own examples, else a drug reference. */
  whySource: MembershipSourceId;
};

/** Every record here is a member of the opioid class (rules I3 and I6), with why and its source. */
function opioid({ why, whySource, ...record }: OpioidRecord): Medication {
  return {
    ...record,
    classIds: ['opioid'],
    memberships: [{ classId: 'opioid', reason: why, sourceId: whySource }],
    codes: record.codes ?? [],
  };
}

/**
 * Opioid medicines: single ingredients, fixed combinations and codeine or hydrocodone cough and
 * cold products. The article's examples (OxyContin, Vicodin, Ultram, codeine cough syrups) are
 * here with other members of the class, and the opioid medicines for diarrhea that naltrexone's
 * patient information names ("for diarrhea, cough, or pain"). Each record says why it is an opioid
 * and where that comes from; brand names: MedlinePlus drug monographs, FDA labels (DailyMed) and
 * the FDA NDC directory; generic names: RxNorm, in Spanish MedlinePlus en español.
 */
export const opioids: Medication[] = [
  opioid({
    id: 'oxycodone',
    genericName: 'oxycodone',
    genericNameEs: 'oxicodona',
    why: { en: 'Oxycodone is an opioid.', es: 'La oxicodona es un opioide.' },
    whySource: 'verywell-2023',
    names: [
      generic('oxycodone'),
      generic('oxicodona', 'medlineplus-drugs-es'),
      brand('OxyContin', 'medlineplus-drugs'),
      brand('Roxicodone', 'medlineplus-drugs'),
      brand('Xtampza ER', 'dailymed-nlm'),
      other('Xtampza', 'dailymed-nlm'),
      brand('Oxaydo', 'dailymed-nlm'),
    ],
    codes: [rxNormIngredient('7804', 'oxycodone')],
  }),
  opioid({
    id: 'oxycodone-acetaminophen',
    genericName: 'oxycodone and acetaminophen',
    genericNameEs: 'oxicodona y acetaminofén',
    why: { en: 'This medicine contains oxycodone, an opioid.', es: 'Este medicamento contiene oxicodona, un opioide.' },
    whySource: 'medlineplus-drugs',
    names: [
      generic('oxycodone and acetaminophen'),
      generic('oxicodona y acetaminofén', 'medlineplus-drugs-es'),
      other('acetaminophen and oxycodone', 'medlineplus-drugs'),
      brand('Percocet', 'medlineplus-drugs'),
      brand('Endocet', 'dailymed-nlm'),
      brand('Roxicet', 'medlineplus-drugs'),
    ],
  }),
  opioid({
    id: 'oxycodone-aspirin',
    genericName: 'oxycodone and aspirin',
    genericNameEs: 'oxicodona y aspirina',
    why: { en: 'This medicine contains oxycodone, an opioid.', es: 'Este medicamento contiene oxicodona, un opioide.' },
    whySource: 'medlineplus-drugs',
    names: [
      generic('oxycodone and aspirin'),
      generic('oxicodona y aspirina', 'medlineplus-drugs-es'),
      brand('Percodan', 'medlineplus-drugs'),
    ],
  }),
  opioid({
    id: 'hydrocodone',
    genericName: 'hydrocodone',
    genericNameEs: 'hidrocodona',
    why: { en: 'Hydrocodone is an opioid.', es: 'La hidrocodona es un opioide.' },
    whySource: 'verywell-2023',
    names: [
      generic('hydrocodone'),
      generic('hidrocodona', 'medlineplus-drugs-es'),
      brand('Hysingla ER', 'medlineplus-drugs'),
      other('Hysingla', 'medlineplus-drugs'),
      brand('Zohydro ER', 'medlineplus-drugs'),
      other('Zohydro', 'medlineplus-drugs'),
    ],
    codes: [rxNormIngredient('5489', 'hydrocodone')],
  }),
  opioid({
    id: 'hydrocodone-acetaminophen',
    genericName: 'hydrocodone and acetaminophen',
    genericNameEs: 'hidrocodona y acetaminofén',
    why: {
      en: 'This medicine contains hydrocodone, an opioid.',
      es: 'Este medicamento contiene hidrocodona, un opioide.',
    },
    whySource: 'verywell-2023',
    names: [
      generic('hydrocodone and acetaminophen'),
      generic('hidrocodona y acetaminofén', 'medlineplus-drugs-es'),
      other('acetaminophen and hydrocodone', 'medlineplus-drugs'),
      other('hydrocodone/APAP', 'fda-ndc-directory'),
      brand('Vicodin', 'medlineplus-drugs'),
      brand('Norco', 'medlineplus-drugs'),
      brand('Lortab', 'medlineplus-drugs'),
      brand('Lorcet', 'medlineplus-drugs'),
      brand('Xodol', 'dailymed-nlm'),
    ],
  }),
  opioid({
    id: 'hydrocodone-ibuprofen',
    genericName: 'hydrocodone and ibuprofen',
    genericNameEs: 'hidrocodona e ibuprofeno',
    why: {
      en: 'This medicine contains hydrocodone, an opioid.',
      es: 'Este medicamento contiene hidrocodona, un opioide.',
    },
    whySource: 'medlineplus-drugs',
    names: [
      generic('hydrocodone and ibuprofen'),
      generic('hidrocodona e ibuprofeno', 'medlineplus-drugs-es'),
      brand('Vicoprofen', 'medlineplus-drugs'),
      brand('Reprexain', 'medlineplus-drugs'),
    ],
  }),
  opioid({
    id: 'hydrocodone-chlorpheniramine',
    genericName: 'hydrocodone and chlorpheniramine',
    genericNameEs: 'hidrocodona y clorfeniramina',
    why: {
      en: 'This medicine contains hydrocodone, an opioid.',
      es: 'Este medicamento contiene hidrocodona, un opioide.',
    },
    whySource: 'medlineplus-drugs',
    names: [
      generic('hydrocodone and chlorpheniramine'),
      generic('hidrocodona y clorfeniramina', 'medlineplus-drugs-es'),
      brand('Tussionex', 'medlineplus-drugs'),
      brand('TussiCaps', 'medlineplus-drugs'),
    ],
  }),
  opioid({
    id: 'hydrocodone-homatropine',
    genericName: 'hydrocodone and homatropine',
    genericNameEs: 'hidrocodona y homatropina',
    why: {
      en: 'This medicine contains hydrocodone, an opioid.',
      es: 'Este medicamento contiene hidrocodona, un opioide.',
    },
    whySource: 'medlineplus-drugs',
    names: [
      generic('hydrocodone and homatropine'),
      generic('hidrocodona y homatropina', 'medlineplus-drugs-es'),
      brand('Hycodan', 'medlineplus-drugs'),
    ],
  }),
  opioid({
    id: 'benzhydrocodone-acetaminophen',
    genericName: 'benzhydrocodone and acetaminophen',
    genericNameEs: 'benzhidrocodona y acetaminofén',
    why: {
      en: 'This medicine contains benzhydrocodone, an opioid.',
      es: 'Este medicamento contiene benzhidrocodona, un opioide.',
    },
    whySource: 'dailymed-nlm',
    names: [
      generic('benzhydrocodone and acetaminophen'),
      generic('benzhidrocodona y acetaminofén', 'medlineplus-drugs-es'),
      brand('Apadaz', 'fda-ndc-directory'),
    ],
  }),
  opioid({
    id: 'tramadol',
    genericName: 'tramadol',
    genericNameEs: 'tramadol',
    why: { en: 'Tramadol is an opioid.', es: 'El tramadol es un opioide.' },
    whySource: 'verywell-2023',
    names: [generic('tramadol'), brand('Ultram', 'medlineplus-drugs'), brand('ConZip', 'medlineplus-drugs')],
    codes: [rxNormIngredient('10689', 'tramadol')],
  }),
  opioid({
    id: 'tramadol-acetaminophen',
    genericName: 'tramadol and acetaminophen',
    genericNameEs: 'tramadol y acetaminofén',
    why: { en: 'This medicine contains tramadol, an opioid.', es: 'Este medicamento contiene tramadol, un opioide.' },
    whySource: 'medlineplus-drugs',
    names: [
      generic('tramadol and acetaminophen'),
      other('acetaminophen and tramadol', 'medlineplus-drugs'),
      brand('Ultracet', 'medlineplus-drugs'),
    ],
  }),
  opioid({
    id: 'codeine',
    genericName: 'codeine',
    genericNameEs: 'codeína',
    why: { en: 'Codeine is an opioid.', es: 'La codeína es un opioide.' },
    whySource: 'verywell-2023',
    names: [
      generic('codeine'),
      generic('codeína', 'medlineplus-drugs-es'),
      // Plain words people use for the article's "codeine-based cough syrups" (codeine is the opioid).
      other('codeine cough syrup', 'dailymed-nlm'),
    ],
    codes: [rxNormIngredient('2670', 'codeine')],
  }),
  opioid({
    id: 'acetaminophen-codeine',
    genericName: 'acetaminophen and codeine',
    genericNameEs: 'acetaminofén y codeína',
    why: { en: 'This medicine contains codeine, an opioid.', es: 'Este medicamento contiene codeína, un opioide.' },
    whySource: 'medlineplus-drugs',
    names: [
      generic('acetaminophen and codeine'),
      generic('acetaminofén y codeína', 'medlineplus-drugs-es'),
      other('codeine and acetaminophen', 'medlineplus-drugs'),
      brand('Tylenol with Codeine', 'medlineplus-drugs'),
      other('Tylenol #3', 'medlineplus-drugs'),
      other('Tylenol #4', 'medlineplus-drugs'),
    ],
  }),
  opioid({
    id: 'guaifenesin-codeine',
    genericName: 'guaifenesin and codeine',
    genericNameEs: 'guaifenesina y codeína',
    why: {
      en: 'This cough medicine contains codeine, an opioid.',
      es: 'Este medicamento para la tos contiene codeína, un opioide.',
    },
    whySource: 'verywell-2023',
    names: [
      generic('guaifenesin and codeine'),
      generic('guaifenesina y codeína', 'medlineplus-drugs-es'),
      other('codeine and guaifenesin', 'dailymed-nlm'),
      brand('Cheratussin AC', 'dailymed-nlm'),
      brand('Robitussin AC', 'medlineplus-drugs'),
    ],
  }),
  opioid({
    id: 'promethazine-codeine',
    genericName: 'promethazine and codeine',
    genericNameEs: 'prometazina y codeína',
    why: {
      en: 'This cough medicine contains codeine, an opioid.',
      es: 'Este medicamento para la tos contiene codeína, un opioide.',
    },
    whySource: 'verywell-2023',
    names: [
      generic('promethazine and codeine'),
      generic('prometazina y codeína', 'medlineplus-drugs-es'),
      other('promethazine with codeine', 'dailymed-nlm'),
      brand('Phenergan with Codeine', 'medlineplus-drugs'),
    ],
  }),
  opioid({
    id: 'chlorpheniramine-codeine',
    genericName: 'codeine and chlorpheniramine',
    genericNameEs: 'codeína y clorfeniramina',
    why: {
      en: 'This cough medicine contains codeine, an opioid.',
      es: 'Este medicamento para la tos contiene codeína, un opioide.',
    },
    whySource: 'verywell-2023',
    names: [
      generic('codeine and chlorpheniramine'),
      generic('codeína y clorfeniramina', 'medlineplus-drugs-es'),
      brand('Tuxarin ER', 'fda-ndc-directory'),
      other('Tuxarin', 'fda-ndc-directory'),
      brand('Tuzistra XR', 'dailymed-nlm'),
      other('Tuzistra', 'dailymed-nlm'),
    ],
  }),
  opioid({
    id: 'butalbital-acetaminophen-caffeine-codeine',
    genericName: 'butalbital, acetaminophen, caffeine and codeine',
    genericNameEs: 'butalbital, acetaminofén, cafeína y codeína',
    why: { en: 'This medicine contains codeine, an opioid.', es: 'Este medicamento contiene codeína, un opioide.' },
    whySource: 'medlineplus-drugs',
    names: [
      generic('butalbital, acetaminophen, caffeine and codeine'),
      generic('butalbital, acetaminofén, cafeína y codeína', 'medlineplus-drugs-es'),
      brand('Fioricet with Codeine', 'medlineplus-drugs'),
    ],
  }),
  opioid({
    id: 'dihydrocodeine',
    genericName: 'dihydrocodeine',
    genericNameEs: 'dihidrocodeína',
    why: { en: 'Dihydrocodeine is an opioid.', es: 'La dihidrocodeína es un opioide.' },
    whySource: 'cdc-opioid-cds-2022',
    names: [generic('dihydrocodeine'), generic('dihidrocodeína', 'medlineplus-drugs-es')],
  }),
  opioid({
    id: 'morphine',
    genericName: 'morphine',
    genericNameEs: 'morfina',
    why: { en: 'Morphine is an opioid.', es: 'La morfina es un opioide.' },
    whySource: 'medlineplus-drugs',
    names: [
      generic('morphine'),
      generic('morfina', 'medlineplus-drugs-es'),
      brand('MS Contin', 'medlineplus-drugs'),
      brand('Kadian', 'medlineplus-drugs'),
    ],
  }),
  opioid({
    id: 'hydromorphone',
    genericName: 'hydromorphone',
    genericNameEs: 'hidromorfona',
    why: { en: 'Hydromorphone is an opioid.', es: 'La hidromorfona es un opioide.' },
    whySource: 'medlineplus-drugs',
    names: [
      generic('hydromorphone'),
      generic('hidromorfona', 'medlineplus-drugs-es'),
      brand('Dilaudid', 'medlineplus-drugs'),
      brand('Exalgo', 'medlineplus-drugs'),
    ],
  }),
  opioid({
    id: 'oxymorphone',
    genericName: 'oxymorphone',
    genericNameEs: 'oximorfona',
    why: { en: 'Oxymorphone is an opioid.', es: 'La oximorfona es un opioide.' },
    whySource: 'medlineplus-drugs',
    names: [generic('oxymorphone'), generic('oximorfona', 'medlineplus-drugs-es'), brand('Opana', 'medlineplus-drugs')],
  }),
  opioid({
    id: 'fentanyl',
    genericName: 'fentanyl',
    genericNameEs: 'fentanilo',
    why: { en: 'Fentanyl is an opioid.', es: 'El fentanilo es un opioide.' },
    whySource: 'medlineplus-drugs',
    names: [
      generic('fentanyl'),
      generic('fentanilo', 'medlineplus-drugs-es'),
      brand('Duragesic', 'medlineplus-drugs'),
      brand('Actiq', 'medlineplus-drugs'),
      brand('Fentora', 'medlineplus-drugs'),
    ],
  }),
  opioid({
    id: 'methadone',
    genericName: 'methadone',
    genericNameEs: 'metadona',
    why: { en: 'Methadone is an opioid.', es: 'La metadona es un opioide.' },
    whySource: 'medlineplus-drugs',
    names: [
      generic('methadone'),
      generic('metadona', 'medlineplus-drugs-es'),
      brand('Dolophine', 'medlineplus-drugs'),
      brand('Methadose', 'medlineplus-drugs'),
    ],
  }),
  opioid({
    id: 'buprenorphine',
    genericName: 'buprenorphine',
    genericNameEs: 'buprenorfina',
    why: { en: 'Buprenorphine is an opioid.', es: 'La buprenorfina es un opioide.' },
    whySource: 'medlineplus-drugs',
    names: [
      generic('buprenorphine'),
      generic('buprenorfina', 'medlineplus-drugs-es'),
      brand('Butrans', 'medlineplus-drugs'),
      brand('Belbuca', 'medlineplus-drugs'),
      brand('Subutex', 'medlineplus-drugs'),
      brand('Sublocade', 'dailymed-nlm'),
    ],
  }),
  opioid({
    id: 'buprenorphine-naloxone',
    genericName: 'buprenorphine and naloxone',
    genericNameEs: 'buprenorfina y naloxona',
    why: {
      en: 'This medicine contains buprenorphine, an opioid.',
      es: 'Este medicamento contiene buprenorfina, un opioide.',
    },
    whySource: 'medlineplus-drugs',
    names: [
      generic('buprenorphine and naloxone'),
      generic('buprenorfina y naloxona', 'medlineplus-drugs-es'),
      brand('Suboxone', 'medlineplus-drugs'),
      brand('Zubsolv', 'medlineplus-drugs'),
    ],
  }),
  opioid({
    id: 'tapentadol',
    genericName: 'tapentadol',
    genericNameEs: 'tapentadol',
    why: { en: 'Tapentadol is an opioid.', es: 'El tapentadol es un opioide.' },
    whySource: 'medlineplus-drugs',
    names: [generic('tapentadol'), brand('Nucynta', 'medlineplus-drugs')],
  }),
  opioid({
    id: 'meperidine',
    genericName: 'meperidine',
    genericNameEs: 'meperidina',
    why: { en: 'Meperidine is an opioid.', es: 'La meperidina es un opioide.' },
    whySource: 'medlineplus-drugs',
    names: [
      generic('meperidine'),
      generic('meperidina', 'medlineplus-drugs-es'),
      brand('Demerol', 'medlineplus-drugs'),
    ],
  }),
  opioid({
    id: 'levorphanol',
    genericName: 'levorphanol',
    genericNameEs: 'levorfanol',
    why: { en: 'Levorphanol is an opioid.', es: 'El levorfanol es un opioide.' },
    whySource: 'cdc-opioid-cds-2022',
    names: [generic('levorphanol'), generic('levorfanol', 'medlineplus-drugs-es')],
  }),
  opioid({
    id: 'pentazocine',
    genericName: 'pentazocine',
    genericNameEs: 'pentazocina',
    why: { en: 'Pentazocine is an opioid.', es: 'La pentazocina es un opioide.' },
    whySource: 'cdc-opioid-cds-2022',
    names: [
      generic('pentazocine'),
      generic('pentazocina', 'medlineplus-drugs-es'),
      generic('pentazocine and naloxone'),
    ],
  }),
  opioid({
    id: 'butorphanol',
    genericName: 'butorphanol',
    genericNameEs: 'butorfanol',
    why: { en: 'Butorphanol is an opioid.', es: 'El butorfanol es un opioide.' },
    whySource: 'cdc-opioid-cds-2022',
    names: [generic('butorphanol'), generic('butorfanol', 'medlineplus-drugs-es')],
  }),
  opioid({
    id: 'nalbuphine',
    genericName: 'nalbuphine',
    genericNameEs: 'nalbufina',
    why: { en: 'Nalbuphine is an opioid.', es: 'La nalbufina es un opioide.' },
    whySource: 'cdc-opioid-cds-2022',
    names: [generic('nalbuphine'), generic('nalbufina', 'medlineplus-drugs-es')],
  }),
  // Opioid medicines for diarrhea: opioid-receptor agonists that act on the gut (FDA labels).
  opioid({
    id: 'diphenoxylate-atropine',
    genericName: 'diphenoxylate and atropine',
    genericNameEs: 'difenoxilato y atropina',
    why: {
      en: 'This medicine for diarrhea contains diphenoxylate, an opioid.',
      es: 'Este medicamento para la diarrea contiene difenoxilato, un opioide.',
    },
    whySource: 'dailymed-nlm',
    names: [
      generic('diphenoxylate and atropine'),
      generic('diphenoxylate'),
      generic('difenoxilato y atropina', 'medlineplus-drugs-es'),
      generic('difenoxilato', 'medlineplus-drugs-es'),
      brand('Lomotil', 'medlineplus-drugs'),
    ],
  }),
  opioid({
    id: 'difenoxin-atropine',
    genericName: 'difenoxin and atropine',
    genericNameEs: 'difenoxina y atropina',
    why: {
      en: 'This medicine for diarrhea contains difenoxin, an opioid.',
      es: 'Este medicamento para la diarrea contiene difenoxina, un opioide.',
    },
    whySource: 'dailymed-nlm',
    names: [
      generic('difenoxin and atropine'),
      generic('difenoxin'),
      generic('difenoxina y atropina', 'medlineplus-drugs-es'),
      generic('difenoxina', 'medlineplus-drugs-es'),
      brand('Motofen', 'dailymed-nlm'),
    ],
  }),
  opioid({
    id: 'loperamide',
    genericName: 'loperamide',
    genericNameEs: 'loperamida',
    why: {
      en: 'Loperamide is a medicine for diarrhea that acts on opioid receptors in the gut.',
      es: 'La loperamida es un medicamento para la diarrea que actúa sobre los receptores opioides del intestino.',
    },
    whySource: 'dailymed-nlm',
    names: [
      generic('loperamide'),
      generic('loperamida', 'medlineplus-drugs-es'),
      brand('Imodium', 'medlineplus-drugs'),
      brand('Imodium A-D', 'medlineplus-drugs'),
    ],
  }),
];
