import type { Medication } from '../schemas/index.js';
import { msTherapies } from './medications/ms-therapies.js';
import { naltrexoneMedicines } from './medications/naltrexone.js';
import { opioids } from './medications/opioids.js';

/** Every medication the checker recognises, with all the names a person may type. */
export const medications: Medication[] = [...msTherapies, ...opioids, ...naltrexoneMedicines];
