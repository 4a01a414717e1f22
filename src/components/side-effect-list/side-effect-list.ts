import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import * as z from 'zod/mini';
import { issuesAt } from '../../core/errors.js';
import {
  SIDE_EFFECT_CATEGORY_FILTERS,
  SideEffectCategoryFilterSchema,
  type SideEffect,
  type SideEffectCategoryFilter,
} from '../../core/schemas/index.js';
import { sideEffects } from '../../core/side-effects.js';
import { LdnElement, type InputProblem } from '../../shared/base-element.js';
import { clientOnly } from '../../shared/client-only.js';
import { listAttribute } from '../../shared/converters.js';
import { describeReceived, PageValue, readStringList, readWithSchema } from '../../shared/page-value.js';
import { emit } from '../../shared/events.js';
import { factsAttribute, renderAttribution, renderSourceNote } from '../../shared/attribution.js';
import { fill } from '../../shared/format.js';
import { SIDE_EFFECT_TOGGLE, type LdnSideEffectToggleDetail } from './events.js';
import { sideEffectListStyles } from './side-effect-list.styles.js';
import { sideEffectListStrings, type SideEffectListStringKey } from './side-effect-list.strings.js';

/** The knowledge-base statement that opens the list ("side effects are not common at low doses"). */
const INTRO_STATEMENT_ID = 'side-effects-uncommon';

const CATEGORY_LABELS: Record<SideEffectCategoryFilter, SideEffectListStringKey> = {
  all: 'categoryAll',
  sleep: 'categorySleep',
  digestive: 'categoryDigestive',
  other: 'categoryOther',
};

/** What the attributes mean once checked: what to show, what is marked, and what was wrong. */
interface CheckedInput {
  category: SideEffectCategoryFilter;
  /** Marked ids the knowledge base knows, in the list's order. */
  selectedIds: string[];
  problems: InputProblem[];
}

/**
 * The side effects of low-dose naltrexone: the common ones (S1–S7) with what to expect and what
 * may help, and the signs to call a provider about (S10, lasting digestive trouble). A person can
 * filter by category, open each item, and mark the ones they notice to build a printable list for
 * their next visit.
 *
 * The category filter narrows the common side effects only: the "when to contact your provider"
 * signs always stay in view, because hiding a warning behind a filter is not safe.
 *
 * @summary Common side effects of LDN, what to expect and what may help, with a printable list to discuss.
 *
 * @fires {LdnSideEffectToggleDetail} ldn-side-effect-toggle - A person marked or unmarked a side effect. `detail: { id, selected, selectedIds }`.
 * @fires {LdnErrorDetail} ldn-error - An attribute could not be used (an unknown category or side-effect id, a bad heading level), or the knowledge base was invalid. `detail: { issues, source }`.
 *
 * @csspart heading - The element's own heading.
 * @csspart subheading - Section headings (common side effects, when to contact your provider, to discuss).
 * @csspart error - The explanation of an attribute that could not be used, or "could not check".
 * @csspart source - An inline source note, only where a side effect's source is not the article.
 * @csspart attribution - The one attribution line: article, author, reviewer, dates.
 * @csspart disclaimer - The closing "not a substitute for your provider's advice" line.
 * @csspart filter - The category filter (a radio group).
 * @csspart count - The polite "Showing 3 of 7" status.
 * @csspart toolbar - The "Expand all" / "Collapse all" buttons.
 * @csspart list - Each list of side effects.
 * @csspart item - One side effect (`data-id`, `data-category`, `data-marked`).
 * @csspart item-summary - The always-visible name of a side effect that opens its details.
 * @csspart mark - The "I have this" checkbox and its label.
 * @csspart summary - The "to discuss with your provider" list of marked side effects.
 *
 * @cssprop --ldn-font-family - Font family.
 * @cssprop --ldn-font-size - Base font size.
 * @cssprop --ldn-font-size-small - Size of counts, sources and the disclaimer.
 * @cssprop --ldn-font-size-heading - Size of the element's heading.
 * @cssprop --ldn-line-height - Line height.
 * @cssprop --ldn-space-1 - Smallest spacing.
 * @cssprop --ldn-space-2 - Small spacing.
 * @cssprop --ldn-space-3 - Medium spacing.
 * @cssprop --ldn-space-4 - Large spacing.
 * @cssprop --ldn-radius - Corner radius.
 * @cssprop --ldn-color-text - Text colour.
 * @cssprop --ldn-color-text-muted - Colour of counts, sources and the disclaimer.
 * @cssprop --ldn-color-surface - Background.
 * @cssprop --ldn-color-surface-raised - Background of each side effect.
 * @cssprop --ldn-color-border - Borders.
 * @cssprop --ldn-color-accent - Chosen filter, buttons and links.
 * @cssprop --ldn-color-on-accent - Text on the chosen filter.
 * @cssprop --ldn-color-focus - Focus ring (default: the accent colour).
 * @cssprop --ldn-color-caution - Border of the "contact your provider" signs.
 * @cssprop --ldn-color-caution-surface - Background of the "contact your provider" signs.
 * @cssprop --ldn-color-avoid - Border of error messages.
 * @cssprop --ldn-color-avoid-surface - Background of error messages.
 * @cssprop --ldn-side-effect-list-marked-border - Border of a side effect marked "I have this" (defaults to the accent).
 * @cssprop --ldn-side-effect-list-contact-ink - Border of the "contact your provider" items (default: the caution colour).
 * @cssprop --ldn-side-effect-list-contact-surface - Background of the "contact your provider" items (default: the caution surface).
 * @cssprop --ldn-font-size-subheading - Size of section headings (the type scale: small 0.875em, base 1em, subheading 1.125em, heading 1.25em).
 * @cssprop --ldn-control-size - Smallest height and width of buttons (default 2.5rem).
 * @cssprop --ldn-control-radius - Corner radius of buttons (default half of `--ldn-radius`).
 * @cssprop --ldn-ref-neutral-10 - Reference palette, #1b1d21 by default: system colours point at it.
 * @cssprop --ldn-ref-neutral-15 - Reference palette, #262a30 by default: system colours point at it.
 * @cssprop --ldn-ref-neutral-30 - Reference palette, #4b5059 by default: system colours point at it.
 * @cssprop --ldn-ref-neutral-50 - Reference palette, #767b85 by default: system colours point at it.
 * @cssprop --ldn-ref-neutral-60 - Reference palette, #8d939d by default: system colours point at it.
 * @cssprop --ldn-ref-neutral-80 - Reference palette, #c3c8d0 by default: system colours point at it.
 * @cssprop --ldn-ref-neutral-95 - Reference palette, #eef0f3 by default: system colours point at it.
 * @cssprop --ldn-ref-neutral-97 - Reference palette, #f4f6f8 by default: system colours point at it.
 * @cssprop --ldn-ref-neutral-100 - Reference palette, #fff by default: system colours point at it.
 * @cssprop --ldn-ref-blue-10 - Reference palette, #0c1a2b by default: system colours point at it.
 * @cssprop --ldn-ref-blue-40 - Reference palette, #0b5cad by default: system colours point at it.
 * @cssprop --ldn-ref-blue-80 - Reference palette, #8cc4ff by default: system colours point at it.
 * @cssprop --ldn-ref-red-15 - Reference palette, #3a1b1b by default: system colours point at it.
 * @cssprop --ldn-ref-red-40 - Reference palette, #a3161a by default: system colours point at it.
 * @cssprop --ldn-ref-red-80 - Reference palette, #ff9c94 by default: system colours point at it.
 * @cssprop --ldn-ref-red-95 - Reference palette, #fdeceb by default: system colours point at it.
 * @cssprop --ldn-ref-amber-15 - Reference palette, #36290f by default: system colours point at it.
 * @cssprop --ldn-ref-amber-40 - Reference palette, #7a4600 by default: system colours point at it.
 * @cssprop --ldn-ref-amber-85 - Reference palette, #ffcf70 by default: system colours point at it.
 * @cssprop --ldn-ref-amber-95 - Reference palette, #fff3dc by default: system colours point at it.
 * @cssprop --ldn-ref-indigo-15 - Reference palette, #25283d by default: system colours point at it.
 * @cssprop --ldn-ref-indigo-35 - Reference palette, #3f4470 by default: system colours point at it.
 * @cssprop --ldn-ref-indigo-85 - Reference palette, #c8ccf5 by default: system colours point at it.
 * @cssprop --ldn-ref-indigo-95 - Reference palette, #eef0fa by default: system colours point at it.
 */
export class LdnSideEffectList extends LdnElement {
  static override styles = [...LdnElement.styles, sideEffectListStyles];

  /** The category shown and the marked ids: page-set values, see `PageValue`. */
  private readonly categoryValue = new PageValue<SideEffectCategoryFilter>(
    'all',
    readWithSchema('category', SideEffectCategoryFilterSchema),
    String,
  );
  private readonly selectedValue = new PageValue<string[]>([], readStringList('selected'));

  /**
   * Category shown: `all` (default), `sleep`, `digestive` or `other`. Follows the filter control;
   * setting the value the page set last again is no change, an unknown one is refused.
   */
  @property({ reflect: true })
  get category(): SideEffectCategoryFilter {
    return this.categoryValue.value;
  }
  set category(value: SideEffectCategoryFilter) {
    if (this.categoryValue.setFromPage(value)) this.requestUpdate();
  }

  /**
   * Ids of the side effects marked "I have this" (comma-separated as an attribute), the person's
   * marks included; setting content equal to the last value the page set is no change.
   */
  @property({ converter: listAttribute, reflect: true })
  get selected(): readonly string[] {
    return this.selectedValue.value;
  }
  set selected(value: readonly string[]) {
    if (this.selectedValue.setFromPage(value)) this.requestUpdate();
  }

  /** Ids of the items whose details are open; kept here so filtering and "expand all" agree with the page. */
  @state()
  private openIds: ReadonlySet<string> = new Set();

  private get strings(): Record<SideEffectListStringKey, string> {
    return sideEffectListStrings[this.language];
  }

  /** Ids marked now that the knowledge base knows, in the list's order (empty when the knowledge base is invalid). */
  get selectedIds(): string[] {
    const marked = new Set(this.selected);
    try {
      return sideEffects(undefined, { knowledgeBase: this.kb })
        .map((effect) => effect.id)
        .filter((id) => marked.has(id));
    } catch {
      return []; // The element already shows "could not check"; a getter must not throw into the page.
    }
  }

  /** Checks `category` and `selected` against the core's schemas and the knowledge base's ids. */
  private checkInput(allEffects: SideEffect[]): CheckedInput {
    const problems: InputProblem[] = [];
    const commonProblems = this.commonInputProblems();
    for (const problem of commonProblems) this.reportError(problem.attribute, this.issuesFor([problem]));
    problems.push(...commonProblems);

    const refusedCategory = this.categoryValue.refusal;
    if (refusedCategory) {
      problems.push({
        attribute: 'category',
        received: describeReceived(refusedCategory.received),
        accepts: this.strings.categoryAccepts,
      });
      this.reportError('category', refusedCategory.issues);
    }

    const knownIds = allEffects.map((effect) => effect.id);
    const given = this.selected;
    const refusedSelected = this.selectedValue.refusal;
    const unknown = given.filter((id) => !knownIds.includes(id));
    if (refusedSelected || unknown.length > 0) {
      problems.push({
        attribute: 'selected',
        received: refusedSelected ? describeReceived(refusedSelected.received) : unknown.join(', '),
        accepts: fill(this.strings.selectedAccepts, { ids: knownIds.join(', ') }),
      });
    }
    if (refusedSelected) this.reportError('selected', refusedSelected.issues);
    else if (unknown.length > 0) {
      // Unknown ids stay on the list as given (the page may know better); each is named by its index.
      const parsed = z
        .array(z.string().check(z.refine((id) => knownIds.includes(id), 'unknown side-effect id')))
        .safeParse(given);
      if (!parsed.success) this.reportError('selected', issuesAt(['selected'], parsed.error.issues));
    }
    const marked = new Set(given);
    return { category: this.category, selectedIds: knownIds.filter((id) => marked.has(id)), problems };
  }

  private onCategoryChange(event: Event): void {
    const parsed = SideEffectCategoryFilterSchema.safeParse((event.target as HTMLInputElement).value);
    if (!parsed.success) return;
    this.categoryValue.edit(parsed.data);
    this.requestUpdate('category');
  }

  private onMarkChange(id: string, event: Event): void {
    const isMarked = (event.target as HTMLInputElement).checked;
    const current = this.selected;
    // Unknown ids the page gave stay as they are: only the person's own change is applied.
    this.selectedValue.edit(isMarked ? [...current.filter((x) => x !== id), id] : current.filter((x) => x !== id));
    this.requestUpdate('selected');
    emit<LdnSideEffectToggleDetail>(this, SIDE_EFFECT_TOGGLE, {
      id,
      selected: isMarked,
      selectedIds: this.selectedIds,
    });
  }

  private onDetailsToggle(id: string, event: Event): void {
    const isOpen = (event.target as HTMLDetailsElement).open;
    if (isOpen === this.openIds.has(id)) return;
    const next = new Set(this.openIds);
    if (isOpen) next.add(id);
    else next.delete(id);
    this.openIds = next;
  }

  private setAllOpen(open: boolean, effects: SideEffect[]): void {
    this.openIds = open ? new Set(effects.map((effect) => effect.id)) : new Set();
  }

  private renderFilter(category: SideEffectCategoryFilter): TemplateResult {
    return html`<fieldset class="filter no-print" part="filter">
      <legend>${this.strings.filterLegend}</legend>
      <div class="filter-options">
        ${SIDE_EFFECT_CATEGORY_FILTERS.map(
          (option) =>
            html`<label class="filter-option">
              <input
                type="radio"
                name="category"
                value=${option}
                ?checked=${option === category}
                .checked=${clientOnly(option === category)}
                @change=${this.onCategoryChange}
              />
              ${this.strings[CATEGORY_LABELS[option]]}
            </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private renderEffect(effect: SideEffect, selectedIds: string[]): TemplateResult {
    const name = this.text(effect.name);
    const isMarked = selectedIds.includes(effect.id);
    const facts = factsAttribute(effect.factIds);
    return html`<li
      class="effect"
      part="item"
      data-id=${effect.id}
      data-category=${effect.category}
      ?data-marked=${isMarked}
      ?data-contact-provider=${effect.contactProvider}
    >
      <details ?open=${this.openIds.has(effect.id)} @toggle=${(e: Event) => this.onDetailsToggle(effect.id, e)}>
        <summary part="item-summary" data-facts=${facts}>${name}</summary>
        ${this.shared(`panel ${effect.id}`, () => this.renderPanel(effect))}
      </details>
      <label class="mark no-print" part="mark">
        <!-- The name says which side effect it marks ("I have this: Nausea") and starts with the visible text. -->
        <input
          type="checkbox"
          aria-label=${`${this.strings.iHaveThis}: ${name}`}
          ?checked=${isMarked}
          .checked=${clientOnly(isMarked)}
          @change=${(e: Event) => this.onMarkChange(effect.id, e)}
        />
        <span>${this.strings.iHaveThis}</span>
      </label>
    </li>`;
  }

  /** What to expect and what may help: the same in every list for one base and language, so shared DOM. */
  private renderPanel(effect: SideEffect): TemplateResult {
    const facts = factsAttribute(effect.factIds);
    return html`<div class="panel">
      <p data-facts=${facts}>
        <span class="label">${this.strings.whatToExpect}:</span> ${this.text(effect.whatToExpect)}
      </p>
      ${
        effect.whatHelps
          ? html`<p data-facts=${facts}>
              <span class="label">${this.strings.whatHelps}:</span> ${this.text(effect.whatHelps)}
            </p>`
          : nothing
      }
      ${renderSourceNote(this.kb, effect.sourceIds, this.language)}
    </div>`;
  }

  private renderIntro(): TemplateResult | typeof nothing {
    const intro = this.kb.statements.find((statement) => statement.id === INTRO_STATEMENT_ID);
    if (!intro) return nothing;
    return html`<p class="intro" data-facts=${factsAttribute(intro.factIds)}>
      ${this.text(intro.text)} ${renderSourceNote(this.kb, intro.sourceIds, this.language)}
    </p>`;
  }

  private renderDiscussSummary(allEffects: SideEffect[], selectedIds: string[]): TemplateResult {
    const marked = allEffects.filter((effect) => selectedIds.includes(effect.id));
    return html`<section class="discuss" part="summary">
      ${this.shared('discuss-heading', () => this.renderSubheading(this.strings.discussHeading, 'discuss-heading'))}
      ${
        marked.length === 0
          ? html`<p class="discuss-empty no-print">${this.strings.discussEmpty}</p>`
          : html`<p>${this.strings.discussIntro}</p>
              <ul class="discuss-list">
                ${marked.map(
                  (effect) =>
                    html`<li data-id=${effect.id} data-facts=${factsAttribute(effect.factIds)}>
                      ${this.text(effect.name)}
                    </li>`,
                )}
              </ul>`
      }
    </section>`;
  }

  protected renderContent(): TemplateResult {
    const kb = this.kb;
    const allEffects = sideEffects(undefined, { knowledgeBase: kb });
    const { category, selectedIds, problems } = this.checkInput(allEffects);
    // The core decides what each list holds; the "contact your provider" signs are never filtered.
    const common = sideEffects({ contactProvider: false }, { knowledgeBase: kb });
    const shown = sideEffects({ category, contactProvider: false }, { knowledgeBase: kb });
    const warnings = sideEffects({ contactProvider: true }, { knowledgeBase: kb });

    // Content that depends only on the knowledge base, language and heading level is shared DOM
    // (see shared-dom.ts); the filter, the marks and the open details are each list's own.
    return html`${this.shared('heading', () => this.renderHeading(this.strings.heading))}
      ${this.renderInputProblems(problems)} ${this.shared('intro', () => this.renderIntro())}
      ${this.renderFilter(category)}
      <p class="count" part="count" role="status">
        ${fill(this.strings.count, { shown: shown.length, total: common.length })}
      </p>
      <div class="toolbar no-print" part="toolbar">
        <button type="button" class="expand-all" @click=${() => this.setAllOpen(true, allEffects)}>
          ${this.strings.expandAll}
        </button>
        <button type="button" class="collapse-all" @click=${() => this.setAllOpen(false, allEffects)}>
          ${this.strings.collapseAll}
        </button>
      </div>
      <section class="common">
        ${this.shared('common-heading', () => this.renderSubheading(this.strings.commonHeading, 'common-heading'))}
        <ul class="effects" part="list">
          ${repeat(
            shown,
            (effect) => effect.id,
            (effect) => this.renderEffect(effect, selectedIds),
          )}
        </ul>
      </section>
      ${
        warnings.length > 0
          ? html`<section class="contact-provider">
              ${this.shared(
                'contact-intro',
                () =>
                  html`${this.renderSubheading(this.strings.contactHeading, 'contact-heading')}
                    <p data-facts=${factsAttribute([...new Set(warnings.flatMap((effect) => effect.factIds))])}>
                      ${this.strings.contactIntro}
                    </p>`,
              )}
              <ul class="effects" part="list">
                ${repeat(
                  warnings,
                  (effect) => effect.id,
                  (effect) => this.renderEffect(effect, selectedIds),
                )}
              </ul>
            </section>`
          : nothing
      }
      ${this.renderDiscussSummary(allEffects, selectedIds)}
      ${this.shared('end', () => html`${renderAttribution(kb, this.language)} ${this.renderDisclaimer()}`)}`;
  }
}
