import {
  html,
  isServer,
  LitElement,
  nothing,
  render as renderTemplate,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { property } from 'lit/decorators.js';
import { LdnValidationError, type ValidationIssue } from '../core/errors.js';
import { builtInKnowledgeBase, resolveKnowledgeBase } from '../core/knowledge-base.js';
import type { Language, LocalizedText } from '../core/schemas/common.js';
import type { KnowledgeBase } from '../core/schemas/knowledge-base.js';
import { numberAttribute, textAttribute } from './converters.js';
import { emit } from './events.js';
import { describeValue, readSafely } from './safe-value.js';
import { localize } from './format.js';
import { LanguageController } from './language.js';
import { sharedStrings, type SharedStringKey } from './strings.js';
import { adoptStylesForDocument } from './adopt-styles.js';
import { wasServerRendered } from './hydration.js';
import { sharedContent } from './shared-dom.js';
import { queueFirstRender } from './first-render-queue.js';
import { baseStyles, tokens } from './theme.js';
import { VERSION } from './version.js';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** A bad attribute or property, ready to show: which one, what it got, what it accepts. */
export interface InputProblem {
  /** The attribute's name (`start-dose`) or, for a property with no attribute, the property's. */
  attribute: string;
  /** What it got, as text (empty when nothing useful can be shown). */
  received: string;
  /** Plain description of what it accepts, in the element's language. */
  accepts: string;
}

interface PendingError {
  source: string;
  issues: readonly ValidationIssue[];
}

// Validating a portal's knowledge base is costly: a valid one is cached by the core's resolver,
// an invalid one here, once per object whatever the element.
const rejectedKnowledgeBases = new WeakMap<object, LdnValidationError>();

/** A real `<h1>`–`<h6>` (static tags: Lit cannot bind a tag name without unsafeStatic). */
/** A heading element at `level` (1–6; anything else is 2), with `className` as class and part. */
export function headingAt(
  level: number,
  content: string | TemplateResult,
  className: string,
  id?: string,
): TemplateResult {
  const idAttr = id ?? nothing;
  switch (level) {
    case 1:
      return html`<h1 class=${className} id=${idAttr} part=${className}>${content}</h1>`;
    case 3:
      return html`<h3 class=${className} id=${idAttr} part=${className}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className} id=${idAttr} part=${className}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} id=${idAttr} part=${className}>${content}</h5>`;
    case 6:
      return html`<h6 class=${className} id=${idAttr} part=${className}>${content}</h6>`;
    default:
      return html`<h2 class=${className} id=${idAttr} part=${className}>${content}</h2>`;
  }
}

/** zod-shaped issues for anything thrown; never throws itself. */
function issuesOf(error: unknown): readonly ValidationIssue[] {
  if (error instanceof LdnValidationError) return error.issues;
  return [issue('internal', error instanceof Error ? describeValue(error.message) : describeValue(error))];
}

function issue(path: string, message: string): ValidationIssue {
  return { code: 'custom', path: [path], message, input: undefined } as ValidationIssue;
}

/**
 * What the three elements share: language, heading level, theme, the knowledge base, input
 * problems shown in place, `ldn-error`, sources and the disclaimer. Subclasses implement
 * `renderContent()`; an unexpected error there renders "could not check" instead of throwing
 * into the page.
 *
 * @attr lang - Language of the element: `en` (default) or `es`. When absent, the closest ancestor's `lang` is used.
 */
export abstract class LdnElement extends LitElement {
  static override styles = [tokens, baseStyles];

  /** Compared by `defineElement` when another copy of the library registered the tag first. */
  static readonly ldnVersion = VERSION;

  /** Level (1–6) of the element's own heading, so it fits the host page's outline. */
  @property({ attribute: 'heading-level', converter: numberAttribute, reflect: true })
  headingLevel: number | undefined = 2;

  /**
   * `light`, `dark` or `auto` (follows the reader's system setting). No theme (the attribute
   * removed, or `undefined` from a framework) is `auto`, as before any was set.
   */
  @property({ reflect: true, converter: textAttribute })
  theme: Theme | undefined = 'auto';

  /**
   * A portal's own knowledge base (see `extendKnowledgeBase` in the core). Validated before use;
   * invalid data shows "could not check" and fires `ldn-error`. Defaults to the built-in base.
   */
  @property({ attribute: false })
  knowledgeBase: KnowledgeBase | undefined;

  private readonly languageController = new LanguageController(this);
  /** Whether shared content is cloned (shared-dom.ts): in the browser, unless server HTML hydrates (it must match the templates). */
  private copiesSharedContent = false;
  private pendingErrors: PendingError[] = [];
  private lastErrorKey = '';

  /** The language in use: the element's `lang`, else the closest ancestor's, else the page's. */
  get language(): Language {
    return this.languageController.language;
  }

  /** Text of a shared interface string in the current language. */
  protected sharedText(key: SharedStringKey): string {
    return sharedStrings[this.language][key];
  }

  /** Picks a knowledge-base text in the current language. */
  protected text(value: LocalizedText): string {
    return localize(value, this.language);
  }

  /** The knowledge base in use; throws `LdnValidationError` when a portal's is invalid. */
  protected get kb(): KnowledgeBase {
    const given = this.knowledgeBase;
    if (given === undefined) return builtInKnowledgeBase;
    // A bad base is remembered, so re-renders do not validate it again only to fail again.
    const failure = typeof given === 'object' && given !== null ? rejectedKnowledgeBases.get(given) : undefined;
    if (failure) throw failure;
    try {
      return resolveKnowledgeBase(given);
    } catch (error) {
      const failed = error instanceof LdnValidationError ? error : new LdnValidationError(String(error), []);
      if (typeof given === 'object' && given !== null) rejectedKnowledgeBases.set(given, failed);
      throw failed;
    }
  }

  /** Heading level to render: a valid `heading-level`, else 2. */
  protected get effectiveHeadingLevel(): number {
    const level = this.headingLevel;
    return level !== undefined && Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2;
  }

  /** Problems with the attributes every element has. */
  protected commonInputProblems(): InputProblem[] {
    const problems: InputProblem[] = [];
    if (this.headingLevel !== undefined && this.effectiveHeadingLevel !== this.headingLevel) {
      problems.push({
        attribute: 'heading-level',
        received: this.getAttribute('heading-level') ?? describeValue(this.headingLevel),
        accepts: this.sharedText('acceptsHeadingLevel'),
      });
    }
    if (this.theme != null && !(THEMES as readonly string[]).includes(this.theme)) {
      problems.push({
        attribute: 'theme',
        received: describeValue(this.theme),
        accepts: this.sharedText('acceptsTheme'),
      });
    }
    return problems;
  }

  /** zod-shaped issues for the common problems, for `ldn-error`. */
  protected issuesFor(problems: InputProblem[]): ValidationIssue[] {
    return problems.map((p) => issue(p.attribute, `${p.attribute}: expected ${p.accepts}`));
  }

  /**
   * Queues `ldn-error` for after this render. The same problem is not announced twice in a row,
   * so re-renders (a language switch, say) do not repeat it.
   */
  protected reportError(source: string, issues: readonly ValidationIssue[]): void {
    this.pendingErrors.push({ source, issues });
  }

  protected abstract renderContent(): TemplateResult;

  /**
   * `template()`, built by Lit once per element, knowledge base, language, heading level and
   * `key`, and cloned into each instance (see shared-dom.ts). Only content with no listeners,
   * property bindings or state may go through here, and `key` must name whatever else it depends
   * on. The tag is part of the key: the dose card's and the side-effect list's "heading" differ.
   */
  protected shared(key: string, template: () => unknown): unknown {
    const fullKey = `${this.localName} ${this.language} ${this.effectiveHeadingLevel} ${key}`;
    // An invalid portal base: content that needs it fails closed as it renders; the rest shows.
    const base = readSafely<KnowledgeBase | undefined>(() => this.kb, undefined);
    if (base === undefined) return template();
    return sharedContent(base, fullKey, template, this.copiesSharedContent);
  }

  protected override render(): TemplateResult {
    // Before the first render the root holds either nothing or the server's HTML.
    if (!this.hasUpdated) this.copiesSharedContent = !isServer && !wasServerRendered(this);
    try {
      return this.renderContent();
    } catch (error) {
      const source =
        error instanceof LdnValidationError && this.knowledgeBase !== undefined ? 'knowledgeBase' : 'internal';
      this.reportError(source, issuesOf(error));
      return this.renderCouldNotCheck();
    }
  }

  /**
   * The first render waits for a task of its own (see first-render-queue.ts), so a page that
   * loads the script with several elements is not blocked by one long task; later updates are
   * Lit's usual microtask. `updateComplete` still resolves only once the render is done.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || isServer) return super.scheduleUpdate();
    return queueFirstRender(() => void super.scheduleUpdate());
  }

  /**
   * The last line of defence: whatever a page set, nothing an update does (a hook, reflecting an
   * attribute, a controller) may throw or reject into the host page. A failed update shows the
   * "could not check" alert in place and fires `ldn-error`; the next change tries again.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      this.languageController.updateEnded();
      // Lit has already marked the update done, so the element stays responsive to new values.
      try {
        renderTemplate(this.renderCouldNotCheck(), this.renderRoot, this.renderOptions);
      } catch {
        // Even the alert could not render (the language itself is broken): the event still says so.
      }
      emit(this, 'ldn-error', { source: 'internal', issues: issuesOf(error) });
    }
  }

  /**
   * Moved to another document (an iframe, `adoptNode`): stylesheets made in one document cannot
   * be adopted in another, so the shadow root gets sheets made for its new document.
   */
  adoptedCallback(): void {
    adoptStylesForDocument(this);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const errors = this.pendingErrors;
    this.pendingErrors = [];
    const key = JSON.stringify(errors.map((e) => [e.source, e.issues.map((i) => [i.path, i.message])]));
    if (errors.length === 0) {
      this.lastErrorKey = '';
      return;
    }
    if (key === this.lastErrorKey) return;
    this.lastErrorKey = key;
    for (const { source, issues } of errors) emit(this, 'ldn-error', { source, issues });
  }

  /** The element's own heading at `heading-level`. */
  protected renderHeading(content: string | TemplateResult, id = 'heading'): TemplateResult {
    return headingAt(this.effectiveHeadingLevel, content, 'heading', id);
  }

  /** A section heading one level below the element's own (capped at 6), e.g. "When to take it". */
  protected renderSubheading(content: string | TemplateResult, id?: string): TemplateResult {
    return headingAt(Math.min(this.effectiveHeadingLevel + 1, 6), content, 'subheading', id);
  }

  /** A visible, accessible explanation of bad input, in place of the broken part. */
  protected renderInputProblems(problems: InputProblem[]): TemplateResult | typeof nothing {
    if (problems.length === 0) return nothing;
    return html`<div class="alert" role="alert" part="error">
      <p class="alert-title">${this.sharedText('inputProblemTitle')}</p>
      <p>${this.sharedText('inputProblemIntro')}</p>
      <ul>
        ${problems.map(
          (p) =>
            html`<li>
              <code>${p.attribute}</code>${
                p.received !== ''
                  ? html` (${this.sharedText('youGave')} “<span class="received">${p.received}</span>”)`
                  : nothing
              }:
              ${p.accepts}
            </li>`,
        )}
      </ul>
    </div>`;
  }

  /** The fail-closed message: never an empty, reassuring result. */
  protected renderCouldNotCheck(): TemplateResult {
    return html`<div class="alert" role="alert" part="error" data-state="could-not-check">
      <p class="alert-title">${this.sharedText('couldNotCheckTitle')}</p>
      <p>${this.sharedText('couldNotCheck')}</p>
    </div>`;
  }

  /** The closing "not a substitute for your healthcare provider's advice" line. */
  protected renderDisclaimer(): TemplateResult {
    return html`<p class="disclaimer" part="disclaimer">${this.sharedText('disclaimer')}</p>`;
  }
}
