import type { InteractionRule } from '../schemas/index.js';

// PLACEHOLDER: filled in by the owner of this file.
export const interactionRules: InteractionRule[] = [];
