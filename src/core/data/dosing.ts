import type { DosingProtocol, Statement } from '../schemas/index.js';

/**
 * What the dose card says about dosing (facts D1–D10), in plain words, and the numbers the
 * titration engine works with. Every sentence cites the article; the article gives no step size
 * or interval (D3), so `exampleStep` is this library's own example and is always shown as one.
 */
const ARTICLE = ['verywell-2023'];

export const dosingStatements: Statement[] = [
  {
    id: 'dosing-usual-range',
    text: {
      en: 'For MS, prescribers usually choose a dose between 1.5 mg and 4.5 mg a day.',
      es: 'Para la EM, los médicos suelen recetar una dosis de entre 1.5 mg y 4.5 mg al día.',
    },
    factIds: ['D1'],
    sourceIds: ARTICLE,
  },
  {
    id: 'dosing-spasticity-limit',
    text: {
      en: 'If you have any kind of spasticity (tight, stiff muscles), take no more than 3 mg a day. Higher doses may make muscles stiffer.',
      es: 'Si tiene cualquier tipo de espasticidad (músculos tensos o rígidos), no tome más de 3 mg al día. Las dosis más altas pueden aumentar la rigidez de los músculos.',
    },
    factIds: ['D2'],
    sourceIds: ARTICLE,
  },
  {
    id: 'dosing-start-low',
    text: {
      en: "When the goal is more than 1.5 mg, providers usually start at 1.5 mg and raise the dose slowly. Follow your prescriber's instructions for how much and how often.",
      es: 'Cuando la meta es más de 1.5 mg, los médicos suelen empezar con 1.5 mg y subir la dosis poco a poco. Siga las indicaciones de su médico sobre cuánto y cada cuánto subirla.',
    },
    factIds: ['D3'],
    sourceIds: ARTICLE,
  },
  {
    id: 'dosing-side-effects-on-increase',
    text: {
      en: 'Each time the dose goes up, notice and write down any side effects that start or get stronger.',
      es: 'Cada vez que suba la dosis, fíjese si aparece algún efecto secundario o si alguno empeora, y anótelo.',
    },
    factIds: ['D4'],
    sourceIds: ARTICLE,
  },
  {
    id: 'dosing-timing',
    text: {
      en: 'Some providers suggest taking it between 9:00 pm and midnight. Their reason is that the body makes the most endorphins at that time. Endorphins are chemicals your body makes on its own.',
      es: 'Algunos médicos sugieren tomarla entre las 9:00 de la noche y la medianoche. Su razón es que a esa hora el cuerpo produce más endorfinas. Las endorfinas son sustancias que el cuerpo produce por sí mismo.',
    },
    factIds: ['D8'],
    sourceIds: ARTICLE,
  },
  {
    id: 'dosing-food',
    text: {
      en: 'You can take it with or without food.',
      es: 'Puede tomarla con o sin comida.',
    },
    factIds: ['D7'],
    sourceIds: ARTICLE,
  },
  {
    id: 'dosing-forms',
    text: {
      en: 'LDN comes in three forms. A pill is the most common. There is also a liquid you take under the tongue and a form that goes in through the skin.',
      es: 'La LDN viene en tres formas. La pastilla es la más común. También hay un líquido que se pone debajo de la lengua y una forma que entra por la piel.',
    },
    factIds: ['D5'],
    sourceIds: ARTICLE,
  },
  {
    id: 'dosing-compounding-pharmacy',
    text: {
      en: 'Regular pharmacies do not carry LDN. A compounding pharmacy makes it for you: a pharmacy that mixes medicines to order. You may find one near you, or use a trusted online pharmacy.',
      es: 'Las farmacias comunes no tienen LDN. La prepara una farmacia de compuestos, es decir, una farmacia que prepara medicamentos por encargo. Puede haber una cerca de usted, o puede usar una farmacia de confianza en internet.',
    },
    factIds: ['D6'],
    sourceIds: ARTICLE,
  },
  {
    id: 'dosing-monthly-cost',
    text: {
      en: "A month's supply costs about $45 to $100, depending on the pharmacy.",
      es: 'El suministro de un mes cuesta entre unos 45 y 100 dólares (USD), según la farmacia.',
    },
    factIds: ['D9'],
    sourceIds: ARTICLE,
  },
  {
    id: 'dosing-insurance',
    text: {
      en: 'Insurance may not pay for it. Using LDN for MS is off-label (not an FDA-approved use) and seen as experimental. Check with your insurance company.',
      es: 'Es posible que su seguro no lo cubra. Usar la LDN para la EM es un uso fuera de indicación (la FDA no lo ha aprobado) y se considera experimental. Consulte con su compañía de seguros.',
    },
    factIds: ['D9'],
    sourceIds: ARTICLE,
  },
  {
    id: 'dosing-refill-tip',
    text: {
      en: 'Refill tip: the pharmacy may make your LDN only when you order it. Ask for refills earlier than you usually would.',
      es: 'Para sus resurtidos: es posible que la farmacia prepare la LDN solo cuando usted la pide. Pida cada resurtido antes de lo que suele hacerlo.',
    },
    factIds: ['D10'],
    sourceIds: ARTICLE,
  },
];

export const dosing: DosingProtocol = {
  usualStartMg: 1.5,
  maximum: {
    maxMg: 4.5,
    reason: {
      en: '4.5 mg a day is the highest dose commonly prescribed for MS.',
      es: '4.5 mg al día es la dosis más alta que se suele recetar para la EM.',
    },
    factIds: ['D1'],
    sourceIds: ARTICLE,
  },
  spasticityMaximum: {
    maxMg: 3,
    reason: {
      en: 'With any kind of spasticity, the limit is 3 mg a day, because higher doses may make muscles stiffer.',
      es: 'Con cualquier tipo de espasticidad, el límite es de 3 mg al día, porque las dosis más altas pueden aumentar la rigidez de los músculos.',
    },
    factIds: ['D2'],
    sourceIds: ARTICLE,
  },
  // Not from the article (it gives none): the library's example, always labelled as one.
  exampleStep: { doseMg: 1.5, days: 14 },
  monthlyCostUsd: { min: 45, max: 100 },
  forms: [
    {
      id: 'capsule',
      name: { en: 'Pill', es: 'Pastilla' },
      description: {
        en: 'You swallow it. This is the most common form.',
        es: 'Se traga. Es la forma más común.',
      },
      factIds: ['D5'],
      sourceIds: ARTICLE,
    },
    {
      id: 'sublingual-liquid',
      name: { en: 'Liquid under the tongue (sublingual)', es: 'Líquido debajo de la lengua (sublingual)' },
      description: {
        en: 'You put the liquid under your tongue.',
        es: 'El líquido se pone debajo de la lengua.',
      },
      factIds: ['D5'],
      sourceIds: ARTICLE,
    },
    {
      id: 'transdermal',
      name: { en: 'Through the skin (transdermal)', es: 'Por la piel (transdérmica)' },
      description: {
        en: 'The medicine goes into your body through the skin.',
        es: 'El medicamento entra al cuerpo a través de la piel.',
      },
      factIds: ['D5'],
      sourceIds: ARTICLE,
    },
  ],
  statementIds: dosingStatements.map((statement) => statement.id),
};
