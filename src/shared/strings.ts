import type { Language } from '../core/schemas/common.js';

/**
 * Interface strings shared by the three elements. Each language must have the same keys: the
 * type below makes a missing Spanish string a compile error, and a test checks none is empty.
 */
const en = {
  disclaimer:
    "This is general information, not medical advice. It is not a substitute for your healthcare provider's advice.",
  source: 'Source',
  sources: 'Sources',
  inputProblemTitle: 'Some settings could not be used',
  inputProblemIntro: 'The page gave this widget a value it cannot use:',
  youGave: 'you gave',
  couldNotCheckTitle: 'Could not check',
  couldNotCheck:
    'Something went wrong, so this information could not be checked. Do not take this as a sign that everything is fine. Ask your pharmacist or healthcare provider.',
  opensInNewTab: '(opens in a new tab)',
  attributionSource: 'Source:',
  attributionBy: 'By {author}.',
  attributionReviewed: 'Medically reviewed by {reviewer}.',
  attributionUpdated: 'Updated {date}.',
  attributionChecked: 'We last checked this content against it on {date}.',
  sourcesDisclosure: 'Sources',
  acceptsHeadingLevel: 'a whole number from 1 to 6',
  acceptsTheme: '"light", "dark" or "auto"',
} as const;

export type SharedStringKey = keyof typeof en;

const es: Record<SharedStringKey, string> = {
  disclaimer: 'Esta es información general, no un consejo médico. No reemplaza las indicaciones de su médico.',
  source: 'Fuente',
  sources: 'Fuentes',
  inputProblemTitle: 'No se pudieron usar algunos ajustes',
  inputProblemIntro: 'La página le dio a este módulo un valor que no puede usar:',
  youGave: 'valor recibido',
  couldNotCheckTitle: 'No se pudo comprobar',
  couldNotCheck:
    'Algo salió mal y no se pudo comprobar esta información. No lo tome como señal de que todo está bien. Consulte a su farmacéutico o a su médico.',
  opensInNewTab: '(se abre en una pestaña nueva)',
  attributionSource: 'Fuente:',
  attributionBy: 'Por {author}.',
  attributionReviewed: 'Revisión médica: {reviewer}.',
  attributionUpdated: 'Actualizado el {date}.',
  attributionChecked: 'Revisamos este contenido con esta fuente por última vez el {date}.',
  sourcesDisclosure: 'Fuentes',
  acceptsHeadingLevel: 'un número entero del 1 al 6',
  acceptsTheme: '"light", "dark" o "auto"',
};

export const sharedStrings: Record<Language, Record<SharedStringKey, string>> = { en, es };
