import type { SideEffect } from '../schemas/index.js';

// PLACEHOLDER: filled in by the owner of this file.
export const sideEffects: SideEffect[] = [];
