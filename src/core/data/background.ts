import type { Statement } from '../schemas/index.js';

/**
 * What LDN is and what is known about it for MS (facts B1–B3), plus the short note that opens
 * the side-effect list. Each sentence carries its facts and sources.
 *
 * The article cites the 2018 review's findings without naming which of its two 2018 reviews it
 * means, so the review statements cite the article only (see facts.ts).
 */
/** The short note that opens the side-effect list (its element script carries only this one). */
export const sideEffectsIntroStatement: Statement = {
  id: 'side-effects-uncommon',
  text: {
    en: 'Side effects are not common at low doses. These are the ones people have most often.',
    es: 'Los efectos secundarios no son frecuentes con dosis bajas. Estos son los que se presentan con más frecuencia.',
  },
  factIds: ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7'],
  sourceIds: ['verywell-2023'],
};

export const backgroundStatements: Statement[] = [
  {
    id: 'naltrexone-approved-uses',
    text: {
      en: 'Naltrexone is a medicine the FDA approved in 1984 for opioid addiction and in 1994 for alcohol use disorder. For those uses, people take 50 to 100 mg a day. Low-dose naltrexone (LDN) uses a much smaller dose.',
      es: 'La naltrexona es un medicamento que la FDA aprobó en 1984 para la adicción a los opioides y en 1994 para el trastorno por consumo de alcohol. Para esos usos se toman de 50 a 100 mg al día. La naltrexona en dosis baja (LDN) usa una dosis mucho menor.',
    },
    factIds: ['B1', 'D1'],
    sourceIds: ['verywell-2023'],
  },
  {
    id: 'ldn-off-label-for-ms',
    text: {
      en: 'Using LDN for MS is "off-label." That means the FDA has not approved it for MS. People use it to ease MS symptoms and to have fewer relapses (flare-ups).',
      es: 'Usar la LDN para la esclerosis múltiple (EM) es un uso "fuera de indicación". Eso quiere decir que la FDA no la ha aprobado para la EM. Se usa para aliviar los síntomas de la EM y tener menos brotes.',
    },
    factIds: ['B2'],
    sourceIds: ['verywell-2023'],
  },
  {
    id: 'ldn-not-disease-modifying',
    text: {
      en: 'LDN is not a disease-modifying therapy (the kind of MS medicine meant to change the course of the disease). Do not stop an MS medicine on your own.',
      es: 'La LDN no es una terapia modificadora de la enfermedad (el tipo de medicamento para la EM que busca cambiar el curso de la enfermedad). No deje un medicamento para la EM por su cuenta.',
    },
    factIds: ['B2'],
    sourceIds: ['verywell-2023'],
  },
  {
    id: 'review-2018-benefits',
    text: {
      en: 'A 2018 review of studies found LDN to be safe and well tolerated. Studies in the review reported less spasticity, better mental health, better quality of life and less tiredness. When LDN was used on its own, the disease stayed stable.',
      es: 'Una revisión de estudios de 2018 encontró que la LDN es segura y bien tolerada. Los estudios de la revisión informaron menos espasticidad, mejor salud mental, mejor calidad de vida y menos cansancio. Cuando la LDN se usó sola, la enfermedad se mantuvo estable.',
    },
    factIds: ['B3'],
    sourceIds: ['verywell-2023'],
  },
  {
    id: 'review-2018-mixed-results',
    text: {
      en: 'Not all results agree. One study found no difference in quality of life. A survey found that people taking LDN were not prescribed fewer disease-modifying therapies.',
      es: 'No todos los resultados coinciden. Un estudio no encontró diferencias en la calidad de vida. Una encuesta encontró que a las personas que tomaban LDN no se les recetaban menos terapias modificadoras de la enfermedad.',
    },
    factIds: ['B3'],
    sourceIds: ['verywell-2023'],
  },
  sideEffectsIntroStatement,
];
