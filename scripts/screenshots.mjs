// Screenshots of the demo page for the designer's review and the layout report: each width in light
// and dark, English and Spanish, and one right-to-left. Uses the machine's Chromium (never a download).
//   npm start -- --port 5391   then   node scripts/screenshots.mjs http://localhost:5391/ tmp/shots
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright';
import { CHROME_FLAGS, findChrome } from './find-chrome.mjs';

const [base = 'http://localhost:5173/', out = 'tmp/shots', page = 'index.html'] = process.argv.slice(2);
const WIDTHS = [320, 768, 1280];
const VARIANTS = [
  { name: 'en-light', lang: 'en', scheme: 'light' },
  { name: 'es-dark', lang: 'es', scheme: 'dark' },
  { name: 'es-light', lang: 'es', scheme: 'light' },
  { name: 'en-dark', lang: 'en', scheme: 'dark' },
  { name: 'en-rtl', lang: 'en', scheme: 'light', dir: 'rtl' },
];

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
try {
  for (const width of WIDTHS) {
    for (const v of VARIANTS) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: v.scheme });
      const tab = await context.newPage();
      await tab.goto(new URL(page, base).href, { waitUntil: 'networkidle' });
      // Runs in the page: `globalThis` is the window there.
      await tab.evaluate(({ lang, dir }) => {
        const root = globalThis.document.documentElement;
        root.lang = lang;
        if (dir) root.dir = dir;
      }, v);
      await tab.waitForTimeout(400);
      const stem = `${out}/${page.replace(/\.html$/, '').replace(/\W+/g, '-')}-${width}-${v.name}`;
      await tab.screenshot({ path: `${stem}.png`, fullPage: true });
      // One picture per element too: a whole page is too tall to review at a glance.
      const elements = tab.locator('ldn-dose-card, ldn-interaction-checker, ldn-side-effect-list');
      for (let i = 0; i < (await elements.count()); i++) {
        const el = elements.nth(i);
        const tag = await el.evaluate((node) => node.localName.slice(4));
        await el.screenshot({ path: `${stem}-${i}-${tag}.png` });
      }
      console.log(stem);
      await context.close();
    }
  }
} finally {
  await browser.close();
}
