import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import type { LdnDoseCard, LdnInteractionChecker, LdnSideEffectList } from '../../src/index.js';
import type { LdnInteractionsChangeDetail } from '../../src/components/interaction-checker/events.js';
import { PageValue, readStringList } from '../../src/shared/page-value.js';
import type { LdnErrorDetail } from '../../src/shared/events.js';
import { runs } from '../core/properties/arbitraries.js';
import { recordEvents } from '../helpers/events.js';
import {
  addMedicine,
  chipTexts,
  chooseCategory,
  hasAlert,
  markedIds,
  removeMedicine,
  shownSeverities,
  toggleMark,
} from '../helpers/person.js';
import '../helpers/lit-warnings.js';

/**
 * The state model of README ("State: the page's values and the person's edits"): a page-set
 * value is the page's intent; equal content set again is no change; undefined/null say nothing;
 * an invalid value is refused (alert + ldn-error) and what is shown is kept; the person's edits
 * are never undone by an equal page set.
 */

const GARBAGE: unknown[] = [42, { medications: 'x' }, [1, 2], ['ok', 7], true, () => 'x', Symbol.for('x')];

/** One step: the page sets something, or the person edits. */
type Step =
  | { kind: 'page'; list: string[] }
  | { kind: 'page-again' }
  | { kind: 'page-nullish'; value: null | undefined }
  | { kind: 'page-garbage'; value: unknown }
  | { kind: 'person-add'; name: string }
  | { kind: 'person-remove'; index: number };

/** Names of different medicines (and one the checker does not know), so a person's add is never a duplicate. */
const NAMES = ['Vicodin', 'Copaxone', 'Avonex', 'Ultram', 'Betaseron', 'Zoloft'];
const listOf = fc.uniqueArray(fc.constantFrom(...NAMES), { maxLength: 3 });
const step: fc.Arbitrary<Step> = fc.oneof(
  listOf.map((list) => ({ kind: 'page' as const, list })),
  fc.constant({ kind: 'page-again' as const }),
  fc.constantFrom(null, undefined).map((value) => ({ kind: 'page-nullish' as const, value })),
  fc.constantFrom(...GARBAGE).map((value) => ({ kind: 'page-garbage' as const, value })),
  fc.constantFrom(...NAMES).map((name) => ({ kind: 'person-add' as const, name })),
  fc.nat({ max: 4 }).map((index) => ({ kind: 'person-remove' as const, index })),
);

/** The reference model: what README says is shown after each step. */
class Model {
  shown: string[] = [];
  lastSet: string[] | undefined;
  apply(s: Step): void {
    if (s.kind === 'page') {
      if (this.lastSet === undefined || JSON.stringify(this.lastSet) !== JSON.stringify(s.list))
        this.shown = [...s.list];
      this.lastSet = [...s.list];
    } else if (s.kind === 'person-add') {
      if (!this.shown.includes(s.name)) this.shown = [...this.shown, s.name];
    } else if (s.kind === 'person-remove') {
      this.shown = this.shown.filter((_, i) => i !== s.index);
    }
    // page-again, page-nullish and page-garbage change nothing that is shown.
  }
}

describe('page-set values: the state model', function () {
  this.timeout(120_000);

  it('PageValue follows the model for any sequence of page sets and edits (1000 runs)', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const value = new PageValue<string[]>([], readStringList('medications'));
        const model = new Model();
        let refused = false;
        for (const s of steps) {
          model.apply(s);
          if (s.kind === 'page') {
            value.setFromPage(Object.freeze([...s.list]));
            refused = false;
          } else if (s.kind === 'page-again') {
            if (model.lastSet) {
              value.setFromPage([...model.lastSet]);
              refused = false;
            }
          } else if (s.kind === 'page-nullish') value.setFromPage(s.value);
          else if (s.kind === 'page-garbage') {
            value.setFromPage(s.value);
            refused = true;
          } else if (s.kind === 'person-add') {
            if (!value.value.includes(s.name)) {
              value.edit([...value.value, s.name]);
              refused = false;
            }
          } else {
            value.edit(value.value.filter((_, i) => i !== s.index));
            refused = false;
          }
          expect(value.value).to.deep.equal(model.shown);
          expect(value.refusal !== undefined, 'a refusal lasts until the next valid value').to.equal(refused);
        }
      }),
      runs(1000),
    );
  });

  it('<ldn-interaction-checker>: an equal page set never loses what the person added (40 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 10 }), async (steps) => {
        const el = await fixture<LdnInteractionChecker>(html`<ldn-interaction-checker></ldn-interaction-checker>`);
        const model = new Model();
        for (const s of steps) {
          model.apply(s);
          if (s.kind === 'page') el.medications = [...s.list];
          else if (s.kind === 'page-again') el.medications = model.lastSet ? [...model.lastSet] : (undefined as never);
          else if (s.kind === 'page-nullish' || s.kind === 'page-garbage') el.medications = s.value as never;
          else if (s.kind === 'person-add') await addMedicine(el, s.name);
          else await removeMedicine(el, s.index);
          await el.updateComplete;
          expect(chipTexts(el), JSON.stringify(s)).to.deep.equal(model.shown);
          expect([...el.medications]).to.deep.equal(model.shown);
          if (s.kind === 'page-garbage') expect(hasAlert(el), 'a refused value is explained').to.be.true;
        }
        el.remove();
      }),
      runs(40),
    );
  });

  it('<ldn-side-effect-list>: an equal page set never loses a mark (40 runs)', async () => {
    const IDS = ['nausea', 'headache', 'vivid-dreams', 'sleep-trouble', 'dry-mouth'];
    type MarkStep =
      | { kind: 'page'; list: string[] }
      | { kind: 'page-again' }
      | { kind: 'page-garbage'; value: unknown }
      | { kind: 'person-toggle'; id: string };
    const markStep: fc.Arbitrary<MarkStep> = fc.oneof(
      fc.uniqueArray(fc.constantFrom(...IDS), { maxLength: 3 }).map((list) => ({ kind: 'page' as const, list })),
      fc.constant({ kind: 'page-again' as const }),
      fc.constantFrom(...GARBAGE).map((value) => ({ kind: 'page-garbage' as const, value })),
      fc.constantFrom(...IDS).map((id) => ({ kind: 'person-toggle' as const, id })),
    );
    const inListOrder = (ids: string[]) => IDS.filter((id) => ids.includes(id));
    await fc.assert(
      fc.asyncProperty(fc.array(markStep, { minLength: 1, maxLength: 10 }), async (steps) => {
        const el = await fixture<LdnSideEffectList>(html`<ldn-side-effect-list></ldn-side-effect-list>`);
        let shown: string[] = [];
        let lastSet: string[] | undefined;
        for (const s of steps) {
          if (s.kind === 'page') {
            if (JSON.stringify(lastSet) !== JSON.stringify(s.list)) shown = [...s.list];
            lastSet = [...s.list];
            el.selected = [...s.list];
          } else if (s.kind === 'page-again') {
            if (lastSet) el.selected = [...lastSet];
          } else if (s.kind === 'page-garbage') {
            el.selected = s.value as never;
          } else {
            shown = shown.includes(s.id) ? shown.filter((id) => id !== s.id) : [...shown, s.id];
            await toggleMark(el, s.id);
          }
          await el.updateComplete;
          expect(inListOrder(markedIds(el)), JSON.stringify(s)).to.deep.equal(inListOrder(shown));
        }
        el.remove();
      }),
      runs(40),
    );
  });

  it('a list read from a property is the page’s own copy: changing it in place and setting it back is the page’s intent (30 runs)', async () => {
    // A page that reads `medications`, edits that array in place and sets it back must see its
    // edit shown; and until it sets it back, the element's list must not have changed under it.
    type ListProperty = {
      tag: string;
      property: 'medications' | 'conditions' | 'selected';
      pool: string[];
      shown: (el: HTMLElement) => string[];
    };
    const LISTS: ListProperty[] = [
      { tag: 'ldn-interaction-checker', property: 'medications', pool: NAMES, shown: chipTexts },
      {
        tag: 'ldn-interaction-checker',
        property: 'conditions',
        pool: ['liver-disease', 'pregnancy', 'breastfeeding'],
        shown: (el) =>
          [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')].map((i) => i.value),
      },
      {
        tag: 'ldn-side-effect-list',
        property: 'selected',
        pool: ['nausea', 'headache', 'vivid-dreams', 'dry-mouth'],
        shown: markedIds,
      },
    ];
    const sorted = (list: string[]) => [...list].sort();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...LISTS),
        fc.uniqueArray(fc.nat({ max: 3 }), { minLength: 1, maxLength: 3 }),
        fc.nat({ max: 3 }),
        fc.constantFrom('push', 'splice', 'reverse-and-push'),
        async ({ tag, property, pool, shown }, startIndexes, addIndex, edit) => {
          const start = startIndexes.map((i) => pool[i % pool.length]!).filter((v, i, a) => a.indexOf(v) === i);
          const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> } & Record<
              string,
              unknown
            >;
          el[property] = [...start];
          document.body.append(el);
          await el.updateComplete;
          const list = el[property] as string[];
          const extra = pool.find((v) => !start.includes(v)) ?? pool[addIndex % pool.length]!;
          if (edit === 'push') list.push(extra);
          else if (edit === 'splice') list.splice(0, 1, extra);
          else list.reverse().push(extra);
          expect([...(el[property] as string[])], 'the element’s list is not the page’s array').to.deep.equal(start);
          const intended = [...list];
          el[property] = list;
          await el.updateComplete;
          expect(sorted(shown(el)), `${tag}.${property} after ${edit}`).to.deep.equal(sorted([...new Set(intended)]));
          el.remove();
        },
      ),
      runs(30),
    );
  });

  it('refuses a medication list the check cannot take (a name over 200 characters, over 100 names), by property or attribute, and keeps the list (25 runs)', async () => {
    const tooLong = fc.tuple(fc.nat({ max: 2 }), fc.integer({ min: 201, max: 5000 })).map(([at, length]) => {
      const list = ['Copaxone', 'Ultram'];
      list.splice(at, 0, 'x'.repeat(length));
      return list;
    });
    const tooMany = fc
      .integer({ min: 101, max: 300 })
      .map((count) => Array.from({ length: count }, (_, i) => `Medicine ${i}`));
    await fc.assert(
      fc.asyncProperty(fc.oneof(tooLong, tooMany), fc.boolean(), async (list, asAttribute) => {
        const el = await fixture<LdnInteractionChecker>(
          html`<ldn-interaction-checker medications="Vicodin"></ldn-interaction-checker>`,
        );
        await addMedicine(el, 'Avonex');
        const errors = recordEvents<LdnErrorDetail>(el, 'ldn-error');
        if (asAttribute) el.setAttribute('medications', list.join(', '));
        else el.medications = list;
        await el.updateComplete;
        expect(
          errors.map((e) => e.detail.source),
          'ldn-error names the property',
        ).to.deep.equal(['medications']);
        expect(errors[0]!.detail.issues[0]!.path[0]).to.equal('medications');
        expect(el.shadowRoot!.querySelector('[role="alert"] code')?.textContent).to.equal('medications');
        expect(chipTexts(el), 'the list is kept').to.deep.equal(['Vicodin', 'Avonex']);
        expect(el.status, 'the check of what is shown still runs').to.equal('checked');
        expect(shownSeverities(el)).to.deep.equal(['avoid', 'caution']);
        el.remove();
      }),
      runs(25),
    );
  });

  it('re-setting the same attribute keeps the person’s addition', async () => {
    const el = await fixture<LdnInteractionChecker>(
      html`<ldn-interaction-checker medications="Vicodin, Copaxone"></ldn-interaction-checker>`,
    );
    await addMedicine(el, 'Ultram');
    el.setAttribute('medications', 'Vicodin, Copaxone');
    await el.updateComplete;
    expect(chipTexts(el)).to.deep.equal(['Vicodin', 'Copaxone', 'Ultram']);
    el.setAttribute('medications', 'Avonex');
    await el.updateComplete;
    expect(chipTexts(el), 'new content from the page is its intent').to.deep.equal(['Avonex']);
  });

  it('takes a frozen array and a comma-separated string; ignores undefined and null', async () => {
    const el = await fixture<LdnInteractionChecker>(html`<ldn-interaction-checker></ldn-interaction-checker>`);
    el.medications = Object.freeze(['Vicodin', 'Copaxone']);
    await addMedicine(el, 'Ultram');
    expect(chipTexts(el)).to.deep.equal(['Vicodin', 'Copaxone', 'Ultram']);
    for (const value of [undefined, null]) {
      el.medications = value as never;
      await el.updateComplete;
      expect(chipTexts(el)).to.deep.equal(['Vicodin', 'Copaxone', 'Ultram']);
      expect(hasAlert(el)).to.be.false;
    }
    el.medications = 'Avonex, Rebif' as never;
    await el.updateComplete;
    expect(chipTexts(el)).to.deep.equal(['Avonex', 'Rebif']);
  });

  it('refuses garbage with the alert and ldn-error, keeps the list, and the next add appends to it', async () => {
    const el = await fixture<LdnInteractionChecker>(
      html`<ldn-interaction-checker .medications=${['Vicodin']}></ldn-interaction-checker>`,
    );
    const errors = recordEvents<LdnErrorDetail>(el, 'ldn-error');
    el.medications = 42 as never;
    await el.updateComplete;
    expect(hasAlert(el)).to.be.true;
    expect(errors.map((e) => e.detail.source)).to.deep.equal(['medications']);
    expect(chipTexts(el)).to.deep.equal(['Vicodin']);
    expect(shownSeverities(el)).to.deep.equal(['avoid']);
    await addMedicine(el, 'Ultram');
    expect(chipTexts(el)).to.deep.equal(['Vicodin', 'Ultram']);
    expect(hasAlert(el), "the person's edit replaces the refused value").to.be.false;
  });

  it('ldn-interactions-change carries findings, medications and conditions', async () => {
    const el = await fixture<LdnInteractionChecker>(html`<ldn-interaction-checker></ldn-interaction-checker>`);
    const changes = recordEvents<LdnInteractionsChangeDetail>(el, 'ldn-interactions-change');
    el.medications = ['Copaxone'];
    el.conditions = ['pregnancy', 'kidney'];
    await el.updateComplete;
    await addMedicine(el, 'Ultram');
    const last = changes.at(-1)!.detail;
    expect(last.medications).to.deep.equal(['Copaxone', 'Ultram']);
    expect(last.conditions, 'known ids only').to.deep.equal(['pregnancy']);
    expect(last.findings.map((f) => f.severity)).to.include('avoid');
  });

  it('keeps the person’s category when the page re-sets its own, and refuses an unknown one', async () => {
    const el = await fixture<LdnSideEffectList>(html`<ldn-side-effect-list category="sleep"></ldn-side-effect-list>`);
    await chooseCategory(el, 'digestive');
    el.category = 'sleep';
    await el.updateComplete;
    expect(el.category).to.equal('digestive');
    el.category = 'skin' as never;
    await el.updateComplete;
    expect(el.category).to.equal('digestive');
    expect(hasAlert(el)).to.be.true;
  });

  it('<ldn-dose-card>: equal values set again change nothing; a bad one shows the alert and no schedule', async () => {
    const card = await fixture<LdnDoseCard>(html`<ldn-dose-card target-dose="3"></ldn-dose-card>`);
    const changes = recordEvents(card, 'ldn-schedule-change');
    card.targetDose = 3;
    card.setAttribute('target-dose', '3');
    await card.updateComplete;
    expect(changes, 'no change, no event').to.have.length(0);
    card.targetDose = 'lots' as never;
    await card.updateComplete;
    expect(hasAlert(card)).to.be.true;
    expect(changes.at(-1)?.detail, 'never a guessed schedule').to.deep.equal({ schedule: null });
  });
});
