import type { Medication } from '../../schemas/index.js';
import { brand, generic, other, rxNormIngredient } from './names.js';

/** Every record here is a member of the opioid class (rule I3). */
function opioid(record: Omit<Medication, 'classIds' | 'codes'> & { codes?: Medication['codes'] }): Medication {
  return { ...record, classIds: ['opioid'], codes: record.codes ?? [] };
}

/**
 * Opioid medicines: single ingredients, fixed combinations and codeine or hydrocodone cough and
 * cold products. The article's examples (OxyContin, Vicodin, Ultram, codeine cough syrups) are
 * here with other members of the class. Class membership: CDC opioid value sets; brand names:
 * MedlinePlus drug monographs, FDA labels (DailyMed) and the FDA NDC directory; generic names:
 * RxNorm.
 */
export const opioids: Medication[] = [
  opioid({
    id: 'oxycodone',
    genericName: 'oxycodone',
    names: [
      generic('oxycodone'),
      brand('OxyContin', 'medlineplus-drugs'),
      brand('Roxicodone', 'medlineplus-drugs'),
      brand('Xtampza ER', 'dailymed-nlm'),
      brand('Oxaydo', 'dailymed-nlm'),
    ],
    codes: [rxNormIngredient('7804', 'oxycodone')],
  }),
  opioid({
    id: 'oxycodone-acetaminophen',
    genericName: 'oxycodone and acetaminophen',
    names: [
      generic('oxycodone and acetaminophen'),
      other('acetaminophen and oxycodone', 'medlineplus-drugs'),
      brand('Percocet', 'medlineplus-drugs'),
      brand('Endocet', 'dailymed-nlm'),
      brand('Roxicet', 'medlineplus-drugs'),
    ],
  }),
  opioid({
    id: 'oxycodone-aspirin',
    genericName: 'oxycodone and aspirin',
    names: [generic('oxycodone and aspirin'), brand('Percodan', 'medlineplus-drugs')],
  }),
  opioid({
    id: 'hydrocodone',
    genericName: 'hydrocodone',
    names: [
      generic('hydrocodone'),
      brand('Hysingla ER', 'medlineplus-drugs'),
      brand('Zohydro ER', 'medlineplus-drugs'),
    ],
    codes: [rxNormIngredient('5489', 'hydrocodone')],
  }),
  opioid({
    id: 'hydrocodone-acetaminophen',
    genericName: 'hydrocodone and acetaminophen',
    names: [
      generic('hydrocodone and acetaminophen'),
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
    names: [
      generic('hydrocodone and ibuprofen'),
      brand('Vicoprofen', 'medlineplus-drugs'),
      brand('Reprexain', 'medlineplus-drugs'),
    ],
  }),
  opioid({
    id: 'hydrocodone-chlorpheniramine',
    genericName: 'hydrocodone and chlorpheniramine',
    names: [
      generic('hydrocodone and chlorpheniramine'),
      brand('Tussionex', 'medlineplus-drugs'),
      brand('TussiCaps', 'medlineplus-drugs'),
    ],
  }),
  opioid({
    id: 'hydrocodone-homatropine',
    genericName: 'hydrocodone and homatropine',
    names: [generic('hydrocodone and homatropine'), brand('Hycodan', 'medlineplus-drugs')],
  }),
  opioid({
    id: 'benzhydrocodone-acetaminophen',
    genericName: 'benzhydrocodone and acetaminophen',
    names: [generic('benzhydrocodone and acetaminophen'), brand('Apadaz', 'fda-ndc-directory')],
  }),
  opioid({
    id: 'tramadol',
    genericName: 'tramadol',
    names: [generic('tramadol'), brand('Ultram', 'medlineplus-drugs'), brand('ConZip', 'medlineplus-drugs')],
    codes: [rxNormIngredient('10689', 'tramadol')],
  }),
  opioid({
    id: 'tramadol-acetaminophen',
    genericName: 'tramadol and acetaminophen',
    names: [
      generic('tramadol and acetaminophen'),
      other('acetaminophen and tramadol', 'medlineplus-drugs'),
      brand('Ultracet', 'medlineplus-drugs'),
    ],
  }),
  opioid({
    id: 'codeine',
    genericName: 'codeine',
    names: [
      generic('codeine'),
      // Plain words people use for the article's "codeine-based cough syrups" (codeine is the opioid).
      other('codeine cough syrup', 'dailymed-nlm'),
    ],
    codes: [rxNormIngredient('2670', 'codeine')],
  }),
  opioid({
    id: 'acetaminophen-codeine',
    genericName: 'acetaminophen and codeine',
    names: [
      generic('acetaminophen and codeine'),
      other('codeine and acetaminophen', 'medlineplus-drugs'),
      brand('Tylenol with Codeine', 'medlineplus-drugs'),
      other('Tylenol #3', 'medlineplus-drugs'),
      other('Tylenol #4', 'medlineplus-drugs'),
    ],
  }),
  opioid({
    id: 'guaifenesin-codeine',
    genericName: 'guaifenesin and codeine',
    names: [
      generic('guaifenesin and codeine'),
      other('codeine and guaifenesin', 'dailymed-nlm'),
      brand('Cheratussin AC', 'dailymed-nlm'),
      brand('Robitussin AC', 'medlineplus-drugs'),
    ],
  }),
  opioid({
    id: 'promethazine-codeine',
    genericName: 'promethazine and codeine',
    names: [
      generic('promethazine and codeine'),
      other('promethazine with codeine', 'dailymed-nlm'),
      brand('Phenergan with Codeine', 'medlineplus-drugs'),
    ],
  }),
  opioid({
    id: 'chlorpheniramine-codeine',
    genericName: 'codeine and chlorpheniramine',
    names: [
      generic('codeine and chlorpheniramine'),
      brand('Tuxarin ER', 'fda-ndc-directory'),
      brand('Tuzistra XR', 'dailymed-nlm'),
    ],
  }),
  opioid({
    id: 'butalbital-acetaminophen-caffeine-codeine',
    genericName: 'butalbital, acetaminophen, caffeine and codeine',
    names: [
      generic('butalbital, acetaminophen, caffeine and codeine'),
      brand('Fioricet with Codeine', 'medlineplus-drugs'),
    ],
  }),
  opioid({
    id: 'dihydrocodeine',
    genericName: 'dihydrocodeine',
    names: [generic('dihydrocodeine')],
  }),
  opioid({
    id: 'morphine',
    genericName: 'morphine',
    names: [generic('morphine'), brand('MS Contin', 'medlineplus-drugs'), brand('Kadian', 'medlineplus-drugs')],
  }),
  opioid({
    id: 'hydromorphone',
    genericName: 'hydromorphone',
    names: [generic('hydromorphone'), brand('Dilaudid', 'medlineplus-drugs'), brand('Exalgo', 'medlineplus-drugs')],
  }),
  opioid({
    id: 'oxymorphone',
    genericName: 'oxymorphone',
    names: [generic('oxymorphone'), brand('Opana', 'medlineplus-drugs')],
  }),
  opioid({
    id: 'fentanyl',
    genericName: 'fentanyl',
    names: [
      generic('fentanyl'),
      brand('Duragesic', 'medlineplus-drugs'),
      brand('Actiq', 'medlineplus-drugs'),
      brand('Fentora', 'medlineplus-drugs'),
    ],
  }),
  opioid({
    id: 'methadone',
    genericName: 'methadone',
    names: [generic('methadone'), brand('Dolophine', 'medlineplus-drugs'), brand('Methadose', 'medlineplus-drugs')],
  }),
  opioid({
    id: 'buprenorphine',
    genericName: 'buprenorphine',
    names: [
      generic('buprenorphine'),
      brand('Butrans', 'medlineplus-drugs'),
      brand('Belbuca', 'medlineplus-drugs'),
      brand('Subutex', 'medlineplus-drugs'),
      brand('Sublocade', 'dailymed-nlm'),
    ],
  }),
  opioid({
    id: 'buprenorphine-naloxone',
    genericName: 'buprenorphine and naloxone',
    names: [
      generic('buprenorphine and naloxone'),
      brand('Suboxone', 'medlineplus-drugs'),
      brand('Zubsolv', 'medlineplus-drugs'),
    ],
  }),
  opioid({
    id: 'tapentadol',
    genericName: 'tapentadol',
    names: [generic('tapentadol'), brand('Nucynta', 'medlineplus-drugs')],
  }),
  opioid({
    id: 'meperidine',
    genericName: 'meperidine',
    names: [generic('meperidine'), brand('Demerol', 'medlineplus-drugs')],
  }),
  opioid({
    id: 'levorphanol',
    genericName: 'levorphanol',
    names: [generic('levorphanol')],
  }),
  opioid({
    id: 'pentazocine',
    genericName: 'pentazocine',
    names: [generic('pentazocine'), generic('pentazocine and naloxone')],
  }),
  opioid({
    id: 'butorphanol',
    genericName: 'butorphanol',
    names: [generic('butorphanol')],
  }),
  opioid({
    id: 'nalbuphine',
    genericName: 'nalbuphine',
    names: [generic('nalbuphine')],
  }),
];
