/**
 * Interface text of `<ldn-interaction-checker>`. Clinical text (what a finding means, what to do)
 * comes from the knowledge base, never from here. `{name}`-style placeholders are filled by `fill`.
 */
const en = {
  heading: 'Check your medicines with LDN',
  intro:
    'Add every medicine you take and tick any condition that applies. Each one gets its own result, with where the information comes from.',

  inputLabel: 'Add a medicine',
  inputHelp:
    'Type a brand or generic name. Use the Up and Down arrow keys to pick a suggestion, then press Enter. If your medicine is not suggested, press Enter to add it as you typed it.',
  addButton: 'Add',
  suggestionsLabel: 'Suggestions',
  noSuggestions:
    'No suggestions for “{query}”. Press Enter or Add to add it as you typed it. It will be marked as not checked.',

  yourMedicines: 'Your medicines',
  noMedicinesYet: 'No medicines added yet.',
  removeMedicine: 'Remove {name}',
  notRecognised: 'not recognised',
  fromRecord: 'from your health record',

  conditionsLegend: 'Do any of these apply to you?',
  conditionLiverDisease: 'Liver disease, including hepatitis or cirrhosis',
  conditionPregnancy: 'Pregnancy',
  conditionBreastfeeding: 'Breastfeeding',

  resultsHeading: 'Results',
  guidance:
    'Add the medicines you take to see how each one fits with LDN. Nothing has been checked yet, so this does not mean there are no problems.',
  guidanceConditionsOnly: 'Add the medicines you take too. Only the conditions you ticked have been checked so far.',
  summaryAvoid: '{count} to avoid',
  summaryCaution: '{count} to discuss with your provider',
  summaryUnknown: '{count} not checked, ask your pharmacist',
  summaryCompatible: '{count} with no known conflict',
  summarySeparator: ', ',

  severityAvoid: 'Avoid',
  severityCaution: 'Use caution — talk to your provider',
  severityUnknown: 'Unknown — not checked',
  severityCompatible: 'No known conflict',
  whatToDo: 'What to do:',
  whyThisResult: 'Why this result:',
  youEntered: 'You entered “{input}”.',

  printButton: 'Print this list for your provider',

  announceAdded: '{name} added.',
  announceAddedUnrecognised: '{name} added. It is not in this checker’s list, so it was not checked.',
  announceRemoved: '{name} removed.',
  announceDuplicate: '{name} is already on your list.',

  acceptsMedications: 'up to 100 medicine names of at most 200 characters each, separated by commas',
  acceptsConditions: 'only {ids}, separated by commas',
  acceptsFhir:
    'a FHIR R4 Bundle or an array of FHIR resources (MedicationStatement, MedicationRequest, Condition, Observation)',
  checkerIncomplete: 'The checker gave fewer results than the medicines and conditions entered.',

  // What a FHIR record held that could not be read (record-notice.view.ts).
  recordNoticeOne: '1 item in your health record could not be checked.',
  recordNoticeMany: '{count} items in your health record could not be checked.',
  recordNoticeHelp: 'This check is not complete: ask your pharmacist or healthcare provider about them.',
  recordItem: '{what}: {why}',
  recordItemNamed: '{kind} “{name}”',
  recordItemMedication: 'A medicine',
  recordItemCondition: 'A health condition',
  recordItemOther: 'An item that may be a medicine',
  recordWhyNoMedication: 'it does not say which medicine it is.',
  recordWhyUnknownCode: 'it has no name, only a code this checker does not know.',
  recordWhyUnresolvedReference: 'it points to a medicine that is not in the record.',
  recordWhyNoCode: 'it does not say which condition it is.',
  recordWhyMalformed: 'this checker cannot read how it is written.',
  recordWhyNoResource: 'the item is empty.',
  recordWhyTooDeep: 'it is nested too deeply to read.',
  recordWhyIncomplete: 'the record says that not all of it was sent.',
} as const;

export type InteractionCheckerStringKey = keyof typeof en;

const es: Record<InteractionCheckerStringKey, string> = {
  heading: 'Revise sus medicamentos con la LDN',
  intro:
    'Agregue todos los medicamentos que toma y marque las situaciones que le correspondan. Cada uno recibe su propio resultado, con la fuente de la información.',

  inputLabel: 'Agregar un medicamento',
  inputHelp:
    'Escriba el nombre comercial o genérico. Use las flechas arriba y abajo para elegir una sugerencia y pulse Intro. Si su medicamento no aparece, pulse Intro para agregarlo tal como lo escribió.',
  addButton: 'Agregar',
  suggestionsLabel: 'Sugerencias',
  noSuggestions:
    'No hay sugerencias para «{query}». Pulse Intro o Agregar para añadirlo tal como lo escribió. Quedará marcado como no comprobado.',

  yourMedicines: 'Sus medicamentos',
  noMedicinesYet: 'Todavía no ha agregado medicamentos.',
  removeMedicine: 'Quitar {name}',
  notRecognised: 'no reconocido',
  fromRecord: 'de su historial médico',

  conditionsLegend: '¿Se encuentra en alguna de estas situaciones?',
  conditionLiverDisease: 'Enfermedad del hígado, incluidas la hepatitis o la cirrosis',
  conditionPregnancy: 'Embarazo',
  conditionBreastfeeding: 'Dar el pecho (lactancia)',

  resultsHeading: 'Resultados',
  guidance:
    'Agregue los medicamentos que toma para ver cómo se combina cada uno con la LDN. Todavía no se ha comprobado nada, así que esto no significa que no haya problemas.',
  guidanceConditionsOnly:
    'Agregue también los medicamentos que toma. Por ahora solo se han comprobado las situaciones que marcó.',
  summaryAvoid: '{count} que debe evitar',
  summaryCaution: '{count} para hablar con su médico',
  summaryUnknown: '{count} sin comprobar: consulte a su farmacéutico',
  summaryCompatible: '{count} sin conflicto conocido',
  summarySeparator: '; ',

  severityAvoid: 'Evitar',
  severityCaution: 'Precaución — hable con su médico',
  severityUnknown: 'Desconocido — no comprobado',
  severityCompatible: 'Sin conflicto conocido',
  whatToDo: 'Qué hacer:',
  whyThisResult: 'Por qué este resultado:',
  youEntered: 'Usted escribió «{input}».',

  printButton: 'Imprimir esta lista para su médico',

  announceAdded: 'Se agregó {name}.',
  announceAddedUnrecognised: 'Se agregó {name}. No está en la lista de este verificador, así que no se comprobó.',
  announceRemoved: 'Se quitó {name}.',
  announceDuplicate: '{name} ya está en su lista.',

  acceptsMedications: 'hasta 100 nombres de medicamentos de 200 caracteres como máximo cada uno, separados por comas',
  acceptsConditions: 'solo {ids}, separados por comas',
  acceptsFhir:
    'un Bundle de FHIR R4 o una lista de recursos FHIR (MedicationStatement, MedicationRequest, Condition, Observation)',
  checkerIncomplete: 'El verificador dio menos resultados que los medicamentos y situaciones ingresados.',

  recordNoticeOne: '1 dato de su historia clínica no se pudo revisar.',
  recordNoticeMany: '{count} datos de su historia clínica no se pudieron revisar.',
  recordNoticeHelp: 'Esta revisión no está completa: pregunte por ellos a su farmacéutico o médico.',
  recordItem: '{what}: {why}',
  recordItemNamed: '{kind} «{name}»',
  recordItemMedication: 'Un medicamento',
  recordItemCondition: 'Una afección',
  recordItemOther: 'Un dato que puede ser un medicamento',
  recordWhyNoMedication: 'no dice qué medicamento es.',
  recordWhyUnknownCode: 'no tiene nombre, solo un código que este verificador no conoce.',
  recordWhyUnresolvedReference: 'remite a un medicamento que no está en la historia clínica.',
  recordWhyNoCode: 'no dice qué afección es.',
  recordWhyMalformed: 'este verificador no puede leer cómo está escrito.',
  recordWhyNoResource: 'el dato está vacío.',
  recordWhyTooDeep: 'está anidado a demasiada profundidad para leerlo.',
  recordWhyIncomplete: 'la historia clínica indica que no se envió completa.',
};

export const interactionCheckerStrings = { en, es };
