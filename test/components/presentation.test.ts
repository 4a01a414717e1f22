import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import '../helpers/lit-warnings.js';

type LdnHost = HTMLElement & { updateComplete: Promise<boolean> };

const TAGS = ['ldn-dose-card', 'ldn-interaction-checker', 'ldn-side-effect-list'] as const;
const ATTRIBUTES: Record<(typeof TAGS)[number], Record<string, string>> = {
  'ldn-dose-card': { 'start-date': '2026-03-01', 'step-dose': '1.5', 'step-days': '14' },
  'ldn-interaction-checker': { medications: 'Vicodin, Copaxone, Mystery tonic', conditions: 'pregnancy' },
  'ldn-side-effect-list': { selected: 'nausea' },
};

async function place(tag: (typeof TAGS)[number], wrapper: HTMLElement): Promise<LdnHost> {
  const el = document.createElement(tag) as LdnHost;
  for (const [name, value] of Object.entries(ATTRIBUTES[tag])) el.setAttribute(name, value);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

/** Elements inside the shadow root wider than the host's content box: content lost at this width. */
function overflowing(el: LdnHost): string[] {
  const limit = el.getBoundingClientRect().right + 1;
  const start = el.getBoundingClientRect().left - 1;
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]
    .filter((node) => {
      if (node.closest('.table-scroll, [role="region"]')) return false; // scrolls on purpose, keyboard reachable
      const box = node.getBoundingClientRect();
      return box.width > 0 && (box.right > limit || box.left < start);
    })
    .map((node) => `${node.tagName.toLowerCase()}.${node.className}`);
}

/**
 * What WCAG 2.2 AA asks of presentation, for all three elements in one place: a visible focus
 * ring reached by keyboard, right-to-left pages, reduced motion, forced colours, and no content
 * lost at 320 px with 200 % text.
 */
describe('presentation across the three elements', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none' });
    await setViewport({ width: 800, height: 600 });
    document.documentElement.style.fontSize = '';
  });

  for (const tag of TAGS) {
    it(`${tag}: the first control reached with Tab shows a visible focus ring`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button></div>`);
      const el = await place(tag, wrapper);
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      const focused = el.shadowRoot!.activeElement as HTMLElement | null;
      expect(focused, 'Tab moves into the element').to.exist;
      const style = getComputedStyle(focused!);
      expect(style.outlineStyle).to.not.equal('none');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });

    it(`${tag}: right to left, reduced motion and forced colours stay accessible`, async () => {
      await emulateMedia({ reducedMotion: 'reduce', forcedColors: 'active' });
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"></div>`);
      const el = await place(tag, wrapper);
      expect(getComputedStyle(el).direction).to.equal('rtl');
      for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
        expect(parseFloat(getComputedStyle(node).transitionDuration) || 0, node.tagName).to.equal(0);
      }
      await expect(el).to.be.accessible();
    });

    it(`${tag}: loses nothing at 320 px wide with 200 % text`, async () => {
      await setViewport({ width: 320, height: 640 });
      document.documentElement.style.fontSize = '200%';
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = await place(tag, wrapper);
      expect(overflowing(el)).to.deep.equal([]);
      expect(document.documentElement.scrollWidth, 'no horizontal page scroll').to.be.at.most(320);
    });
  }
});
