// PLACEHOLDER API (owner: side-effect helper). Replace with the real engine.
import type { SideEffect, SideEffectFilter } from './schemas/index.js';

export function sideEffects(_filter?: SideEffectFilter): SideEffect[] {
  return [];
}
