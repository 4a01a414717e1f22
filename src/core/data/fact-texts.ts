import type { FactId, LocalizedText } from '../schemas/index.js';

/**
 * Every numbered fact of the clinical brief (shared/clinical-brief.md), restated in plain words,
 * in both languages. No element shows these sentences (they show statements, side effects, rules
 * and dose limits, which point at facts by id), so the library does not import this module and
 * pages do not download it; test/core/knowledge-base.test.ts checks it against the facts in
 * ./facts.ts, one sentence per fact and per language.
 */
export const factTexts: Record<FactId, LocalizedText> = {
  // Background
  B1: {
    en: 'The FDA approved naltrexone in 1984 to treat opioid addiction and in 1994 to treat alcohol use disorder. For those uses, the full dose is 50 to 100 mg a day.',
    es: 'La FDA aprobó la naltrexona en 1984 para tratar la adicción a los opioides y en 1994 para tratar el trastorno por consumo de alcohol. Para esos usos, la dosis completa es de 50 a 100 mg al día.',
  },
  B2: {
    en: 'Using a low dose for MS is off-label: it is not an FDA-approved use. It is meant to ease symptoms and relapses. LDN is not a disease-modifying therapy.',
    es: 'Usar una dosis baja para la EM es un uso fuera de indicación: la FDA no lo ha aprobado para esto. Se usa para aliviar los síntomas y los brotes. La LDN no es una terapia modificadora de la enfermedad.',
  },
  B3: {
    en: 'A 2018 review of studies found LDN safe and well tolerated. Studies reported less spasticity, better mental health, better quality of life and less fatigue, and stable disease when LDN was used alone. Not all results agreed: one study found no difference in quality of life, and a survey found LDN did not lower the number of disease-modifying therapies people were prescribed.',
    es: 'Una revisión de estudios de 2018 encontró que la LDN es segura y bien tolerada. Los estudios informaron menos espasticidad, mejor salud mental, mejor calidad de vida y menos cansancio, y una enfermedad estable cuando la LDN se usó sola. No todos los resultados coincidieron: un estudio no encontró diferencias en la calidad de vida y una encuesta encontró que la LDN no redujo la cantidad de terapias modificadoras de la enfermedad que se recetaban.',
  },
  // Dosing
  D1: {
    en: 'For MS, the usual dose is 1.5 mg to 4.5 mg a day.',
    es: 'Para la EM, la dosis habitual es de 1.5 mg a 4.5 mg al día.',
  },
  D2: {
    en: 'People with any kind of spasticity should take no more than 3 mg a day, because higher doses may add to muscle stiffness.',
    es: 'Las personas con cualquier tipo de espasticidad no deben tomar más de 3 mg al día, porque las dosis más altas pueden aumentar la rigidez muscular.',
  },
  D3: {
    en: 'For doses above 1.5 mg, providers usually start at 1.5 mg and raise the dose slowly. How much and how often to raise it comes from your prescriber.',
    es: 'Para dosis mayores de 1.5 mg, los médicos suelen empezar con 1.5 mg y subir la dosis poco a poco. Cuánto y cada cuánto subirla lo decide su médico.',
  },
  D4: {
    en: 'When the dose goes up, notice whether side effects increase.',
    es: 'Cuando suba la dosis, fíjese si los efectos secundarios aumentan.',
  },
  D5: {
    en: 'LDN comes as a pill (the most common form), a liquid taken under the tongue (sublingual) or a form absorbed through the skin (transdermal).',
    es: 'La LDN viene en pastilla (la forma más común), en líquido que se pone debajo de la lengua (sublingual) o en una forma que se absorbe por la piel (transdérmica).',
  },
  D6: {
    en: 'Regular pharmacies do not stock LDN. A compounding pharmacy makes it, either a local one or a trusted online one.',
    es: 'Las farmacias comunes no tienen LDN. La prepara una farmacia de compuestos, ya sea una local o una de confianza en internet.',
  },
  D7: {
    en: 'LDN can be taken with or without food.',
    es: 'La LDN se puede tomar con o sin comida.',
  },
  D8: {
    en: 'Some providers suggest taking it between 9:00 pm and midnight. Their reason is that the body releases the most endorphins at that time.',
    es: 'Algunos médicos sugieren tomarla entre las 9:00 de la noche y la medianoche. Su razón es que a esa hora el cuerpo libera más endorfinas.',
  },
  D9: {
    en: "A month's supply costs about $45 to $100. Insurance may not pay for it, because this use is off-label and seen as experimental.",
    es: 'El suministro de un mes cuesta entre unos 45 y 100 dólares. Es posible que el seguro no lo cubra, porque este uso es fuera de indicación y se considera experimental.',
  },
  D10: {
    en: 'The pharmacy may make LDN to order, so ask for refills earlier than you usually would.',
    es: 'Es posible que la farmacia prepare la LDN por encargo, así que pida sus resurtidos antes de lo que suele hacerlo.',
  },
  // Side effects (infrequent at low doses; these are the most common)
  S1: {
    en: 'Vivid dreams.',
    es: 'Sueños muy vívidos.',
  },
  S2: {
    en: 'Trouble sleeping (insomnia).',
    es: 'Problemas para dormir (insomnio).',
  },
  S3: {
    en: 'Nausea, which usually goes away after about two weeks.',
    es: 'Náuseas, que suelen desaparecer después de unas dos semanas.',
  },
  S4: {
    en: 'Constipation or diarrhea.',
    es: 'Estreñimiento o diarrea.',
  },
  S5: {
    en: 'Headache.',
    es: 'Dolor de cabeza.',
  },
  S6: {
    en: 'Stiffness in the morning.',
    es: 'Rigidez por la mañana.',
  },
  S7: {
    en: 'Dry mouth.',
    es: 'Boca seca.',
  },
  S8: {
    en: 'If stomach or bowel problems do not go away, ask your provider about the under-the-tongue or through-the-skin forms. They do not pass through the gut.',
    es: 'Si los problemas de estómago o de intestino no se quitan, pregunte a su médico por las formas que van debajo de la lengua o a través de la piel. Estas no pasan por el intestino.',
  },
  S9: {
    en: 'If sleep side effects are a problem, your provider may change the time of day you take your dose.',
    es: 'Si los efectos sobre el sueño le causan problemas, su médico puede cambiar la hora del día en que toma la dosis.',
  },
  S10: {
    en: 'Rarely (in fewer than 1 in 10 people), MS symptoms get worse for a while: a few weeks or, rarely, up to three months. Talk to your provider; you may be told to lower your dose for a time.',
    es: 'En pocos casos (menos de 1 de cada 10 personas), los síntomas de la EM empeoran por un tiempo: unas semanas o, rara vez, hasta tres meses. Hable con su médico; es posible que le indique bajar la dosis por un tiempo.',
  },
  S11: {
    en: 'One study in a 2018 review reported trouble sleeping and nightmares in a small number of people.',
    es: 'Un estudio incluido en una revisión de 2018 informó problemas para dormir y pesadillas en un número pequeño de personas.',
  },
  // Interactions and cautions
  I1: {
    en: 'Interferon medicines such as Avonex, Rebif and Betaseron may interact with LDN.',
    es: 'Los medicamentos de interferón, como Avonex, Rebif y Betaseron, pueden interactuar con la LDN.',
  },
  I2: {
    en: 'No conflicts between LDN and Copaxone (glatiramer acetate) have been reported. That does not prove they are safe together.',
    es: 'No se han informado conflictos entre la LDN y Copaxone (acetato de glatirámero). Eso no demuestra que sea seguro usarlos juntos.',
  },
  I3: {
    en: 'LDN and opioid medicines (such as OxyContin, Vicodin, Ultram or cough syrups with codeine) have not been studied together. Do not take them together.',
    es: 'La LDN y los medicamentos opioides (como OxyContin, Vicodin, Ultram o jarabes para la tos con codeína) no se han estudiado juntos. No los tome juntos.',
  },
  I4: {
    en: 'The liver breaks down LDN, so it is not recommended for people with hepatitis, liver disease or cirrhosis.',
    es: 'El hígado descompone la LDN, por eso no se recomienda en personas con hepatitis, enfermedad del hígado o cirrosis.',
  },
  I5: {
    en: 'There is very little information about LDN during pregnancy or breastfeeding. Talk to your provider.',
    es: 'Hay muy poca información sobre la LDN durante el embarazo o la lactancia. Hable con su médico.',
  },
  I6: {
    en: 'Naltrexone must not be used by people who take opioids (including methadone) or are in opioid withdrawal. Never stop an opioid on your own to start LDN: talk with your prescriber.',
    es: 'No deben usar naltrexona quienes toman opioides (incluida la metadona) o tienen abstinencia de opioides. Nunca deje un opioide por su cuenta para empezar la LDN: hable con su médico.',
  },
  X1: {
    en: 'Revia, Vivitrol and Contrave contain naltrexone: with LDN, that is naltrexone twice. Tell your prescriber before you take both.',
    es: 'Revia, Vivitrol y Contrave contienen naltrexona: con la LDN, es naltrexona dos veces. Avise a su médico antes de tomar ambos.',
  },
};
