import type { InteractionRule, LocalizedText } from '../schemas/index.js';

const ARTICLE = ['verywell-2023'];

/**
 * What LDN does with each class or condition (clinical brief I1–I6, X1), in plain words. Rules target
 * classes, so every member (another interferon brand, any opioid product) gets the same finding.
 */
export const interactionRules: InteractionRule[] = [
  {
    id: 'i1-interferon-beta',
    target: { kind: 'class', classId: 'interferon-beta' },
    severity: 'caution',
    explanation: {
      en: 'Interferon medicines for MS, such as Avonex, Rebif and Betaseron, may interact with LDN because of the way the body handles both drugs.',
      es: 'Los medicamentos de interferón para la esclerosis múltiple (EM), como Avonex, Rebif y Betaseron, pueden interactuar con la LDN por la forma en que el cuerpo procesa ambos medicamentos.',
    },
    whatToDo: {
      en: 'Do not stop your MS medicine on your own. LDN is not a disease-modifying therapy (a medicine meant to change the course of MS). Talk with your provider before you take LDN with an interferon medicine.',
      es: 'No deje su medicamento para la EM por su cuenta. La LDN no es una terapia modificadora de la enfermedad (un medicamento que busca cambiar el curso de la EM). Hable con su médico antes de tomar LDN junto con un medicamento de interferón.',
    },
    factIds: ['I1', 'B2'],
    sourceIds: ARTICLE,
  },
  {
    id: 'i2-glatiramer',
    target: { kind: 'class', classId: 'glatiramer' },
    severity: 'compatible',
    explanation: {
      en: 'No conflicts between LDN and Copaxone (glatiramer acetate) have been reported. That does not prove the two are safe together.',
      es: 'No se han informado conflictos entre la LDN y Copaxone (acetato de glatirámero). Eso no demuestra que sea seguro usarlos juntos.',
    },
    whatToDo: {
      en: 'Keep your provider up to date on all the medicines you take.',
      es: 'Mantenga a su médico al tanto de todos los medicamentos que toma.',
    },
    factIds: ['I2'],
    sourceIds: ARTICLE,
  },
  {
    id: 'i3-opioids',
    target: { kind: 'class', classId: 'opioid' },
    severity: 'avoid',
    explanation: {
      en: 'LDN and opioid medicines have not been studied together. Naltrexone acts on the same parts of the body that opioids act on (opioid receptors). Its label says people who take opioids, including methadone, must not use it.',
      es: 'No hay estudios sobre el uso de la LDN junto con medicamentos opioides. La naltrexona actúa en las mismas partes del cuerpo que los opioides (los receptores opioides). Su etiqueta dice que no deben usarla las personas que toman opioides, incluida la metadona.',
    },
    whatToDo: {
      en: 'Do not start LDN while you take this medicine. Never stop an opioid, methadone or buprenorphine on your own. Talk with your prescriber first.',
      es: 'No empiece la LDN mientras toma este medicamento. Nunca deje un opioide, la metadona o la buprenorfina por su cuenta. Hable primero con su médico.',
    },
    factIds: ['I3', 'I6'],
    sourceIds: ['verywell-2023', 'naltrexone-pi'],
  },
  {
    id: 'i4-liver-disease',
    target: { kind: 'condition', conditionId: 'liver-disease' },
    severity: 'avoid',
    explanation: {
      en: 'The liver breaks down LDN. So LDN is not recommended for people with hepatitis, liver disease or cirrhosis.',
      es: 'El hígado descompone la LDN. Por eso no se recomienda la LDN para personas con hepatitis, enfermedad del hígado o cirrosis.',
    },
    whatToDo: {
      en: 'Tell your provider about your liver problem before you take LDN.',
      es: 'Informe a su médico sobre su problema del hígado antes de tomar LDN.',
    },
    factIds: ['I4'],
    sourceIds: ARTICLE,
  },
  {
    id: 'i5-pregnancy',
    target: { kind: 'condition', conditionId: 'pregnancy' },
    severity: 'caution',
    explanation: {
      en: 'Very little is known about taking LDN during pregnancy.',
      es: 'Se sabe muy poco sobre el uso de la LDN durante el embarazo.',
    },
    whatToDo: {
      en: 'Talk with your provider if you are pregnant or want to become pregnant while taking LDN.',
      es: 'Hable con su médico si está embarazada o quiere quedar embarazada mientras toma LDN.',
    },
    factIds: ['I5'],
    sourceIds: ARTICLE,
  },
  {
    id: 'i5-breastfeeding',
    target: { kind: 'condition', conditionId: 'breastfeeding' },
    severity: 'caution',
    explanation: {
      en: 'Very little is known about taking LDN while breastfeeding.',
      es: 'Se sabe muy poco sobre el uso de la LDN durante la lactancia.',
    },
    whatToDo: {
      en: 'Talk with your provider before you take LDN while breastfeeding.',
      es: 'Hable con su médico antes de tomar LDN si le está dando el pecho a su bebé.',
    },
    factIds: ['I5'],
    sourceIds: ARTICLE,
  },
  {
    id: 'x1-naltrexone',
    target: { kind: 'class', classId: 'naltrexone' },
    severity: 'caution',
    explanation: {
      en: 'This medicine contains naltrexone, the same medicine as LDN. Taking both means taking naltrexone twice.',
      es: 'Este medicamento contiene naltrexona, el mismo medicamento que la LDN. Tomar ambos es tomar naltrexona dos veces.',
    },
    whatToDo: {
      en: 'Tell your prescriber before you take both.',
      es: 'Avise a su médico antes de tomar ambos.',
    },
    factIds: ['X1'],
    sourceIds: ['dailymed-nlm', 'medlineplus-drugs'],
  },
];

/** A finding the checker gives when it has no rule: never reassuring, always "ask". */
export interface UnknownMessage {
  explanation: LocalizedText;
  whatToDo: LocalizedText;
}

/** The text was not recognised as any medication in the knowledge base. */
export const notInListMessage: UnknownMessage = {
  explanation: {
    en: "This medicine is not in this checker's list — ask your pharmacist.",
    es: 'Este medicamento no está en la lista de este verificador; pregunte a su farmacéutico.',
  },
  whatToDo: {
    en: 'Ask your pharmacist or provider whether it is safe to take with LDN.',
    es: 'Pregunte a su farmacéutico o a su médico si es seguro tomarlo con LDN.',
  },
};

/** Recognised, but no rule covers it: the checker does not know, so it says so. */
export const noRuleMessage: UnknownMessage = {
  explanation: {
    en: 'This checker has no information about taking this together with LDN — ask your pharmacist.',
    es: 'Este verificador no tiene información sobre cómo combinar esto con la LDN; pregunte a su farmacéutico.',
  },
  whatToDo: {
    en: 'Ask your pharmacist or provider before you take LDN with it.',
    es: 'Pregunte a su farmacéutico o a su médico antes de combinarlo con la LDN.',
  },
};

/**
 * Part of one entry was recognised (with no warning), but other words in it were not: they may be
 * a medicine this checker does not know ("Copaxone and Zoloft"), so the entry cannot reassure.
 */
export const unlistedPartMessage: UnknownMessage = {
  explanation: {
    en: "Part of this entry is not in this checker's list. It may be another medicine — ask your pharmacist.",
    es: 'Una parte de lo que escribió no está en la lista de este verificador. Puede ser otro medicamento; pregunte a su farmacéutico.',
  },
  whatToDo: {
    en: 'Enter each medicine separately so each one can be checked. Ask your pharmacist or provider whether all of them are safe to take with LDN.',
    es: 'Escriba cada medicamento por separado para que se pueda revisar cada uno. Pregunte a su farmacéutico o a su médico si todos son seguros con la LDN.',
  },
};
