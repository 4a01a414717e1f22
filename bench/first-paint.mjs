// First-paint benchmark: how much earlier the widgets' content is on screen when the page comes
// with it, rendered by ldn-widgets/ssr, than when the script renders it. Headless Chromium loads
// two versions of one page holding the three widgets and nothing else to paint, each from a
// fresh context: "server HTML" (declarative shadow roots + hydrate support + the library) and
// "script only" (empty tags + the library). Both scripts are bundled the same way from dist/esm,
// minified, production Lit. Reported per network/CPU profile: first contentful paint, and the
// time until every element is defined and updated (hydrated or rendered).
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { CHROME_FLAGS, findChrome } from '../scripts/find-chrome.mjs';
import { roundSpread, spread } from './stats.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TAGS = ['ldn-dose-card', 'ldn-interaction-checker', 'ldn-side-effect-list'];
const WIDGETS =
  '<ldn-dose-card start-date="2025-03-03" step-dose="1.5" step-days="7"></ldn-dose-card>' +
  '<ldn-interaction-checker medications="Vicodin, Copaxone" conditions="pregnancy"></ldn-interaction-checker>' +
  '<ldn-side-effect-list></ldn-side-effect-list>';

/** Network and CPU as Lighthouse's mobile preset has them (slow 4G, 4x CPU), and none at all. */
export const PROFILES = [
  { name: 'local, no throttling' },
  {
    name: 'slow 4G, 4x CPU',
    network: {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    },
    cpuRate: 4,
  },
];

async function bundle(contents) {
  const result = await build({
    stdin: { contents, resolveDir: ROOT },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    conditions: ['production', 'browser'],
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

const page = (body, script) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>first paint</title>` +
  `<script type="module" src="${script}"></script></head><body><main>${body}</main></body></html>`;

async function startServer() {
  const { renderToString } = await import('ldn-widgets/ssr');
  const files = new Map([
    ['/server.html', ['text/html; charset=utf-8', await renderToString(page(WIDGETS, '/hydrate.js'))]],
    ['/script.html', ['text/html; charset=utf-8', page(WIDGETS, '/render.js')]],
    [
      '/hydrate.js',
      [
        'text/javascript',
        await bundle("import '@lit-labs/ssr-client/lit-element-hydrate-support.js'; import 'ldn-widgets';"),
      ],
    ],
    ['/render.js', ['text/javascript', await bundle("import 'ldn-widgets';")]],
  ]);
  const server = createServer((request, response) => {
    const file = files.get(new URL(request.url, 'http://localhost').pathname);
    if (!file) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': file[0], 'cache-control': 'no-store' }).end(file[1]);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const bytes = Object.fromEntries([...files].map(([path, [, body]]) => [path, Buffer.byteLength(body)]));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    bytes,
    close: () => new Promise((r) => server.close(r)),
  };
}

/** One fresh context: FCP and "all elements updated" in ms since navigation start. */
async function measureOnce(browser, url, profile) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  if (profile.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', profile.network);
  }
  if (profile.cpuRate) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuRate });
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(url, { waitUntil: 'load' });
  const times = await tab.evaluate(async (tags) => {
    const elements = tags.map((tag) => document.querySelector(tag));
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    await Promise.all(elements.map((el) => el.updateComplete));
    const ready = performance.now();
    const fcp = await new Promise((resolve) => {
      new PerformanceObserver((list) => {
        const entry = list.getEntriesByName('first-contentful-paint')[0];
        if (entry) resolve(entry.startTime);
      }).observe({ type: 'paint', buffered: true });
    });
    return { fcp, ready };
  }, TAGS);
  await context.close();
  if (errors.length > 0) throw new Error(`${url}: ${errors.join('; ')}`);
  return times;
}

export async function runFirstPaintBenchmark({ runs = 7 } = {}) {
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: CHROME_FLAGS });
  try {
    const byProfile = {};
    for (const profile of PROFILES) {
      const samples = { server: { fcp: [], ready: [] }, script: { fcp: [], ready: [] } };
      // A first load of each, not counted: the browser's own start-up costs land there.
      for (const variant of ['server', 'script'])
        await measureOnce(browser, `${server.origin}/${variant}.html`, profile);
      // Alternate the two pages so a change in machine load hits both alike.
      for (let run = 0; run < runs; run++) {
        for (const variant of ['server', 'script']) {
          const { fcp, ready } = await measureOnce(browser, `${server.origin}/${variant}.html`, profile);
          samples[variant].fcp.push(fcp);
          samples[variant].ready.push(ready);
        }
      }
      const gain = samples.script.fcp.map((fcp, i) => fcp - samples.server.fcp[i]);
      byProfile[profile.name] = {
        serverFcpMs: roundSpread(spread(samples.server.fcp), 1),
        scriptFcpMs: roundSpread(spread(samples.script.fcp), 1),
        fcpEarlierMs: roundSpread(spread(gain), 1),
        serverReadyMs: roundSpread(spread(samples.server.ready), 1),
        scriptReadyMs: roundSpread(spread(samples.script.ready), 1),
      };
    }
    return { runs, bytes: server.bytes, byProfile };
  } finally {
    await browser.close();
    await server.close();
  }
}
