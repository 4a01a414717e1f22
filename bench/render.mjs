// Render benchmark: headless Chromium loads bench/render-page.html, which includes the
// script-tag build (dist/ldn-widgets.js) as a portal page would. Each measurement is a fresh page:
// from the moment the script has loaded, the time to render 100 instances of one element (and,
// on another fresh page, the first instance alone), and the JS heap those 100 instances keep.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { CHROME_FLAGS, findChrome } from '../scripts/find-chrome.mjs';
import { median, round, roundSpread, spread } from './stats.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PAGE = '/bench/render-page.html';
const SERVED = [join(ROOT, 'dist') + sep, join(ROOT, 'bench') + sep];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** What a portal page shows: each element as it first appears, and the checker with medicines filled in. */
export const SCENARIOS = [
  { name: 'ldn-dose-card', tag: 'ldn-dose-card', attributes: {} },
  { name: 'ldn-dose-card (start-date)', tag: 'ldn-dose-card', attributes: { 'start-date': '2025-03-03' } },
  { name: 'ldn-interaction-checker', tag: 'ldn-interaction-checker', attributes: {} },
  {
    name: 'ldn-interaction-checker (3 medicines)',
    tag: 'ldn-interaction-checker',
    attributes: { medications: 'Vicodin, Copaxone, Avonex', conditions: 'pregnancy' },
  },
  { name: 'ldn-side-effect-list', tag: 'ldn-side-effect-list', attributes: {} },
];

/** Serves dist/ and bench/ only, on a free local port. */
async function startServer() {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const file = normalize(join(ROOT, path));
    if (!SERVED.some((folder) => file.startsWith(folder))) return response.writeHead(404).end();
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** One fresh page: load, then time `count` instances; optionally the heap they keep. */
async function measureOnce(browser, origin, scenario, count, withHeap, method = 'render', options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  try {
    await page.goto(origin + PAGE, { waitUntil: 'load' });
    const cdp = withHeap ? await context.newCDPSession(page) : undefined;
    const heapBefore = cdp ? await heapUsed(cdp) : 0;
    const timing = await page.evaluate(
      ({ method, tag, attributes, count, options }) => window.ldnBench[method](tag, attributes, count, options),
      { method, tag: scenario.tag, attributes: scenario.attributes, count, options },
    );
    const heapAfter = cdp ? await heapUsed(cdp) : 0;
    if (errors.length > 0) throw new Error(`${scenario.name}: page errors: ${errors.join(' | ')}`);
    if (timing.emptyInstances) throw new Error(`${scenario.name}: ${timing.emptyInstances} instances rendered nothing`);
    return { ...timing, heapBytes: heapAfter - heapBefore };
  } finally {
    await context.close();
  }
}

const summary = (values, decimals = 2) => roundSpread(spread(values), decimals);

export async function runRenderBenchmark({ runs = 5, count = 100, log = console.log } = {}) {
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: CHROME_FLAGS });
  const byScenario = {};
  try {
    // One throw-away page so the browser's own start-up is not on the first scenario's clock.
    await measureOnce(browser, server.origin, SCENARIOS[0], 1, false);
    for (const scenario of SCENARIOS) {
      const hundred = [];
      const first = [];
      const staticCopy = [];
      const withContentVisibility = [];
      for (let run = 0; run < runs; run++) {
        hundred.push(await measureOnce(browser, server.origin, scenario, count, true));
        first.push(await measureOnce(browser, server.origin, scenario, 1, false));
        staticCopy.push(await measureOnce(browser, server.origin, scenario, count, false, 'renderStaticCopy'));
        withContentVisibility.push(
          await measureOnce(browser, server.origin, scenario, count, false, 'render', { contentVisibility: true }),
        );
      }
      byScenario[scenario.name] = {
        hundredInstancesMs: summary(hundred.map((r) => r.layoutMs)),
        hundredInstancesRenderedMs: summary(hundred.map((r) => r.renderedMs)),
        hundredInstancesFrameMs: summary(hundred.map((r) => r.frameMs)),
        firstRenderMs: summary(first.map((r) => r.layoutMs)),
        firstRenderFrameMs: summary(first.map((r) => r.frameMs)),
        hundredInstancesHeapBytes: Math.round(median(hundred.map((r) => r.heapBytes))),
        // Same DOM cloned without Lit or the core: what the browser alone needs for this much content.
        hundredStaticCopiesMs: summary(staticCopy.map((r) => r.layoutMs)),
        // Lit's time over the floor, per pair of pages measured back to back (same machine load).
        litToFloorRatio: summary(
          hundred.map((r, i) => r.layoutMs / staticCopy[i].layoutMs),
          2,
        ),
        // With the page rule README.md offers: content-visibility: auto on the element.
        hundredWithContentVisibilityMs: summary(withContentVisibility.map((r) => r.layoutMs)),
        couldNotCheck: hundred[0].couldNotCheck,
      };
      log(
        `  ${scenario.name}: ${count} in ${byScenario[scenario.name].hundredInstancesMs.median} ms, ` +
          `first in ${byScenario[scenario.name].firstRenderMs.median} ms ` +
          `(same DOM cloned, no Lit: ${byScenario[scenario.name].hundredStaticCopiesMs.median} ms; ` +
          `before layout: ${byScenario[scenario.name].hundredInstancesRenderedMs.median} ms; ` +
          `with content-visibility: ${byScenario[scenario.name].hundredWithContentVisibilityMs.median} ms)`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  // The headline figures are the slowest scenario's medians: the budget holds for every element.
  const worst = (key) => Math.max(...Object.values(byScenario).map((s) => s[key].median ?? s[key]));
  return {
    browser: `${browser.version()} (headless)`,
    instances: count,
    runs,
    measuredUntil: 'every instance rendered (updateComplete) and page style + layout done',
    hundredInstancesMs: round(worst('hundredInstancesMs'), 2),
    firstRenderMs: round(worst('firstRenderMs'), 2),
    hundredInstancesHeapBytes: Math.max(...Object.values(byScenario).map((s) => s.hundredInstancesHeapBytes)),
    byScenario,
  };
}
