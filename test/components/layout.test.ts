import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import '../helpers/lit-warnings.js';

/**
 * The designer's screenshots as a test: at a phone's, a tablet's and a desktop's width, in both
 * languages, nothing inside an element reaches past its edge, nothing is clipped in a scroll
 * container, and the text boxes that sit side by side (chart labels, chips, filter pills, the parts
 * of a finding's heading, headings and their neighbours) never overlap.
 */

type LdnHost = HTMLElement & { updateComplete: Promise<boolean> };

interface Case {
  name: string;
  tag: 'ldn-dose-card' | 'ldn-interaction-checker' | 'ldn-side-effect-list';
  attributes: Record<string, string>;
  /** Rendered once this holds (the checker finds its results after the first render). */
  ready?: (root: ShadowRoot) => boolean;
}

const CASES: Case[] = [
  { name: 'dose card, example step', tag: 'ldn-dose-card', attributes: {} },
  {
    name: 'dose card, liquid + dates + spasticity',
    tag: 'ldn-dose-card',
    attributes: {
      'start-date': '2026-03-02',
      form: 'sublingual-liquid',
      concentration: '1',
      spasticity: '',
      'step-dose': '0.5',
      'step-days': '7',
    },
  },
  { name: 'checker, empty', tag: 'ldn-interaction-checker', attributes: {} },
  {
    name: 'checker with an avoid finding',
    tag: 'ldn-interaction-checker',
    attributes: { medications: 'Vicodin, Avonex, Copaxone, Mystery tonic', conditions: 'pregnancy' },
    ready: (root) => root.querySelector('.finding[data-severity="avoid"]') !== null,
  },
  {
    name: 'side-effect list, some marked',
    tag: 'ldn-side-effect-list',
    attributes: { selected: 'nausea, symptom-increase' },
  },
];
const WIDTHS = [320, 768, 1280];
const LANGUAGES = ['en', 'es'] as const;
/** Sub-pixel rounding: boxes that share an edge are not overlapping. */
const EPSILON = 1;

const label = (node: Element) =>
  `${node.localName}.${node.getAttribute('class') ?? ''} "${node.textContent!.trim().slice(0, 40)}"`;
const visible = (node: Element) => {
  const box = node.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
};
const overlap = (a: DOMRect, b: DOMRect) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > EPSILON &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > EPSILON;

/** Every pair of the given boxes that overlaps, named. */
function overlapping(nodes: Element[]): string[] {
  const shown = nodes.filter(visible);
  const pairs: string[] = [];
  for (let i = 0; i < shown.length; i++) {
    for (let j = i + 1; j < shown.length; j++) {
      const [a, b] = [shown[i]!, shown[j]!];
      if (a.contains(b) || b.contains(a)) continue;
      if (overlap(a.getBoundingClientRect(), b.getBoundingClientRect())) pairs.push(`${label(a)} × ${label(b)}`);
    }
  }
  return pairs;
}

/** Descendants whose box reaches past the host's (scroll regions scroll on purpose: checked below). */
function pastTheEdge(el: LdnHost): string[] {
  const host = el.getBoundingClientRect();
  return [...el.shadowRoot!.querySelectorAll('*')]
    .filter((node) => !node.closest('.table-scroll, .visually-hidden, [hidden]') && visible(node))
    .filter((node) => {
      const box = node.getBoundingClientRect();
      return box.left < host.left - EPSILON || box.right > host.right + EPSILON;
    })
    .map(label);
}

/** Scroll containers whose content is wider than their box: clipped, or only reachable by scrolling. */
function clipped(el: LdnHost): string[] {
  const containers = [el, ...el.shadowRoot!.querySelectorAll<HTMLElement>('*')].filter(
    (node) => node === el || ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(node).overflowX),
  );
  return containers
    .filter((node) => !node.classList.contains('visually-hidden') && node.scrollWidth > node.clientWidth + EPSILON)
    .map((node) => `${label(node)}: ${node.scrollWidth} > ${node.clientWidth}`);
}

/** The groups of text boxes that sit side by side and must not overlap. */
function siblingGroups(root: ShadowRoot): Element[][] {
  const groups: Element[][] = [];
  const chart = root.querySelector('.chart-svg');
  if (chart) groups.push([...chart.querySelectorAll('text')]);
  for (const list of root.querySelectorAll('.chips, .filter-options')) groups.push([...list.children]);
  for (const title of root.querySelectorAll('.finding-title')) {
    groups.push([...title.querySelectorAll('.severity-icon, .severity-label, .finding-name')]);
  }
  // Each heading against the elements beside it.
  for (const heading of root.querySelectorAll('h1, h2, h3, h4, h5, h6, .caps-title, legend')) {
    groups.push(
      [heading.previousElementSibling, heading, heading.nextElementSibling].filter((n): n is Element => n !== null),
    );
  }
  return groups;
}

describe('layout at 320, 768 and 1280 px, in English and Spanish', () => {
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  for (const width of WIDTHS) {
    for (const lang of LANGUAGES) {
      for (const c of CASES) {
        it(`${c.name}, ${lang}, ${width} px: nothing past the edge, clipped or overlapping`, async () => {
          await setViewport({ width, height: 800 });
          const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
          const el = document.createElement(c.tag) as LdnHost;
          for (const [name, value] of Object.entries(c.attributes)) el.setAttribute(name, value);
          wrapper.append(el);
          await el.updateComplete;
          if (c.ready) await waitUntil(() => c.ready!(el.shadowRoot!), `${c.name} renders its results`);
          await el.updateComplete;

          expect(el.getBoundingClientRect().width, 'the element fits the page').to.be.at.most(width);
          expect(pastTheEdge(el), 'past the edge').to.deep.equal([]);
          expect(clipped(el), 'clipped').to.deep.equal([]);
          if (c.tag === 'ldn-dose-card') {
            // The chart is drawn and its labels are checked: unit, ticks, steps, the limit, the axis title.
            expect(el.shadowRoot!.querySelectorAll('.chart-svg text').length).to.be.at.least(8);
          }
          for (const group of siblingGroups(el.shadowRoot!)) {
            expect(overlapping(group), 'overlapping').to.deep.equal([]);
          }
          expect(document.documentElement.scrollWidth, 'no horizontal page scroll').to.be.at.most(width);
        });
      }
    }
  }
});
