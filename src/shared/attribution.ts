import { html, nothing, type TemplateResult } from 'lit';
import type { Language } from '../core/schemas/common.js';
import type { KnowledgeBase } from '../core/schemas/knowledge-base.js';
import type { Source } from '../core/schemas/source.js';
import { fill, formatIsoDate } from './format.js';
import { sharedStrings } from './strings.js';

/**
 * Citations as trusted patient sites give them: one attribution per element (the article, its
 * author and medical reviewer, when it was updated, when we last checked our wording against it),
 * a short inline note only where a sentence's source differs from the element's, and a "Sources"
 * disclosure per finding. Which fact backs each sentence stays in `data-facts`, for audits.
 */

/** The source most of what the elements say comes from: named once, at the end of each element. */
export const ELEMENT_SOURCE_ID = 'verywell-2023';

const LONG_DATE: Intl.DateTimeFormatOptions = { dateStyle: 'long' };

function findSources(kb: KnowledgeBase, sourceIds: readonly string[]): Source[] {
  return [...new Set(sourceIds)].map((id) => kb.sources.find((s) => s.id === id)).filter((s) => s !== undefined);
}

/** `data-facts` value: the brief's fact ids behind a sentence ("D1 D3"). */
export function factsAttribute(factIds: readonly string[]): string {
  return factIds.join(' ');
}

function sourceLink(source: Source, text: string, lang: Language): TemplateResult {
  if (!source.url) return html`<cite title=${source.citation}>${text}</cite>`;
  return html`<a href=${source.url} target="_blank" rel="noopener noreferrer" title=${source.citation}
    >${text}<span class="visually-hidden"> ${sharedStrings[lang].opensInNewTab}</span></a
  >`;
}

/** The one attribution line of an element; nothing when the knowledge base lacks the article. */
export function renderAttribution(kb: KnowledgeBase, lang: Language): TemplateResult | typeof nothing {
  const source = kb.sources.find((s) => s.id === ELEMENT_SOURCE_ID);
  if (!source) return nothing;
  const t = sharedStrings[lang];
  const title = source.title ?? source.label;
  return html`<p class="attribution source" part="attribution" data-source=${source.id}>
    ${t.attributionSource} ${sourceLink(source, title, lang)}${source.publisher ? `, ${source.publisher}` : ''}.
    ${source.author ? fill(t.attributionBy, { author: source.author }) : ''}
    ${source.reviewer ? fill(t.attributionReviewed, { reviewer: source.reviewer }) : ''}
    ${source.updated ? fill(t.attributionUpdated, { date: formatIsoDate(source.updated, lang, LONG_DATE) }) : ''}
    ${source.checked ? fill(t.attributionChecked, { date: formatIsoDate(source.checked, lang, LONG_DATE) }) : ''}
  </p>`;
}

/**
 * "(Source: Naltrexone tablets label)" after a sentence whose sources are not only the element's
 * own; nothing when the element's attribution already covers it.
 */
export function renderSourceNote(
  kb: KnowledgeBase,
  sourceIds: readonly string[],
  lang: Language,
): TemplateResult | typeof nothing {
  const others = findSources(
    kb,
    sourceIds.filter((id) => id !== ELEMENT_SOURCE_ID),
  );
  if (others.length === 0) return nothing;
  const t = sharedStrings[lang];
  const label = others.length > 1 ? t.sources : t.source;
  // The leading space is inside, so a sentence without a note has no trailing space.
  const links = others.map((s, i) => html`${i > 0 ? '; ' : ''}${sourceLink(s, s.label, lang)}`);
  return html`<span class="source-note source" part="source" data-sources=${others.map((s) => s.id).join(' ')}>
    (${label}: ${links})</span
  >`;
}

/** A source as a reader knows it: the article's title and site, else the short label (full citation as its title). */
function sourceName(source: Source): string {
  if (source.title === undefined) return source.label;
  return source.publisher === undefined ? source.title : `${source.title}, ${source.publisher}`;
}

/** Every source behind a finding, by name, behind a "Sources" disclosure. */
export function renderSourcesDisclosure(
  kb: KnowledgeBase,
  sourceIds: readonly string[],
  lang: Language,
): TemplateResult | typeof nothing {
  const found = findSources(kb, sourceIds);
  if (found.length === 0) return nothing;
  return html`<details class="sources-disclosure" part="sources">
    <summary>${sharedStrings[lang].sourcesDisclosure}</summary>
    <ul>
      ${found.map((s) => html`<li data-source=${s.id}>${sourceLink(s, sourceName(s), lang)}</li>`)}
    </ul>
  </details>`;
}
