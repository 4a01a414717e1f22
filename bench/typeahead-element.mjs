// Typeahead in the real element: headless Chromium, the script-tag build, <ldn-interaction-checker>
// given a portal formulary of 10,000+ names through `knowledgeBase`, as a portal would. Each run is
// a fresh page. Measured there:
// - `extendKnowledgeBase` with the formulary: its longest main-thread task (long-task observer;
//   the call's own duration when no task reached 50 ms);
// - the first keystroke after `knowledgeBase` is set: script time from the input event to the
//   listbox updated (`updateComplete`), after a person's pause (1 s) and with no pause at all;
// - warm keystrokes from a typing stream: end to end, input event until after the next frame, and
//   the same stream through fuse.js (threshold 0.3, names.text, same limit) rendering eight
//   options into a plain listbox on the same page: the peer.
import { chromium } from 'playwright';
import { CHROME_FLAGS, findChrome } from '../scripts/find-chrome.mjs';
import { startStaticServer } from './static-server.mjs';
import { roundSpread, spread } from './stats.mjs';

const PAGE = '/bench/pages/typeahead.html';

/** Runs in the page. */
async function inPage({ pauseMs, sessions }) {
  const { Fuse, buildFormularyExtension, buildQueryStream } = window.benchTypeahead;
  const { extendKnowledgeBase, builtInKnowledgeBase } = window.LdnWidgets;
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const afterFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const longTasks = [];
  new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
    type: 'longtask',
  });

  const { extension } = buildFormularyExtension(builtInKnowledgeBase);
  await sleep(100);
  longTasks.length = 0;
  const extendStart = performance.now();
  const knowledgeBase = await extendKnowledgeBase(extension);
  const extendCallMs = performance.now() - extendStart;
  await sleep(100);
  const extendLongestTaskMs = longTasks.length > 0 ? Math.max(...longTasks) : extendCallMs;
  const formularySize = knowledgeBase.medications.reduce((sum, m) => sum + m.names.length, 0);

  const checker = document.querySelector('ldn-interaction-checker');
  const input = checker.shadowRoot.querySelector('input');
  const listbox = checker.shadowRoot.querySelector('[role="listbox"]');
  const type = async (text) => {
    const start = performance.now();
    input.value = text;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
    await checker.updateComplete;
    const scriptMs = performance.now() - start;
    await afterFrame();
    return { scriptMs, endToEndMs: performance.now() - start };
  };

  checker.knowledgeBase = knowledgeBase;
  await checker.updateComplete;
  if (pauseMs > 0) await sleep(pauseMs);
  input.focus();
  const first = await type('v');
  const options = listbox.querySelectorAll('[role="option"]').length;
  if (options === 0) throw new Error('the first keystroke showed no suggestion');

  const queries = buildQueryStream(knowledgeBase, { sessions }).queries.map((q) => q.text);
  for (const text of queries.slice(0, 50)) await type(text); // warm-up
  const warm = [];
  const warmScript = [];
  for (const text of queries) {
    const timing = await type(text);
    warm.push(timing.endToEndMs);
    warmScript.push(timing.scriptMs);
  }

  // The peer: fuse.js over the same medications, rendering eight options the plain way.
  const fuse = new Fuse(knowledgeBase.medications, { keys: ['names.text'], threshold: 0.3, includeScore: true });
  const peerInput = document.querySelector('#peer-input');
  const peerListbox = document.querySelector('#peer-listbox');
  const peerType = async (text) => {
    const start = performance.now();
    peerInput.value = text;
    const results = fuse.search(text, { limit: 8 });
    peerListbox.replaceChildren(
      ...results.map((r) => {
        const li = document.createElement('li');
        li.setAttribute('role', 'option');
        li.textContent = r.item.names[0].text.en ?? String(r.item.id);
        return li;
      }),
    );
    await afterFrame();
    return performance.now() - start;
  };
  for (const text of queries.slice(0, 50)) await peerType(text);
  const peer = [];
  for (const text of queries) peer.push(await peerType(text));

  const p95 = (list) => [...list].sort((a, b) => a - b)[Math.ceil(0.95 * list.length) - 1];
  return {
    formularySize,
    extendCallMs,
    extendLongestTaskMs,
    firstKeystrokeMs: first.scriptMs,
    firstKeystrokeEndToEndMs: first.endToEndMs,
    warmP95Ms: p95(warm),
    warmScriptP95Ms: p95(warmScript),
    peerWarmP95Ms: p95(peer),
    queries: queries.length,
  };
}

async function measureOnce(browser, origin, options) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(origin + PAGE, { waitUntil: 'load' });
    await page.waitForFunction(() => window.benchTypeahead && customElements.get('ldn-interaction-checker'));
    const result = await page.evaluate(inPage, options);
    if (errors.length > 0) throw new Error(`typeahead page: ${errors.join(' | ')}`);
    return result;
  } finally {
    await context.close();
  }
}

export async function runElementTypeaheadBenchmark({ runs = 5, sessions = 40, log = console.log } = {}) {
  const server = await startStaticServer();
  const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: CHROME_FLAGS });
  const paused = [];
  const immediate = [];
  try {
    await measureOnce(browser, server.origin, { pauseMs: 0, sessions: 5 }); // browser start-up, not counted
    for (let run = 0; run < runs; run++) {
      paused.push(await measureOnce(browser, server.origin, { pauseMs: 1000, sessions }));
      immediate.push(await measureOnce(browser, server.origin, { pauseMs: 0, sessions: 5 }));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const s = (list, key) => roundSpread(spread(list.map((r) => r[key])), 2);
  const result = {
    runs,
    formularySize: paused[0].formularySize,
    queries: paused[0].queries,
    firstKeystrokeMs: s(paused, 'firstKeystrokeMs'),
    firstKeystrokeEndToEndMs: s(paused, 'firstKeystrokeEndToEndMs'),
    firstKeystrokeWithoutPauseMs: s(immediate, 'firstKeystrokeMs'),
    extendLongestTaskMs: s([...paused, ...immediate], 'extendLongestTaskMs'),
    extendCallMs: s([...paused, ...immediate], 'extendCallMs'),
    warmP95Ms: s(paused, 'warmP95Ms'),
    warmScriptP95Ms: s(paused, 'warmScriptP95Ms'),
    peerWarmP95Ms: s(paused, 'peerWarmP95Ms'),
  };
  log(
    `  first keystroke ${result.firstKeystrokeMs.median} ms (no pause: ${result.firstKeystrokeWithoutPauseMs.median} ms), ` +
      `extendKnowledgeBase longest task ${result.extendLongestTaskMs.median} ms, warm p95 ${result.warmP95Ms.median} ms ` +
      `(fuse.js ${result.peerWarmP95Ms.median} ms)`,
  );
  return result;
}
