import type { DosingProtocol, Statement } from '../schemas/index.js';

// PLACEHOLDER: filled in by the owner of this file.
export const dosingStatements: Statement[] = [];
export const dosing: DosingProtocol = {
  usualStartMg: 1.5,
  maximum: { maxMg: 4.5, reason: { en: 'x', es: 'x' }, factIds: ['D1'], sourceIds: ['verywell-2023'] },
  spasticityMaximum: { maxMg: 3, reason: { en: 'x', es: 'x' }, factIds: ['D2'], sourceIds: ['verywell-2023'] },
  exampleStep: { doseMg: 1.5, days: 14 },
  monthlyCostUsd: { min: 45, max: 100 },
  forms: [],
  statementIds: [],
};
