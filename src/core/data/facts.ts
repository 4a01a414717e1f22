import type { Fact } from '../schemas/index.js';

// PLACEHOLDER: filled in by the owner of this file.
export const facts: Fact[] = [];
