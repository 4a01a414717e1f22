/**
 * Interface text of <ldn-dose-card>. Clinical sentences are not here: they come from the
 * knowledge base with their sources. Attribute values keep a decimal point in both languages
 * (HTML attributes are not localized), so the Spanish hints say so.
 */
const en = {
  heading: 'How to take low-dose naltrexone (LDN)',
  aboutLdnHeading: 'About LDN',
  aboutHeading: 'About the dose',
  scheduleHeading: 'Dose schedule',
  timingHeading: 'When to take it',
  formHeading: 'Forms of LDN',
  gettingHeading: 'Getting LDN',
  exampleNotice:
    "Example only. This page did not give the full plan for raising the dose, so the schedule uses an example: {step} mg more every {days} days. Follow your prescriber's instructions.",
  captionExample: 'Example schedule: daily dose of LDN',
  caption: 'Schedule: daily dose of LDN',
  columnWhen: 'When',
  columnDose: 'Daily dose',
  columnVolume: 'Liquid per dose',
  mg: '{value} mg',
  ml: '{value} mL',
  weekSingle: 'Week {start}',
  weekRange: 'Weeks {start} to {end}',
  weekOnward: 'From week {start} on',
  daySingle: 'Day {start}',
  dayRange: 'Days {start} to {end}',
  dayOnward: 'From day {start} on',
  dateSingle: '{start}',
  dateRange: '{start} to {end}',
  dateOnward: 'From {start} on',
  capTitle: 'Dose limit applied',
  capTarget: 'The page asked for a goal of {requested} mg a day. This schedule stops at {max} mg a day.',
  capTargetDefault:
    'The usual highest dose is {requested} mg a day, and your prescriber sets your own. This schedule stops at {max} mg a day.',
  capStart: 'The page asked to start at {requested} mg a day. This schedule starts at {max} mg a day.',
  noTargetNotice:
    'This schedule goes up to {max} mg a day, the usual highest dose. Your prescriber sets your own dose.',
  liquidNeedsConcentration:
    'To show how many mL to take, this page needs the strength of your liquid (mg per mL). Ask your pharmacy if you are not sure.',
  scheduleUnavailable:
    "The schedule is not shown because of the problem above: it would be a guess. Follow your prescriber's instructions.",
  calendarLink: 'Add the dose steps to your calendar (.ics file)',
  calendarHint: 'The file is made on this device. Nothing is sent anywhere.',
  calendarExampleOnly: 'A calendar file is offered only for a schedule from your prescriber, not for an example.',
  calendarFileName: 'ldn-dose-schedule.ics',
  yourForm: 'Your form',
  chartDescription:
    'The chart shows {schedule} in the table below: the daily dose goes up in steps from {start} mg to {final} mg, never above the line at {max} mg a day.',
  chartDescriptionFlat:
    'The chart shows {schedule} in the table below: the daily dose stays at {start} mg, never above the line at {max} mg a day.',
  chartSchedule: 'the schedule',
  chartScheduleExample: 'the example schedule',
  chartUnit: 'mg a day',
  chartExampleTag: 'Example, not a prescription',
  chartCapMaximum: 'Highest dose: {max} mg a day',
  chartCapSpasticity: 'Limit with spasticity: {max} mg a day',
  chartAxisWeeks: 'Week',
  chartAxisDays: 'Day',
  chartAxisDates: 'Start of each dose',
  // What each attribute accepts, shown in the input-problem alert.
  acceptsDose: 'a dose in mg above 0 (at least {minDose}), with at most 2 decimals, such as 1.5',
  acceptsStepFewerSteps: 'a step big enough to reach the target dose in at most {steps} steps',
  acceptsStartBelowTarget: 'a dose no higher than target-dose ({target} mg)',
  acceptsStepDays: 'a whole number of days from 1 to {max}',
  acceptsSpasticity: 'true or false (as an attribute: present or absent)',
  acceptsForm: '"capsule", "sublingual-liquid" or "transdermal"',
  acceptsConcentration: "the liquid's strength in mg per mL, above 0, such as 1",
  acceptsConcentrationWithLiquid: 'a value only together with form="sublingual-liquid"',
  acceptsConcentrationVolume: 'a strength that gives at least {min} mL for each dose',
  acceptsStartDate: 'a real calendar date written YYYY-MM-DD, such as 2025-03-01, from year {from} to {to}',
} as const;

export type DoseCardStringKey = keyof typeof en;

const es: Record<DoseCardStringKey, string> = {
  heading: 'Cómo tomar la naltrexona en dosis baja (LDN)',
  aboutLdnHeading: 'Sobre la LDN',
  aboutHeading: 'Sobre la dosis',
  scheduleHeading: 'Plan de dosis',
  timingHeading: 'Cuándo tomarla',
  formHeading: 'Formas de la LDN',
  gettingHeading: 'Cómo conseguir la LDN',
  exampleNotice:
    'Solo es un ejemplo. Esta página no indicó el plan completo para subir la dosis, así que el plan usa un ejemplo: {step} mg más cada {days} días. Siga las indicaciones de su médico.',
  captionExample: 'Plan de ejemplo: dosis diaria de LDN',
  caption: 'Plan: dosis diaria de LDN',
  columnWhen: 'Cuándo',
  columnDose: 'Dosis diaria',
  columnVolume: 'Líquido por dosis',
  mg: '{value} mg',
  ml: '{value} mL',
  weekSingle: 'Semana {start}',
  weekRange: 'Semanas {start} a {end}',
  weekOnward: 'Desde la semana {start}',
  daySingle: 'Día {start}',
  dayRange: 'Días {start} a {end}',
  dayOnward: 'Desde el día {start}',
  dateSingle: '{start}',
  dateRange: 'Del {start} al {end}',
  dateOnward: 'Desde el {start}',
  capTitle: 'Se aplicó un límite de dosis',
  capTarget: 'La página pidió una meta de {requested} mg al día. Este plan llega solo hasta {max} mg al día.',
  capTargetDefault:
    'La dosis más alta habitual es de {requested} mg al día, y su médico decide la suya. Este plan llega solo hasta {max} mg al día.',
  capStart: 'La página pidió empezar con {requested} mg al día. Este plan empieza con {max} mg al día.',
  noTargetNotice: 'Este plan sube hasta {max} mg al día, la dosis más alta habitual. Su médico decide su propia dosis.',
  liquidNeedsConcentration:
    'Para mostrar cuántos mL tomar, esta página necesita la concentración del líquido (mg por mL). Si no la sabe, pregunte en su farmacia.',
  scheduleUnavailable:
    'No se muestra el plan de dosis por el problema indicado arriba: sería una suposición. Siga las indicaciones de su médico.',
  calendarLink: 'Añadir los pasos de la dosis a su calendario (archivo .ics)',
  calendarHint: 'El archivo se crea en este dispositivo. No se envía nada.',
  calendarExampleOnly: 'El archivo de calendario solo se ofrece para un plan de su médico, no para un ejemplo.',
  calendarFileName: 'ldn-calendario-dosis.ics',
  yourForm: 'Su forma',
  chartDescription:
    'El gráfico muestra {schedule} de la tabla de abajo: la dosis diaria sube por pasos de {start} mg a {final} mg, sin pasar nunca de la línea de {max} mg al día.',
  chartDescriptionFlat:
    'El gráfico muestra {schedule} de la tabla de abajo: la dosis diaria se queda en {start} mg, sin pasar nunca de la línea de {max} mg al día.',
  chartSchedule: 'el plan',
  chartScheduleExample: 'el plan de ejemplo',
  chartUnit: 'mg al día',
  chartExampleTag: 'Ejemplo, no es una receta',
  chartCapMaximum: 'Dosis más alta: {max} mg al día',
  chartCapSpasticity: 'Límite con espasticidad: {max} mg al día',
  chartAxisWeeks: 'Semana',
  chartAxisDays: 'Día',
  chartAxisDates: 'Inicio de cada dosis',
  acceptsDose:
    'una dosis en mg mayor que 0 (como mínimo {minDose}), con 2 decimales como máximo y punto decimal, por ejemplo 1.5',
  acceptsStepFewerSteps: 'un aumento lo bastante grande para llegar a la dosis final en {steps} pasos como máximo',
  acceptsStartBelowTarget: 'una dosis que no sea mayor que target-dose ({target} mg)',
  acceptsStepDays: 'un número entero de días, del 1 al {max}',
  acceptsSpasticity: 'true o false (como atributo: presente o ausente)',
  acceptsForm: '"capsule", "sublingual-liquid" o "transdermal"',
  acceptsConcentration: 'la concentración del líquido en mg por mL, mayor que 0 y con punto decimal, por ejemplo 1',
  acceptsConcentrationWithLiquid: 'un valor solo junto con form="sublingual-liquid"',
  acceptsConcentrationVolume: 'una concentración que dé al menos {min} mL por dosis',
  acceptsStartDate: 'una fecha real escrita AAAA-MM-DD, por ejemplo 2025-03-01, entre los años {from} y {to}',
};

export const doseCardStrings = { en, es };
