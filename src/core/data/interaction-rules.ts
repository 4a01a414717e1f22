import type { InteractionRule, LocalizedText } from '../schemas/index.js';

const ARTICLE = ['verywell-2023'];

/**
 * What LDN does with each class or condition (clinical brief I1–I5), in plain words. Rules target
 * classes, so every member (another interferon brand, any opioid product) gets the same finding.
 */
export const interactionRules: InteractionRule[] = [
  {
    id: 'i1-interferon-beta',
    target: { kind: 'class', classId: 'interferon-beta' },
    severity: 'caution',
    explanation: {
      en: 'Interferon medicines for MS, such as Avonex, Rebif and Betaseron, may interact with LDN because of the way the body handles both drugs.',
      es: 'Los medicamentos de interferón para la EM, como Avonex, Rebif y Betaseron, pueden interactuar con la LDN por la forma en que el cuerpo procesa ambos medicamentos.',
    },
    whatToDo: {
      en: 'Talk with your healthcare provider before you take LDN with an interferon medicine.',
      es: 'Hable con su proveedor de atención médica antes de tomar LDN junto con un medicamento de interferón.',
    },
    factIds: ['I1'],
    sourceIds: ARTICLE,
  },
  {
    id: 'i2-glatiramer',
    target: { kind: 'class', classId: 'glatiramer' },
    severity: 'compatible',
    explanation: {
      en: 'No known conflict: there appear to be no problems between LDN and Copaxone (glatiramer acetate).',
      es: 'No se conoce ningún conflicto: no parece haber problemas entre la LDN y Copaxone (acetato de glatiramer).',
    },
    whatToDo: {
      en: 'Keep your healthcare provider up to date on all the medicines you take.',
      es: 'Mantenga a su proveedor de atención médica al tanto de todos los medicamentos que toma.',
    },
    factIds: ['I2'],
    sourceIds: ARTICLE,
  },
  {
    id: 'i3-opioids',
    target: { kind: 'class', classId: 'opioid' },
    severity: 'avoid',
    explanation: {
      en: 'LDN and opioid medicines have not been studied together. Naltrexone acts on the same parts of the body (opioid receptors) that opioids act on, so the two should not be combined.',
      es: 'No hay estudios sobre el uso de la LDN junto con medicamentos opioides. La naltrexona actúa en las mismas partes del cuerpo (los receptores opioides) que los opioides, por eso no se deben combinar.',
    },
    whatToDo: {
      en: 'Do not take LDN with this medicine. Talk with your healthcare provider about your options.',
      es: 'No tome LDN junto con este medicamento. Hable con su proveedor de atención médica sobre sus opciones.',
    },
    factIds: ['I3'],
    sourceIds: ARTICLE,
  },
  {
    id: 'i4-liver-disease',
    target: { kind: 'condition', conditionId: 'liver-disease' },
    severity: 'avoid',
    explanation: {
      en: 'LDN leaves the body through the liver. It is not recommended for people with hepatitis, liver disease or cirrhosis.',
      es: 'La LDN sale del cuerpo a través del hígado. No se recomienda para personas con hepatitis, enfermedad del hígado o cirrosis.',
    },
    whatToDo: {
      en: 'Tell your healthcare provider about your liver problem before you take LDN.',
      es: 'Informe a su proveedor de atención médica sobre su problema del hígado antes de tomar LDN.',
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
      en: 'Talk with your healthcare provider if you are pregnant or want to become pregnant while taking LDN.',
      es: 'Hable con su proveedor de atención médica si está embarazada o quiere quedar embarazada mientras toma LDN.',
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
      en: 'Talk with your healthcare provider before you take LDN while breastfeeding.',
      es: 'Hable con su proveedor de atención médica antes de tomar LDN si está amamantando.',
    },
    factIds: ['I5'],
    sourceIds: ARTICLE,
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
    en: 'Ask your pharmacist or healthcare provider whether it is safe to take with LDN.',
    es: 'Pregunte a su farmacéutico o a su proveedor de atención médica si es seguro tomarlo con LDN.',
  },
};

/** Recognised, but no rule covers it: the checker does not know, so it says so. */
export const noRuleMessage: UnknownMessage = {
  explanation: {
    en: 'This checker has no information about taking this together with LDN — ask your pharmacist.',
    es: 'Este verificador no tiene información sobre cómo combinar esto con la LDN; pregunte a su farmacéutico.',
  },
  whatToDo: {
    en: 'Ask your pharmacist or healthcare provider before you take LDN with it.',
    es: 'Pregunte a su farmacéutico o a su proveedor de atención médica antes de combinarlo con la LDN.',
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
    en: 'Enter each medicine separately so each one can be checked. Ask your pharmacist or healthcare provider whether all of them are safe to take with LDN.',
    es: 'Escriba cada medicamento por separado para que se pueda revisar cada uno. Pregunte a su farmacéutico o a su proveedor de atención médica si todos son seguros con la LDN.',
  },
};
