import type { Condition } from '../schemas/index.js';

// PLACEHOLDER: filled in by the owner of this file.
export const conditions: Condition[] = [];
