import * as z from 'zod/mini';
import { parseOrThrow } from './errors.js';
import { findingDisplayName } from './finding-name.js';
import { resolveKnowledgeBase } from './knowledge-base.js';
import { LanguageSchema, type Language } from './schemas/common.js';
import { FindingSchema, type Finding, type Severity } from './schemas/interaction.js';
import type { KnowledgeBase } from './schemas/knowledge-base.js';

/** A CDS Hooks card (CDS Hooks 2.0, "Card Attributes"): the fields this library fills. */
export interface CdsHooksCard {
  uuid?: string;
  /** One line, under 140 characters (the specification's limit). */
  summary: string;
  /** GitHub-flavoured markdown. */
  detail: string;
  indicator: 'info' | 'warning' | 'critical';
  source: { label: string; url?: string; topic?: { system?: string; code: string; display?: string } };
}

export interface CdsHooksOptions {
  lang?: Language;
  /** Add a random `uuid` to each card (needed when a CDS client sends feedback). */
  uuid?: boolean;
  knowledgeBase?: KnowledgeBase;
}

const OptionsSchema = z.strictObject({
  lang: z.optional(LanguageSchema),
  uuid: z.optional(z.boolean()),
  knowledgeBase: z.optional(z.unknown()),
});

const INDICATORS: Record<Severity, CdsHooksCard['indicator']> = {
  avoid: 'critical',
  caution: 'warning',
  unknown: 'info',
  compatible: 'info',
};

const SUMMARY_LIMIT = 140;

const WORDING = {
  en: {
    avoid: 'Avoid with low-dose naltrexone: {name}',
    caution: 'Use caution with low-dose naltrexone: {name}',
    compatible: 'No known conflict with low-dose naltrexone: {name}',
    unknown: 'Not assessed for low-dose naltrexone: {name}',
    // Said of any unknown: a name not in the list, a known medicine or condition with no rule.
    unknownDetail:
      'The checker has no assessment for this, so it was **not assessed**. This does not mean it is safe with LDN.',
    whatToDo: 'What to do',
    facts: 'Facts',
  },
  es: {
    avoid: 'Evitar con naltrexona en dosis bajas: {name}',
    caution: 'Precaución con naltrexona en dosis bajas: {name}',
    compatible: 'Sin conflicto conocido con naltrexona en dosis bajas: {name}',
    unknown: 'No evaluado para naltrexona en dosis bajas: {name}',
    unknownDetail:
      'El verificador no tiene una evaluación para esto, así que **no se evaluó**. Esto no significa que sea seguro con LDN.',
    whatToDo: 'Qué hacer',
    facts: 'Datos',
  },
} as const;

/** Text from a person or portal must not become markdown links, emphasis or HTML in a CDS client. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (char) => `\\${char}`);
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

/** A name on one line for markdown, where a line break would start a new block (a heading, a list). */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Turns checker findings into CDS Hooks cards: `avoid` → critical, `caution` → warning, anything
 * else → info. An `unknown` finding gets a card that says plainly the medication was not
 * assessed: a CDS client must never read silence as safety.
 */
export function toCdsHooksCards(findings: readonly Finding[], options?: CdsHooksOptions | null): CdsHooksCard[] {
  parseOrThrow(OptionsSchema, options ?? {}, 'CDS Hooks options');
  const checked = parseOrThrow(z.array(FindingSchema), findings, 'findings');
  const lang = options?.lang ?? 'en';
  const kb = resolveKnowledgeBase(options?.knowledgeBase);
  const words = WORDING[lang];

  return checked.map((finding) => {
    const source = kb.sources.find((s) => finding.sourceIds.includes(s.id));
    const name = findingDisplayName(finding, kb, lang);
    const detail = [`**${escapeMarkdown(oneLine(name))}**`];
    if (finding.severity === 'unknown') detail.push(words.unknownDetail, finding.whatToDo[lang]);
    else detail.push(finding.explanation[lang], `**${words.whatToDo}:** ${finding.whatToDo[lang]}`);
    if (finding.factIds.length > 0) detail.push(`_${words.facts}: ${finding.factIds.join(', ')}_`);
    const card: CdsHooksCard = {
      // A function replacer: `$&` or `$'` in a name are text, not replacement patterns.
      summary: clip(
        words[finding.severity].replace('{name}', () => name),
        SUMMARY_LIMIT,
      ),
      detail: detail.join('\n\n'),
      indicator: INDICATORS[finding.severity],
      source: {
        label: source?.label ?? 'ldn-widgets',
        ...(source?.url ? { url: source.url } : {}),
      },
    };
    if (options?.uuid) card.uuid = globalThis.crypto.randomUUID();
    return card;
  });
}

const COULD_NOT_CHECK = {
  en: {
    summary: 'LDN interaction check could not run',
    detail:
      'The checker could not read everything it was given, so **nothing was checked**. This is not a result: ask a pharmacist or prescriber to review the medicines and conditions.',
  },
  es: {
    summary: 'No se pudo hacer la revisión de interacciones con LDN',
    detail:
      'El verificador no pudo leer todo lo que recibió, así que **no se revisó nada**. Esto no es un resultado: pida a un farmacéutico o a quien receta que revise los medicamentos y las condiciones.',
  },
} as const;

/** The one card for a check that could not run: a `warning`, never silence (no cards) and never `info`. */
export function couldNotCheckCard(lang: Language = 'en'): CdsHooksCard {
  const words = COULD_NOT_CHECK[lang === 'es' ? 'es' : 'en'];
  return {
    uuid: globalThis.crypto.randomUUID(),
    summary: words.summary,
    detail: words.detail,
    indicator: 'warning',
    source: { label: 'ldn-widgets' },
  };
}
