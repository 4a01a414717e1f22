import type { MedicationClass } from '../schemas/index.js';

// PLACEHOLDER: filled in by the owner of this file.
export const medicationClasses: MedicationClass[] = [];
