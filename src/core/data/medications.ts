import type { Medication } from '../schemas/index.js';

// PLACEHOLDER: filled in by the owner of this file.
export const medications: Medication[] = [];
