// Load benchmark: what a page pays on its main thread to show the widgets. Headless Chromium
// loads, from a fresh context each time, a page with the script tag (dist/ldn-widgets.js) and one
// of each element, and the same page with ten Shoelace components (its prebuilt cdn/ build, a
// devDependency, from the same local server), alternating the two. A Chromium trace of each load
// gives every main-thread task of the page's renderer until every element is defined, updated and
// painted once: their sum (main-thread time), the longest, and the Total Blocking Time.
import { chromium } from 'playwright';
import { CHROME_FLAGS, findChrome } from '../scripts/find-chrome.mjs';
import { startStaticServer } from './static-server.mjs';
import { roundSpread, spread } from './stats.mjs';

export const LOAD_PAGES = {
  'ldn-widgets': '/bench/pages/load-ldn.html',
  'Shoelace 2 (ten components)': '/bench/pages/load-shoelace.html',
  // The same page with no script and no component: what any navigation costs the renderer here.
  baseline: '/bench/pages/load-blank.html',
};
const CATEGORIES = [
  'toplevel',
  'disabled-by-default-devtools.timeline',
  'devtools.timeline',
  'blink.user_timing',
  'v8.execute',
];

/** Main-thread tasks of the renderer that ran the page, from navigation until the "bench-ready" mark. */
export function tasksFromTrace(events) {
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const ready = events.find((e) => e.name === 'bench-ready');
  if (!ready) throw new Error('trace has no "bench-ready" mark');
  const thread = `${ready.pid}:${ready.tid}`;
  if (!mainThreads.has(thread)) throw new Error('"bench-ready" was not marked on a renderer main thread');
  const navigation = events.find(
    (e) => `${e.pid}:${e.tid}` === thread && e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame,
  );
  if (!navigation) throw new Error('trace has no main-frame navigationStart');
  const start = navigation.ts;
  return events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && `${e.pid}:${e.tid}` === thread)
    .filter((e) => e.ts + e.dur >= start && e.ts <= ready.ts)
    .map((e) => e.dur / 1000);
}

async function measureOnce(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  try {
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => typeof window.benchReadyAt === 'number', null, { timeout: 30_000 });
    const metrics = Object.fromEntries(
      (await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value]),
    );
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    if (errors.length > 0) throw new Error(`${url}: ${errors.join(' | ')}`);
    const tasks = tasksFromTrace(trace.traceEvents ?? trace);
    return {
      mainThreadMs: tasks.reduce((a, b) => a + b, 0),
      longestTaskMs: Math.max(...tasks),
      totalBlockingMs: tasks.reduce((sum, ms) => sum + Math.max(0, ms - 50), 0),
      readyMs: await page.evaluate(() => window.benchReadyAt),
      // Chromium's own counters for the renderer (CDP Performance.getMetrics), in ms.
      scriptMs: metrics.ScriptDuration * 1000,
      styleAndLayoutMs: (metrics.RecalcStyleDuration + metrics.LayoutDuration) * 1000,
      taskMs: metrics.TaskDuration * 1000,
    };
  } finally {
    await context.close();
  }
}

export async function runLoadBenchmark({ runs = 7, log = console.log } = {}) {
  const server = await startStaticServer();
  const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: CHROME_FLAGS });
  const samples = Object.fromEntries(Object.keys(LOAD_PAGES).map((name) => [name, []]));
  try {
    // One load of each, not counted: the browser's own start-up lands there.
    for (const path of Object.values(LOAD_PAGES)) await measureOnce(browser, server.origin + path);
    for (let run = 0; run < runs; run++) {
      for (const [name, path] of Object.entries(LOAD_PAGES))
        samples[name].push(await measureOnce(browser, server.origin + path));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  // Main-thread time the components add: each load minus the baseline load of the same round.
  for (const name of Object.keys(LOAD_PAGES)) {
    samples[name].forEach((s, i) => (s.addedMs = s.mainThreadMs - samples.baseline[i].mainThreadMs));
  }
  const summarise = (list) => ({
    addedMs: roundSpread(spread(list.map((s) => s.addedMs)), 1),
    mainThreadMs: roundSpread(spread(list.map((s) => s.mainThreadMs)), 1),
    longestTaskMs: roundSpread(spread(list.map((s) => s.longestTaskMs)), 1),
    totalBlockingMs: roundSpread(spread(list.map((s) => s.totalBlockingMs)), 1),
    readyMs: roundSpread(spread(list.map((s) => s.readyMs)), 1),
    scriptMs: roundSpread(spread(list.map((s) => s.scriptMs)), 1),
    styleAndLayoutMs: roundSpread(spread(list.map((s) => s.styleAndLayoutMs)), 1),
    rendererTaskMs: roundSpread(spread(list.map((s) => s.taskMs)), 1),
  });
  const [ours, peerName] = Object.keys(LOAD_PAGES);
  const mine = summarise(samples[ours]);
  const peer = summarise(samples[peerName]);
  // Ratio per pair of loads run back to back, so a change in machine load hits both alike.
  const ratios = samples[ours].map((s, i) => s.addedMs / samples[peerName][i].addedMs);
  log(
    `  ${ours}: main thread +${mine.addedMs.median} ms over a bare page, longest task ${mine.longestTaskMs.median} ms; ` +
      `${peerName}: +${peer.addedMs.median} ms, longest ${peer.longestTaskMs.median} ms`,
  );
  return {
    runs,
    measuredUntil: 'every custom element defined, updated and painted once (trace of the renderer main thread)',
    mainThreadIs: 'sum of main-thread tasks from navigation to ready, minus the same for a bare page in the same round',
    mainThreadMs: mine.addedMs.median,
    longestTaskMs: mine.longestTaskMs.median,
    detail: mine,
    ratioToPeer: roundSpread(spread(ratios), 2),
    baseline: summarise(samples.baseline),
    peer: { name: peerName, mainThreadMs: peer.addedMs.median, longestTaskMs: peer.longestTaskMs.median, detail: peer },
  };
}
