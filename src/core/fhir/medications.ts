import type { MedicationInput } from '../interactions.js';
import { RXNORM_SYSTEM } from '../schemas/code-systems.js';
import { MAX_MEDICATION_TEXT_LENGTH } from '../schemas/interaction.js';
import type { KnowledgeBase } from '../schemas/knowledge-base.js';
import { builtInKnowledgeBase } from '../knowledge-base.js';
import { codeKey, getMedicationIndex } from '../search/medication-index.js';
import { fold } from '../search/normalize.js';
import { conceptText, hasContent } from './conditions.js';
import {
  readMedication,
  readSubstanceCode,
  type CodeableConcept,
  type MedicationUseResource,
  type Reference,
} from './schemas.js';
import type { UnreadableReason } from './skipped.js';
import { resolveReference, resourceTypeOf, type Located, type Resolved, type Scope } from './walk.js';

/** Medication → ingredient → Medication chains are followed this deep (and never round a cycle). */
const MAX_INGREDIENT_DEPTH = 4;

/** A part of a medicine entry that could not be read. */
export interface UnreadPart {
  reason: UnreadableReason;
  path: string;
  resourceType: string;
  id?: string;
  display?: string;
}

/** What one medicine entry gave: inputs for the checker, the Medication entries it read, what it could not read. */
export interface MedicationRead {
  inputs: MedicationInput[];
  display?: string;
  /** Paths of the Bundle entries (Medication, Substance) read through references. */
  usedPaths: string[];
  unread: UnreadPart[];
}

export interface MedicationContext {
  kb: KnowledgeBase;
  global: Scope;
}

/**
 * Free text as the checker accepts it: at most its length limit, cut at a word boundary. Records
 * hold long sigs ("Oxycodone 5 mg tablet: take 1 tablet every…"); the name comes first, and a
 * rejected list would hide every finding behind "could not check". A cut text ends in "…": what
 * was cut off was not checked, so the entry can warn but never reassure.
 */
function checkerText(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed.length <= MAX_MEDICATION_TEXT_LENGTH) return trimmed;
  const cut = trimmed.slice(0, MAX_MEDICATION_TEXT_LENGTH - 1);
  const lastSpace = cut.lastIndexOf(' ');
  // Never leave half of a surrogate pair before the ellipsis.
  const kept = (lastSpace > 0 ? cut.slice(0, lastSpace) : cut).replace(/[\ud800-\udbff]$/, '');
  return `${kept}…`;
}

/**
 * The text of a medication concept: its `text`, else the display of every coding. Codings are
 * meant to name one concept, but a record may hold two that disagree ("Copaxone" and "Oxycodone"):
 * reading only the first would let the other go unchecked.
 */
function medicationConceptText(concept: CodeableConcept): string | undefined {
  if (concept.text !== undefined && /\S/.test(concept.text)) return concept.text;
  const displays: string[] = [];
  for (const coding of concept.coding ?? []) {
    const display = coding.display?.trim();
    if (display && !displays.some((d) => fold(d) === fold(display))) displays.push(display);
  }
  return displays.length > 0 ? displays.join(', ') : undefined;
}

/**
 * Checker inputs from a medication concept: every code the knowledge base (or the built-in one,
 * which the checker also asks) knows, each with the concept's text; else its text (with its
 * RxNorm code, if any). A concept with neither cannot be read: codes we do not know and no text
 * say nothing the checker can use. Every known code counts, not just the first: a portal's code
 * listed before a built-in opioid code must not hide the opioid.
 */
export function conceptInputs(concept: CodeableConcept, kb: KnowledgeBase): MedicationInput[] | UnreadableReason {
  const text = medicationConceptText(concept);
  const display = text !== undefined ? checkerText(text) : undefined;
  const codings = (concept.coding ?? [])
    .map((c) => ({ system: c.system?.trim() ?? '', code: c.code?.trim() ?? '' }))
    .filter((c) => c.system && c.code);
  const indexes = [getMedicationIndex(kb).byCode, getMedicationIndex(builtInKnowledgeBase).byCode];
  const known = codings.filter((c) => indexes.some((byCode) => byCode.has(codeKey(c.system, c.code))));
  const withDisplay = display ? { display } : {};
  if (known.length > 0) return known.map((c) => ({ system: c.system, code: c.code, ...withDisplay }));
  const rxnorm = codings.find((c) => c.system === RXNORM_SYSTEM);
  if (display) return [rxnorm ? { system: RXNORM_SYSTEM, code: rxnorm.code, display } : display];
  return codings.length > 0 ? 'unknown-code' : 'no-medication';
}

const idOf = (value: unknown): string | undefined => {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id ? id : undefined;
};

class Reader {
  readonly read: MedicationRead = { inputs: [], usedPaths: [], unread: [] };
  private readonly seen = new Set<string>();

  constructor(private readonly context: MedicationContext) {}

  addInput(input: MedicationInput): void {
    const key = JSON.stringify(input);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.read.inputs.push(input);
  }

  unread(part: UnreadPart): void {
    this.read.unread.push(part);
  }

  /** A concept at `path` of a resource: an input, or an unread part. Returns whether it was read. */
  concept(concept: CodeableConcept, path: string, owner: unknown): boolean {
    const inputs = conceptInputs(concept, this.context.kb);
    if (!Array.isArray(inputs)) {
      this.unread({ reason: inputs, path, resourceType: resourceTypeOf(owner) ?? 'unknown', ...ids(owner) });
      return false;
    }
    inputs.forEach((input) => this.addInput(input));
    return true;
  }

  /** A reference to a Medication (or Substance): followed, else its display, else unread. */
  reference(
    reference: Reference,
    path: string,
    holder: Located,
    container: Resolved['container'],
    depth: number,
    visiting: Set<unknown>,
  ): void {
    const target = reference.reference
      ? resolveReference(reference.reference, holder, container, this.context.global)
      : undefined;
    if (target) {
      this.medication(target, depth, visiting);
      return;
    }
    const display = reference.display && /\S/.test(reference.display) ? reference.display : undefined;
    if (display) {
      this.addInput(checkerText(display));
      return;
    }
    this.unread({
      reason: reference.reference ? 'unresolved-reference' : 'no-medication',
      path,
      resourceType: resourceTypeOf(holder.resource) ?? 'unknown',
      ...ids(holder.resource),
    });
  }

  /** A Medication read whole: its code and every ingredient; its code may be left out when its ingredients name it. */
  medication(target: Resolved, depth: number, visiting: Set<unknown>): void {
    if (!target.path.includes('.contained[') && !this.read.usedPaths.includes(target.path))
      this.read.usedPaths.push(target.path);
    const type = resourceTypeOf(target.resource);
    const base = { path: target.path, resourceType: type ?? 'unknown', ...ids(target.resource) };
    if (depth > MAX_INGREDIENT_DEPTH || visiting.has(target.resource)) {
      this.unread({ reason: 'malformed', ...base });
      return;
    }
    if (type === 'Substance') {
      const code = readSubstanceCode(target.resource);
      if (code && hasContent(code)) this.concept(code, `${target.path}.code`, target.resource);
      else this.unread({ reason: 'no-medication', ...base });
      return;
    }
    const medication = readMedication(target.resource);
    if (!medication) {
      this.unread({ reason: 'malformed', ...base });
      return;
    }
    const ingredients = medication.ingredient ?? [];
    const code = medication.code && hasContent(medication.code) ? medication.code : undefined;
    if (!code && ingredients.length === 0) {
      this.unread({ reason: 'no-medication', ...base });
      return;
    }
    this.read.display ??= conceptText(code);
    const inner = new Set([...visiting, target.resource]);
    const unreadBefore = this.read.unread.length;
    ingredients.forEach((ingredient, i) => {
      const path = `${target.path}.ingredient[${i}]`;
      if (ingredient.itemCodeableConcept && hasContent(ingredient.itemCodeableConcept))
        this.concept(ingredient.itemCodeableConcept, `${path}.itemCodeableConcept`, target.resource);
      else if (ingredient.itemReference)
        this.reference(
          ingredient.itemReference,
          `${path}.itemReference`,
          target.holder,
          target.container,
          depth + 1,
          inner,
        );
      else this.unread({ reason: 'no-medication', ...base, path });
    });
    const ingredientsRead = ingredients.length > 0 && this.read.unread.length === unreadBefore;
    if (code) {
      const inputs = conceptInputs(code, this.context.kb);
      // A product code we do not know adds nothing when every ingredient was read.
      if (Array.isArray(inputs)) inputs.forEach((input) => this.addInput(input));
      else if (!ingredientsRead) this.unread({ reason: inputs, ...base, path: `${target.path}.code` });
    }
  }
}

function ids(resource: unknown): { id?: string } {
  const id = idOf(resource);
  return id ? { id } : {};
}

/**
 * The medicine of a MedicationStatement, Request, Dispense or Administration: inline, or through
 * a reference to a contained, bundled or nested-Bundle Medication (versioned, relative, absolute
 * or `urn:uuid:`), with its ingredients. What cannot be read is reported, never dropped.
 */
export function readMedicationUse(
  use: MedicationUseResource,
  located: Located,
  context: MedicationContext,
): MedicationRead {
  const reader = new Reader(context);
  const self = { resource: located.resource, path: located.path };
  if (use.medicationCodeableConcept && hasContent(use.medicationCodeableConcept)) {
    reader.concept(use.medicationCodeableConcept, `${located.path}.medicationCodeableConcept`, located.resource);
    reader.read.display = conceptText(use.medicationCodeableConcept);
  } else if (use.medicationReference) {
    reader.reference(
      use.medicationReference,
      `${located.path}.medicationReference`,
      located,
      self,
      0,
      new Set([located.resource]),
    );
    reader.read.display ??= use.medicationReference.display;
  } else {
    reader.unread({
      reason: 'no-medication',
      path: located.path,
      resourceType: use.resourceType,
      ...ids(located.resource),
    });
  }
  return reader.read;
}
