// A static page generated in Node, loaded in Chromium twice: with JavaScript off (every fact and
// finding readable, axe-clean, printable, script-only controls unseen) and with it on (hydrated
// in place: no second copy, no console error or Lit warning, interactive, in the page's language).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser } from '../dist/browser.mjs';
import { renderPage, startPageServer } from './page.mjs';

const TAGS = 'ldn-dose-card, ldn-interaction-checker, ldn-side-effect-list';

/** axe on the whole page (open shadow roots included), WCAG 2.x A and AA rules. */
async function axeViolations(page) {
  await page.addScriptTag({ url: '/axe.js' });
  return page.evaluate(async () => {
    const results = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Per element id: visible text of its shadow root, headings in it, and whether it is defined. */
function describeElements(page) {
  return page.evaluate((tags) => {
    const out = {};
    for (const el of document.querySelectorAll(tags)) {
      const root = el.shadowRoot;
      out[el.id] = {
        text: root ? root.textContent.replace(/\s+/g, ' ') : '',
        headings: root ? root.querySelectorAll('.heading').length : 0,
        tables: root ? root.querySelectorAll('table').length : 0,
        findings: root ? root.querySelectorAll('li.finding').length : 0,
        chips: root ? root.querySelectorAll('li.chip').length : 0,
        alert: root?.querySelector('[role="alert"]')?.innerText.replace(/\s+/g, ' ').trim() ?? null,
        defined: customElements.get(el.localName) !== undefined,
      };
    }
    return out;
  }, TAGS);
}

describe('server-rendered page in Chromium', () => {
  let server;
  let browser;
  before(async () => {
    server = await startPageServer({
      '/page.html': await renderPage(),
      '/page-es.html': await renderPage({ lang: 'es' }),
      '/no-script.html': await renderPage({ script: false }),
      '/blank.html':
        '<!doctype html><html lang="en"><head><title>client</title><script type="module" src="/client.js"></script></head><body></body></html>',
    });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  describe('with JavaScript disabled', () => {
    let context;
    let page;
    before(async () => {
      context = await browser.newContext({ javaScriptEnabled: false });
      page = await context.newPage();
      await page.goto(`${server.origin}/page.html`);
    });
    after(() => context.close());

    it('shows every element’s content from its declarative shadow root', async () => {
      const elements = await describeElements(page);
      assert.equal(elements.card.defined, false);
      assert.match(elements.card.text, /How to take low-dose naltrexone/);
      assert.equal(elements.card.tables, 1);
      assert.match(elements.card.text, /Mar 1, 2025/);
      assert.equal(elements.checker.findings, 3);
      assert.match(elements.checker.text, /Ultram/);
      assert.match(elements.checker.text, /Pregnancy/);
      assert.match(elements.effects.text, /Vivid dreams|vivid dreams/i);
      assert.match(elements.bad.alert, /start-dose/);
      for (const { headings } of Object.values(elements)) assert.equal(headings, 1);
    });

    it('is axe-clean', async () => {
      // axe needs timers, which do not run with JavaScript off: audit the same server HTML served
      // without the widgets' script instead, so the elements stay undefined just the same.
      const audited = await browser.newPage();
      await audited.goto(`${server.origin}/no-script.html`);
      assert.equal(await audited.evaluate(() => customElements.get('ldn-dose-card')), undefined);
      assert.deepEqual(await axeViolations(audited), []);
      await audited.close();
    });

    it('keeps controls that need the script unseen, and the disclosures work natively', async () => {
      const state = await page.evaluate(() => {
        const q = (id, selector) => document.getElementById(id).shadowRoot.querySelector(selector);
        const seen = (el) => el.checkVisibility({ visibilityProperty: true });
        return {
          combobox: seen(q('checker', '.combobox')),
          conditions: seen(q('checker', '.conditions')),
          print: seen(q('checker', '.print-button')),
          filter: seen(q('effects', '.filter')),
          mark: seen(q('effects', '.mark')),
          calendar: seen(q('card', '.calendar')),
          findings: seen(q('checker', '.findings')),
        };
      });
      assert.deepEqual(state, {
        combobox: false,
        conditions: false,
        print: false,
        filter: false,
        mark: false,
        calendar: false,
        findings: true,
      });
      await page.locator('#effects summary').first().click();
      assert.equal(await page.locator('#effects details').first().getAttribute('open'), '');
    });

    it('prints the schedule and the findings', async () => {
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => {
        const q = (id, selector) => document.getElementById(id).shadowRoot.querySelector(selector);
        return [q('card', 'table'), q('checker', '.findings'), q('effects', '.effects')].map((el) =>
          el.checkVisibility(),
        );
      });
      assert.deepEqual(printed, [true, true, true]);
      const pdf = await page.pdf();
      assert.ok(pdf.length > 10000);
      await page.emulateMedia({ media: 'screen' });
    });
  });

  describe('with JavaScript', () => {
    /** Opens `path`, waits for every element to hydrate and settle; records console problems. */
    async function open(path) {
      const page = await browser.newPage();
      const problems = [];
      page.on('console', (message) => {
        const text = message.text();
        if ((message.type() === 'error' || message.type() === 'warning') && !text.includes('Lit is in dev mode')) {
          problems.push(`${message.type()}: ${text}`);
        }
      });
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      await page.goto(`${server.origin}${path}`);
      await page.waitForFunction(
        (tags) => [...document.querySelectorAll(tags)].every((el) => el.hasUpdated && !el.isUpdatePending),
        TAGS,
      );
      await page.evaluate(async (tags) => {
        for (const el of document.querySelectorAll(tags)) await el.updateComplete;
      }, TAGS);
      return { page, problems };
    }

    it('hydrates in place: one copy of each element’s content, no console error or Lit warning', async () => {
      const { page, problems } = await open('/page.html');
      const elements = await describeElements(page);
      for (const [id, element] of Object.entries(elements)) {
        assert.equal(element.defined, true, id);
        assert.equal(element.headings, 1, `${id}: one heading`);
      }
      assert.equal(elements.card.tables, 1);
      assert.equal(elements.checker.findings, 3);
      assert.equal(elements.checker.chips, 2);
      assert.equal((elements.card.text.match(/How to take low-dose naltrexone/g) ?? []).length, 1);
      assert.deepEqual(problems, []);
      await page.close();
    });

    it('offers the calendar file only now, as a local blob: URL', async () => {
      const { page, problems } = await open('/page.html');
      const link = page.locator('#card [part="calendar-button"]');
      assert.match(await link.getAttribute('href'), /^blob:http/);
      assert.equal(await link.isVisible(), true);
      assert.deepEqual(problems, []);
      await page.close();
    });

    it('switches to the page’s language once hydrated when the server could not see it, and stays Spanish on a Spanish page', async () => {
      const { page, problems } = await open('/page.html');
      assert.match((await describeElements(page))['card-es'].text, /Cómo tomar la naltrexona/);
      await page.close();
      const es = await open('/page-es.html');
      const elements = await describeElements(es.page);
      assert.match(elements.card.text, /Cómo tomar la naltrexona/);
      assert.match(elements.checker.text, /Revise sus medicamentos/);
      assert.match(elements.effects.text, /efectos secundarios/i);
      assert.deepEqual([...problems, ...es.problems], []);
      await es.page.close();
    });

    it('is interactive: typeahead, chips, checkboxes, disclosures, print', async () => {
      const { page, problems } = await open('/page.html');
      const checker = page.locator('#checker');
      await checker.locator('[role="combobox"]').fill('glatir');
      await checker.locator('[role="option"]').first().waitFor();
      await checker.locator('[role="combobox"]').press('ArrowDown');
      await checker.locator('[role="combobox"]').press('Enter');
      await page.waitForFunction(
        () => document.getElementById('checker').shadowRoot.querySelectorAll('li.chip').length === 3,
      );
      await checker.locator('[part="chip-remove"]').first().click();
      await page.waitForFunction(
        () => document.getElementById('checker').shadowRoot.querySelectorAll('li.chip').length === 2,
      );
      await checker.locator('#condition-liver-disease').check();
      await page.waitForFunction(
        () =>
          document.getElementById('checker').shadowRoot.querySelectorAll('li.finding[data-kind="condition"]').length ===
          2,
      );
      assert.equal(await checker.locator('#condition-pregnancy').isChecked(), true);

      await page.evaluate(() => {
        window.printed = 0;
        window.print = () => window.printed++;
      });
      await checker.locator('[part="print-button"]').click();
      assert.equal(await page.evaluate(() => window.printed), 1);

      const effects = page.locator('#effects');
      await effects.locator('summary').first().click();
      assert.equal(await effects.locator('details').first().getAttribute('open'), '');
      await effects.locator('.mark input').first().check();
      await page.waitForFunction(
        () => document.getElementById('effects').shadowRoot.querySelectorAll('.discuss-list li').length === 1,
      );
      assert.deepEqual(problems, []);
      await page.close();
    });

    it('shows the same alert text for a bad attribute as a browser-rendered element', async () => {
      const server = await open('/page.html');
      const serverAlert = (await describeElements(server.page)).bad.alert;
      await server.page.close();
      const client = await open('/blank.html');
      const clientAlert = await client.page.evaluate(async () => {
        const el = document.createElement('ldn-dose-card');
        el.id = 'bad';
        el.setAttribute('heading-level', '3');
        el.setAttribute('start-dose', 'abc');
        el.setAttribute('form', 'pill');
        document.body.append(el);
        await el.updateComplete;
        return el.shadowRoot.querySelector('[role="alert"]').innerText.replace(/\s+/g, ' ').trim();
      });
      assert.match(serverAlert, /start-dose/);
      assert.match(serverAlert, /form/);
      assert.equal(serverAlert, clientAlert);
      await client.page.close();
    });
  });
});
