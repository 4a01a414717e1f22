/**
 * CDS Hooks 2.0 cards from checker findings. Rules (issue #14, invariant 5), each property-tested in
 * test/core/properties/cds-hooks.properties.test.ts:
 * - Every card has a `uuid`, a `summary` under 140 characters, an `indicator` and a `source.label`.
 * - `unknown` becomes `warning`, never `info`; only `compatible` is `info`, worded "no conflict
 *   reported", which does not prove the two are safe together.
 * - Every piece of text that reaches the markdown `detail` (names, inputs, rule text, fact ids,
 *   reasons), whoever wrote it, is put on one line with its markup characters escaped.
 * - When the check could not run, `couldNotCheckCard()` is the answer: one `warning` card.
 * - `source.topic.code` is the finding's `ruleId`: the clinician's card and the patient's finding
 *   name the same rule.
 */
import * as z from 'zod/mini';
import { parseOrThrow } from './errors.js';
import { findingDisplayName } from './finding-name.js';
import { builtInKnowledgeBase, resolveKnowledgeBase } from './knowledge-base.js';
import { LanguageSchema, type Language } from './schemas/common.js';
import { FindingSchema, type Finding, type Severity } from './schemas/interaction.js';
import type { KnowledgeBase } from './schemas/knowledge-base.js';

/** A Coding as CDS Hooks uses it (`source.topic`, `overrideReasons`). */
export interface CdsHooksCoding {
  system?: string;
  code: string;
  display?: string;
}

/** A suggested change (CDS Hooks 2.0, "Action"): a `delete` names the draft order by `resourceId`. */
export interface CdsHooksAction {
  type: 'create' | 'update' | 'delete';
  description: string;
  /** A relative reference (`MedicationRequest/123`); given with `delete`. */
  resourceId?: string;
  resource?: unknown;
}

export interface CdsHooksSuggestion {
  label: string;
  uuid?: string;
  isRecommended?: boolean;
  actions?: CdsHooksAction[];
}

export interface CdsHooksLink {
  label: string;
  url: string;
  type: 'absolute' | 'smart';
  appContext?: string;
}

/** A CDS Hooks card (CDS Hooks 2.0, "Card Attributes"): the fields this library fills. */
export interface CdsHooksCard {
  /** Always set: a CDS client needs it to send feedback about the card. */
  uuid: string;
  /** One line, under 140 characters (the specification's limit). */
  summary: string;
  /** GitHub-flavoured markdown; every piece of data in it is escaped. */
  detail: string;
  indicator: 'info' | 'warning' | 'critical';
  /** `topic.code` is the knowledge-base rule behind the card: the same id the portal's finding has. */
  source: { label: string; url?: string; topic?: CdsHooksCoding };
  suggestions?: CdsHooksSuggestion[];
  /** Present whenever `suggestions` is (CDS Hooks 2.0 requires it then). */
  selectionBehavior?: 'at-most-one' | 'any';
  overrideReasons?: CdsHooksCoding[];
  links?: CdsHooksLink[];
}

export interface CdsHooksOptions {
  lang?: Language;
  /** Accepted for compatibility: every card now has a `uuid`. */
  uuid?: boolean;
  knowledgeBase?: KnowledgeBase;
  /** Absolute https URL of the patient-facing checker page: linked from cards that warn. */
  patientPageUrl?: string;
}

/** An absolute https URL: a CDS client opens it as is (link type `absolute`). */
const HttpsUrlSchema = z.url({ protocol: /^https$/ });

const OptionsSchema = z.strictObject({
  lang: z.optional(LanguageSchema),
  uuid: z.optional(z.boolean()),
  knowledgeBase: z.optional(z.unknown()),
  patientPageUrl: z.optional(HttpsUrlSchema),
});

/**
 * Unknown is a warning, never info: "not assessed" must not look like the calm card that a
 * compatible finding gets (fail closed, issue #14 invariant 5).
 */
const INDICATORS: Record<Severity, CdsHooksCard['indicator']> = {
  avoid: 'critical',
  caution: 'warning',
  unknown: 'warning',
  compatible: 'info',
};

/** Code systems of this library's Codings (URNs: stable names, nothing to fetch). */
export const LDN_RULE_SYSTEM = 'urn:ldn-widgets:rule';
export const LDN_OVERRIDE_REASON_SYSTEM = 'urn:ldn-widgets:override-reason';
/** `source.topic.code` of the "could not check" card: no rule ran. */
export const COULD_NOT_CHECK_TOPIC = 'could-not-check';
/** `source.topic.code` of a card for a finding no rule answers. */
export const NOT_ASSESSED_TOPIC = 'not-assessed';

const SUMMARY_LIMIT = 140;

/** The rules that may say "no known conflict": the built-in ones (I2) only. */
const BUILT_IN_COMPATIBLE_RULES: ReadonlySet<string> = new Set(
  builtInKnowledgeBase.interactionRules.filter((rule) => rule.severity === 'compatible').map((rule) => rule.id),
);

const WORDING = {
  en: {
    avoid: 'Avoid with low-dose naltrexone: {name}',
    caution: 'Use caution with low-dose naltrexone: {name}',
    compatible: 'No conflict reported with low-dose naltrexone: {name}',
    unknown: 'Not assessed for low-dose naltrexone: {name}',
    // Said of any unknown: a name not in the list, a known medicine or condition with no rule.
    unknownDetail:
      'The checker has no assessment for this, so it was **not assessed**. This does not mean it is safe with LDN.',
    compatibleDetail: 'No conflict has been reported. That does not prove the two are safe together.',
    whatToDo: 'What to do',
    facts: 'Facts',
    couldNotCheck: 'Could not check against low-dose naltrexone: review the record',
    couldNotCheckDetail:
      'The check **could not run** on all of the data, so this is **not** a result. Nothing here means the order is safe with LDN: check the medicines and conditions yourself.',
    why: 'Why',
    openChecker: 'Open the patient-facing LDN interaction checker',
    overrides: {
      'benefit-outweighs-risk': 'Benefit outweighs the risk for this patient',
      'will-monitor': 'Will monitor the patient closely',
      'record-out-of-date': 'The medication or condition list is out of date',
    },
  },
  es: {
    avoid: 'Evitar con naltrexona en dosis bajas: {name}',
    caution: 'Precaución con naltrexona en dosis bajas: {name}',
    compatible: 'Sin conflicto reportado con naltrexona en dosis bajas: {name}',
    unknown: 'No evaluado para naltrexona en dosis bajas: {name}',
    unknownDetail:
      'El verificador no tiene una evaluación para esto, así que **no se evaluó**. Esto no significa que sea seguro con LDN.',
    compatibleDetail: 'No se ha reportado ningún conflicto. Eso no prueba que sea seguro usarlos juntos.',
    whatToDo: 'Qué hacer',
    facts: 'Datos',
    couldNotCheck: 'No se pudo verificar con naltrexona en dosis bajas: revise el expediente',
    couldNotCheckDetail:
      'La verificación **no pudo hacerse** con todos los datos, así que esto **no** es un resultado. Nada aquí significa que la orden sea segura con LDN: revise usted los medicamentos y las condiciones.',
    why: 'Motivo',
    openChecker: 'Abrir el verificador de interacciones de LDN para pacientes',
    overrides: {
      'benefit-outweighs-risk': 'El beneficio supera el riesgo para este paciente',
      'will-monitor': 'Vigilaré al paciente de cerca',
      'record-out-of-date': 'La lista de medicamentos o condiciones no está al día',
    },
  },
} as const;

type OverrideCode = keyof (typeof WORDING)['en']['overrides'];
const OVERRIDE_CODES = Object.keys(WORDING.en.overrides) as OverrideCode[];

/**
 * Text from a person, a record or a portal must not become markdown links, emphasis, autolinks
 * or HTML in a CDS client: every ASCII punctuation character that can start markup is escaped
 * (`:` and `@` too, which start GitHub's autolinks).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&:@$]/g, (char) => `\\${char}`);
}

/** Shortens to the limit on a word boundary, with an ellipsis, so `summary` always fits. */
function clip(text: string, limit: number): string {
  if (text.length < limit) return text;
  let cut = text.slice(0, limit - 2);
  const lastSpace = cut.lastIndexOf(' ');
  if (lastSpace > limit / 2) cut = cut.slice(0, lastSpace);
  // Never leave half of a surrogate pair (an emoji cut in two) before the ellipsis.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** Text on one line for markdown, where a line break would start a new block (a heading, a list). */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Data as a markdown paragraph's text: one line, every markup character escaped. */
const asMarkdownText = (text: string): string => escapeMarkdown(oneLine(text));

/** Reasons a clinician can pick when overriding a card that warns (Codings with `display`). */
function overrideReasons(lang: Language): CdsHooksCoding[] {
  return OVERRIDE_CODES.map((code) => ({
    system: LDN_OVERRIDE_REASON_SYSTEM,
    code,
    display: WORDING[lang].overrides[code],
  }));
}

function patientPageLinks(lang: Language, url: string | undefined): CdsHooksLink[] | undefined {
  return url ? [{ label: WORDING[lang].openChecker, url, type: 'absolute' }] : undefined;
}

/**
 * Turns checker findings into CDS Hooks cards: `avoid` → critical, `caution` and `unknown` →
 * warning, `compatible` → info, worded "no conflict reported", which does not prove safety. Only
 * a finding of the built-in I2 rule is `compatible` here; any other is carded as not assessed.
 * Every card has a `uuid`; `source.topic.code` is the finding's `ruleId` (or `not-assessed`), so
 * the clinician's card and the patient's finding name the same rule.
 */
export function toCdsHooksCards(findings: readonly Finding[], options?: CdsHooksOptions | null): CdsHooksCard[] {
  const parsedOptions = parseOrThrow(OptionsSchema, options ?? {}, 'CDS Hooks options');
  const checked = parseOrThrow(z.array(FindingSchema), findings, 'findings');
  const lang = parsedOptions.lang ?? 'en';
  const kb = resolveKnowledgeBase(parsedOptions.knowledgeBase);
  const words = WORDING[lang];

  return checked.map((checkedFinding) => {
    // "No conflict reported" only for the built-in I2 finding: a finding a caller made up or
    // edited ("compatible" with no rule, or with another rule) was not assessed.
    const reassures = checkedFinding.ruleId !== undefined && BUILT_IN_COMPATIBLE_RULES.has(checkedFinding.ruleId);
    const finding: Finding =
      checkedFinding.severity === 'compatible' && !reassures
        ? { ...checkedFinding, severity: 'unknown' }
        : checkedFinding;
    const source = kb.sources.find((s) => finding.sourceIds.includes(s.id));
    const name = findingDisplayName(finding, kb, lang);
    const detail = [`**${asMarkdownText(name)}**`];
    if (finding.severity === 'unknown') detail.push(words.unknownDetail, asMarkdownText(finding.whatToDo[lang]));
    else {
      detail.push(asMarkdownText(finding.explanation[lang]));
      if (finding.severity === 'compatible') detail.push(words.compatibleDetail);
      detail.push(`**${words.whatToDo}:** ${asMarkdownText(finding.whatToDo[lang])}`);
    }
    if (finding.factIds.length > 0) detail.push(`_${words.facts}: ${asMarkdownText(finding.factIds.join(', '))}_`);
    const indicator = INDICATORS[finding.severity];
    const card: CdsHooksCard = {
      uuid: globalThis.crypto.randomUUID(),
      // A function replacer: `$&` or `$'` in a name are text, not replacement patterns.
      summary: clip(
        words[finding.severity].replace('{name}', () => oneLine(name)),
        SUMMARY_LIMIT,
      ),
      detail: detail.join('\n\n'),
      indicator,
      source: {
        label: source?.label ?? 'ldn-widgets',
        ...(source?.url ? { url: source.url } : {}),
        topic: finding.ruleId
          ? { system: LDN_RULE_SYSTEM, code: finding.ruleId, display: finding.ruleId }
          : { system: LDN_RULE_SYSTEM, code: NOT_ASSESSED_TOPIC, display: NOT_ASSESSED_TOPIC },
      },
    };
    if (indicator !== 'info') {
      card.overrideReasons = overrideReasons(lang);
      const links = patientPageLinks(lang, parsedOptions.patientPageUrl);
      if (links) card.links = links;
    }
    return card;
  });
}

export interface CouldNotCheckOptions {
  lang?: Language;
  /** What could not be read or run, shown escaped ("2 medication entries could not be read"). */
  reason?: string;
  /** Absolute https URL of the patient-facing checker page. */
  patientPageUrl?: string;
}

const CouldNotCheckOptionsSchema = z.strictObject({
  lang: z.optional(LanguageSchema),
  reason: z.optional(z.string().check(z.maxLength(2000))),
  patientPageUrl: z.optional(HttpsUrlSchema),
});

/**
 * The one card to give when the check could not run (invalid data, missing prefetch, an
 * unreadable record): indicator `warning`, never an empty list that reads as "nothing to report".
 * The element's `cards` getter and the CDS Hooks service both use it.
 */
export function couldNotCheckCard(options?: CouldNotCheckOptions | null): CdsHooksCard {
  const parsed = parseOrThrow(CouldNotCheckOptionsSchema, options ?? {}, '"could not check" options');
  const lang = parsed.lang ?? 'en';
  const words = WORDING[lang];
  const detail: string[] = [words.couldNotCheckDetail];
  const reason = parsed.reason === undefined ? '' : oneLine(parsed.reason);
  if (reason) detail.push(`**${words.why}:** ${escapeMarkdown(reason)}`);
  const links = patientPageLinks(lang, parsed.patientPageUrl);
  return {
    uuid: globalThis.crypto.randomUUID(),
    summary: words.couldNotCheck,
    detail: detail.join('\n\n'),
    indicator: 'warning',
    source: {
      label: 'ldn-widgets',
      topic: { system: LDN_RULE_SYSTEM, code: COULD_NOT_CHECK_TOPIC, display: COULD_NOT_CHECK_TOPIC },
    },
    overrideReasons: overrideReasons(lang),
    ...(links ? { links } : {}),
  };
}
