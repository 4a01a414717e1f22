// The patient guide (index.html): only the language switch; the widgets need no page code.
import { setUpLanguageSwitch } from './language-switch.js';

setUpLanguageSwitch({
  en: 'Low-dose naltrexone for MS: a guide for patients (demo)',
  es: 'Naltrexona en dosis bajas para la EM: guía para pacientes (demostración)',
});
