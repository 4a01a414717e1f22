import { LdnValidationError, type ValidationIssue } from './errors.js';
import { builtInKnowledgeBase } from './data/index.js';
import { deepFreeze } from './deep-freeze.js';
import { KnowledgeBaseSchema, type KnowledgeBase } from './schemas/index.js';

export { builtInKnowledgeBase };

/** Issue in zod's shape for a broken reference between records, so callers see one format. */
function referenceIssue(path: (string | number)[], message: string): ValidationIssue {
  return { code: 'custom', path, message, input: undefined } as ValidationIssue;
}

/**
 * Checks what the schema cannot: ids are unique and every reference (fact, source, class,
 * condition, statement) points at a record that exists. Returns the issues; empty means sound.
 */
export function findReferenceIssues(kb: KnowledgeBase): ValidationIssue[] {
  // Public, so a caller may pass anything: references are only meaningful in a well-formed base.
  const shape = KnowledgeBaseSchema.safeParse(kb);
  if (!shape.success) throw new LdnValidationError('Invalid knowledge base: not a knowledge base', shape.error.issues);
  return referenceIssuesOfParsed(kb);
}

/** `findReferenceIssues` for a base whose shape zod has just checked: parsing 10,000 names twice costs ~15 ms. */
function referenceIssuesOfParsed(kb: KnowledgeBase): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const sourceIds = new Set(kb.sources.map((s) => s.id));
  const factIds = new Set(kb.facts.map((f) => f.id));
  const classIds = new Set(kb.medicationClasses.map((c) => c.id));
  const medicationIds = new Set(kb.medications.map((m) => m.id));
  const conditionIds = new Set(kb.conditions.map((c) => c.id));
  const statementIds = new Set(kb.statements.map((s) => s.id));

  const collectionsWithIds = [
    'sources',
    'facts',
    'statements',
    'medicationClasses',
    'medications',
    'conditions',
    'interactionRules',
    'sideEffects',
  ] as const;
  for (const collection of collectionsWithIds) {
    const seen = new Set<string>();
    kb[collection].forEach(({ id }, index) => {
      if (seen.has(id)) issues.push(referenceIssue([collection, index, 'id'], `duplicate id "${id}"`));
      seen.add(id);
    });
  }

  const expect = (known: Set<string>, id: string, path: (string | number)[], what: string) => {
    if (!known.has(id)) issues.push(referenceIssue(path, `unknown ${what} "${id}"`));
  };
  const checkProvenance = (record: { factIds: string[]; sourceIds: string[] }, path: (string | number)[]) => {
    record.factIds.forEach((id, i) => expect(factIds, id, [...path, 'factIds', i], 'fact'));
    record.sourceIds.forEach((id, i) => expect(sourceIds, id, [...path, 'sourceIds', i], 'source'));
  };

  kb.facts.forEach((fact, i) =>
    fact.sourceIds.forEach((id, j) => expect(sourceIds, id, ['facts', i, 'sourceIds', j], 'source')),
  );
  kb.statements.forEach((s, i) => checkProvenance(s, ['statements', i]));
  kb.medicationClasses.forEach((c, i) => checkProvenance(c, ['medicationClasses', i]));
  kb.conditions.forEach((c, i) => {
    checkProvenance(c, ['conditions', i]);
    c.codes.forEach((code, j) => expect(sourceIds, code.sourceId, ['conditions', i, 'codes', j, 'sourceId'], 'source'));
  });
  kb.medications.forEach((m, i) => {
    m.classIds.forEach((id, j) => expect(classIds, id, ['medications', i, 'classIds', j], 'class'));
    m.names.forEach((n, j) => expect(sourceIds, n.sourceId, ['medications', i, 'names', j, 'sourceId'], 'source'));
    m.codes.forEach((c, j) => expect(sourceIds, c.sourceId, ['medications', i, 'codes', j, 'sourceId'], 'source'));
  });
  kb.interactionRules.forEach((rule, i) => {
    checkProvenance(rule, ['interactionRules', i]);
    const { target } = rule;
    const path = ['interactionRules', i, 'target'];
    if (target.kind === 'class') expect(classIds, target.classId, path, 'class');
    if (target.kind === 'medication') expect(medicationIds, target.medicationId, path, 'medication');
    if (target.kind === 'condition') expect(conditionIds, target.conditionId, path, 'condition');
  });
  kb.sideEffects.forEach((s, i) => checkProvenance(s, ['sideEffects', i]));
  kb.dosing.forms.forEach((f, i) => checkProvenance(f, ['dosing', 'forms', i]));
  checkProvenance(kb.dosing.maximum, ['dosing', 'maximum']);
  checkProvenance(kb.dosing.spasticityMaximum, ['dosing', 'spasticityMaximum']);
  kb.dosing.statementIds.forEach((id, i) => expect(statementIds, id, ['dosing', 'statementIds', i], 'statement'));
  return issues;
}

/** Portal-supplied knowledge bases, validated once: original object → validated base. */
const validatedKnowledgeBases = new WeakMap<object, KnowledgeBase>();

/**
 * Validates a whole knowledge base (shape, then references). A portal's data goes through here
 * before any engine sees it, so bad data fails closed with `LdnValidationError`.
 */
export function validateKnowledgeBase(input: unknown): KnowledgeBase {
  const parsed = KnowledgeBaseSchema.safeParse(input);
  if (!parsed.success) {
    throw new LdnValidationError(
      'Invalid knowledge base: ' + (parsed.error.issues[0]?.message ?? ''),
      parsed.error.issues,
    );
  }
  return sealParsedKnowledgeBase(parsed.data);
}

/**
 * The rest of `validateKnowledgeBase` for a base whose every record zod has already parsed into a
 * fresh copy (`extendKnowledgeBase` parses the extension and reuses the validated base's records):
 * checks references, then freezes and remembers it. Throws `LdnValidationError` like it.
 */
export function sealParsedKnowledgeBase(parsed: KnowledgeBase): KnowledgeBase {
  const issues = referenceIssuesOfParsed(parsed);
  if (issues.length > 0) {
    throw new LdnValidationError('Invalid knowledge base: ' + issues[0]!.message, issues);
  }
  // The result is sound: engines handed it later (say, from extendKnowledgeBase) need not check
  // again. It is zod's copy, frozen, so that neither the portal's later edits to its own object
  // nor edits to the result can change what a check says after validation.
  const validated = deepFreeze(parsed);
  validatedKnowledgeBases.set(validated, validated);
  return validated;
}

/**
 * The knowledge base an engine should use: the built-in one when none is given (it is trusted: its
 * tests validate it); a portal's is validated in full on first use and throws
 * `LdnValidationError` when invalid, so bad data fails closed instead of giving a reassuring answer.
 */
export function resolveKnowledgeBase(knowledgeBase: unknown): KnowledgeBase {
  if (knowledgeBase === undefined || knowledgeBase === builtInKnowledgeBase) return builtInKnowledgeBase;
  const isObject = typeof knowledgeBase === 'object' && knowledgeBase !== null;
  const known = isObject ? validatedKnowledgeBases.get(knowledgeBase) : undefined;
  if (known) return known;
  const result = validateKnowledgeBase(knowledgeBase);
  if (isObject) validatedKnowledgeBases.set(knowledgeBase, result);
  return result;
}
