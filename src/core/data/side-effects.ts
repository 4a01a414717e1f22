import type { SideEffect } from '../schemas/index.js';

/**
 * The most common side effects (S1–S7) with what to expect and what may help (S8, S9, and D4 for
 * the ones the article gives no specific advice on), then the signs to call a provider about
 * (S10, and S8's lasting digestive trouble). S11 (insomnia and nightmares in one study) sits with
 * the sleep effects. Ids are stable: portals store them and `selected` uses them.
 */
export const sideEffects: SideEffect[] = [
  {
    id: 'vivid-dreams',
    category: 'sleep',
    name: { en: 'Vivid dreams', es: 'Sueños muy vívidos' },
    whatToExpect: {
      en: 'Your dreams may feel more real or more intense than usual. This is one of the most common side effects.',
      es: 'Sus sueños pueden sentirse más reales o más intensos de lo normal. Es uno de los efectos secundarios más comunes.',
    },
    whatHelps: {
      en: 'If this bothers your sleep, tell your provider. They may change the time of day you take your dose.',
      es: 'Si esto afecta su descanso, dígaselo a su médico. Puede cambiar la hora del día en que toma la dosis.',
    },
    contactProvider: false,
    factIds: ['S1', 'S9'],
    sourceIds: ['verywell-2023'],
  },
  {
    id: 'sleep-trouble',
    category: 'sleep',
    name: { en: 'Trouble sleeping (insomnia)', es: 'Problemas para dormir (insomnio)' },
    whatToExpect: {
      en: 'You may have a hard time falling asleep or staying asleep. In one study from a 2018 review, a small number of people had trouble sleeping and nightmares.',
      es: 'Puede costarle quedarse dormido o seguir dormido. En un estudio de una revisión de 2018, un número pequeño de personas tuvo problemas para dormir y pesadillas.',
    },
    whatHelps: {
      en: 'If poor sleep is a problem, tell your provider. They may change the time of day you take your dose.',
      es: 'Si dormir mal le causa problemas, dígaselo a su médico. Puede cambiar la hora del día en que toma la dosis.',
    },
    contactProvider: false,
    factIds: ['S2', 'S11', 'S9'],
    sourceIds: ['verywell-2023'],
  },
  {
    id: 'nausea',
    category: 'digestive',
    name: { en: 'Nausea', es: 'Náuseas' },
    whatToExpect: {
      en: 'You may feel sick to your stomach. Nausea usually goes away after about two weeks.',
      es: 'Puede sentir malestar en el estómago, con ganas de vomitar. Las náuseas suelen quitarse después de unas dos semanas.',
    },
    whatHelps: {
      en: 'If it does not go away, ask your provider about the liquid you put under your tongue or the form that goes through the skin. These do not pass through the gut.',
      es: 'Si no se quitan, pregunte a su médico por el líquido que se pone debajo de la lengua o por la forma que pasa a través de la piel. Estas no pasan por el intestino.',
    },
    contactProvider: false,
    factIds: ['S3', 'S8'],
    sourceIds: ['verywell-2023'],
  },
  {
    id: 'bowel-changes',
    category: 'digestive',
    name: { en: 'Constipation or diarrhea', es: 'Estreñimiento o diarrea' },
    whatToExpect: {
      en: 'Your bowel movements may change: they may be harder to pass, or loose and watery.',
      es: 'Sus evacuaciones pueden cambiar: pueden costarle más o ser blandas y aguadas.',
    },
    whatHelps: {
      en: 'If it does not go away, ask your provider about the liquid you put under your tongue or the form that goes through the skin. These do not pass through the gut.',
      es: 'Si no se quita, pregunte a su médico por el líquido que se pone debajo de la lengua o por la forma que pasa a través de la piel. Estas no pasan por el intestino.',
    },
    contactProvider: false,
    factIds: ['S4', 'S8'],
    sourceIds: ['verywell-2023'],
  },
  {
    id: 'headache',
    category: 'other',
    name: { en: 'Headache', es: 'Dolor de cabeza' },
    whatToExpect: {
      en: 'Headache is one of the more common side effects of LDN.',
      es: 'El dolor de cabeza es uno de los efectos secundarios más comunes de la LDN.',
    },
    whatHelps: {
      en: 'Write down when it happens, especially after your dose goes up, and share it with your provider.',
      es: 'Anote cuándo le pasa, sobre todo después de que le suban la dosis, y cuénteselo a su médico.',
    },
    contactProvider: false,
    factIds: ['S5', 'D4'],
    sourceIds: ['verywell-2023'],
  },
  {
    id: 'morning-stiffness',
    category: 'other',
    name: { en: 'Morning stiffness', es: 'Rigidez por la mañana' },
    whatToExpect: {
      en: 'Your body may feel stiff when you wake up. This is one of the more common side effects of LDN.',
      es: 'Puede sentir el cuerpo rígido al despertar. Es uno de los efectos secundarios más comunes de la LDN.',
    },
    whatHelps: {
      en: 'Write down when it happens, especially after your dose goes up, and share it with your provider.',
      es: 'Anote cuándo le pasa, sobre todo después de que le suban la dosis, y cuénteselo a su médico.',
    },
    contactProvider: false,
    factIds: ['S6', 'D4'],
    sourceIds: ['verywell-2023'],
  },
  {
    id: 'dry-mouth',
    category: 'other',
    name: { en: 'Dry mouth', es: 'Boca seca' },
    whatToExpect: {
      en: 'Your mouth may feel dry. This is one of the more common side effects of LDN.',
      es: 'Puede sentir la boca seca. Es uno de los efectos secundarios más comunes de la LDN.',
    },
    whatHelps: {
      en: 'Write down when it happens, especially after your dose goes up, and share it with your provider.',
      es: 'Anote cuándo le pasa, sobre todo después de que le suban la dosis, y cuénteselo a su médico.',
    },
    contactProvider: false,
    factIds: ['S7', 'D4'],
    sourceIds: ['verywell-2023'],
  },
  {
    id: 'symptom-increase',
    category: 'other',
    name: {
      en: 'MS symptoms get worse for a while',
      es: 'Los síntomas de la esclerosis múltiple (EM) empeoran por un tiempo',
    },
    whatToExpect: {
      en: 'This is rare: it happens to fewer than 1 in 10 people. It can last a few weeks or, rarely, up to three months.',
      es: 'Esto es poco común: le pasa a menos de 1 de cada 10 personas. Puede durar unas semanas o, rara vez, hasta tres meses.',
    },
    whatHelps: {
      en: 'Talk to your provider. They may advise you to take a lower dose for a while.',
      es: 'Hable con su médico. Es posible que le indique tomar una dosis más baja por un tiempo.',
    },
    contactProvider: true,
    factIds: ['S10'],
    sourceIds: ['verywell-2023'],
  },
  {
    id: 'lasting-digestive-trouble',
    category: 'digestive',
    name: {
      en: 'Stomach or bowel problems that do not go away',
      es: 'Problemas de estómago o de intestino que no se quitan',
    },
    whatToExpect: {
      en: 'Nausea usually goes away after about two weeks. Tell your provider if nausea, constipation or diarrhea keeps going.',
      es: 'Las náuseas suelen quitarse después de unas dos semanas. Avise a su médico si las náuseas, el estreñimiento o la diarrea continúan.',
    },
    whatHelps: {
      en: 'Ask about the liquid you put under your tongue or the form that goes through the skin. These do not pass through the gut.',
      es: 'Pregunte por el líquido que se pone debajo de la lengua o por la forma que pasa a través de la piel. Estas no pasan por el intestino.',
    },
    contactProvider: true,
    factIds: ['S8', 'S3', 'S4'],
    sourceIds: ['verywell-2023'],
  },
];
