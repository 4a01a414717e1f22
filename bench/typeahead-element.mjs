// Typeahead in the real element: headless Chromium, the script-tag build, <ldn-interaction-checker>
// given a portal formulary of 10,000+ names through `knowledgeBase`, as a portal would. Each run is
// a fresh page. Measured there:
// - `extendKnowledgeBase` with the formulary: its longest main-thread task (long-task observer;
//   the call's own duration when no task reached 50 ms). The synchronous call, and the chunked
//   `extendKnowledgeBaseInSlices` (when the build has it; 0 when none of its tasks reached 50 ms),
//   each in its own page;
// - the first keystroke after `knowledgeBase` is set: script time from the input event to the
//   listbox updated (`updateComplete`), after a person's pause (1 s) and with no pause at all;
// - warm keystrokes, as a person types them: real (trusted) key presses through the browser's
//   input pipeline, each after a pause of 40–110 ms (seeded) so it lands anywhere in the 60 Hz
//   frame cycle, as a person's keystroke does. What a person feels is the Event Timing API's
//   duration (INP's measure): from the key event's timestamp to the next paint, in 8 ms steps,
//   reported only from 16 ms up. Beside it, the same from the input event's timestamp until
//   after the next frame (rAF, then a task), to the 0.1 ms, and the script time alone. The peer,
//   fuse.js (threshold 0.3, names.text, same limit) rendering eight options into a plain listbox
//   on the same page, gets the same keystrokes the same way.
//   (Until this change the stream was dispatched from script right after each frame ended, so
//   every keystroke waited a whole frame: the figure was the 16.7 ms frame period plus the work,
//   for both engines, whatever they did.)
import { chromium } from 'playwright';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { CHROME_FLAGS, findChrome } from '../scripts/find-chrome.mjs';
import { createRandom } from './formulary.mjs';
import { startStaticServer } from './static-server.mjs';
import { roundSpread, spread } from './stats.mjs';

const PAGE = '/bench/pages/typeahead.html';
/** Event Timing's smallest reporting threshold: shorter interactions are not reported at all. */
const EVENT_TIMING_THRESHOLD_MS = 16;

/** Runs in the page: the formulary, the extension call, the first keystroke. */
async function setUp({ pauseMs, sessions, extend }) {
  const { buildFormularyExtension, buildQueryStream } = window.benchTypeahead;
  const LdnWidgets = window.LdnWidgets;
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const afterFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const longTasks = [];
  new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
    type: 'longtask',
  });

  const { extension } = buildFormularyExtension(LdnWidgets.builtInKnowledgeBase);
  await sleep(100);
  longTasks.length = 0;
  const sliced = extend === 'slices' && typeof LdnWidgets.extendKnowledgeBaseInSlices === 'function';
  const extendStart = performance.now();
  const knowledgeBase = sliced
    ? await LdnWidgets.extendKnowledgeBaseInSlices(extension)
    : await LdnWidgets.extendKnowledgeBase(extension);
  const extendCallMs = performance.now() - extendStart;
  await sleep(100);
  // The long-task API reports tasks of 50 ms or more. The one synchronous call is one task, so
  // without an entry its own duration is its task; the sliced call is many tasks, so without an
  // entry none of them reached 50 ms: 0 then means "under 50 ms", not its (many-task) duration.
  const extendLongestTaskMs = longTasks.length > 0 ? Math.max(...longTasks) : sliced ? 0 : extendCallMs;
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
    return { start, scriptMs, endToEndMs: performance.now() - start };
  };

  checker.knowledgeBase = knowledgeBase;
  await checker.updateComplete;
  if (pauseMs > 0) await sleep(pauseMs);
  input.focus();
  longTasks.length = 0;
  const first = await type('v');
  // With no pause the index may still be building in slices: the keystroke is answered at once
  // and its suggestions follow. How long until they show, and the longest task meanwhile.
  const shown = () => listbox.querySelectorAll('[role="option"]').length > 0;
  while (!shown() && performance.now() - first.start < 5000) await afterFrame();
  if (!shown()) throw new Error('the first keystroke showed no suggestion');
  const firstSuggestionsMs = performance.now() - first.start;
  await sleep(60);
  const firstLongestTaskMs = Math.max(0, ...longTasks);
  await type('');

  // The peer: fuse.js over the same medications, rendering eight options the plain way.
  const fuse = new window.benchTypeahead.Fuse(knowledgeBase.medications, {
    keys: ['names.text'],
    threshold: 0.3,
    includeScore: true,
  });
  const peerInput = document.querySelector('#peer-input');
  const peerListbox = document.querySelector('#peer-listbox');
  peerInput.addEventListener('input', () => {
    const results = fuse.search(peerInput.value, { limit: 8 });
    peerListbox.replaceChildren(
      ...results.map((r) => {
        const li = document.createElement('li');
        li.setAttribute('role', 'option');
        li.textContent = r.item.names[0].text;
        return li;
      }),
    );
  });

  // A bare text field with no listener: the floor this machine and browser give any keystroke now.
  const bare = document.createElement('input');
  bare.id = 'bare-input';
  bare.setAttribute('aria-label', 'bare field');
  document.querySelector('main').append(bare);

  // Every trusted input event: its timestamp, script time until the field's owner has rendered,
  // and the time until after the next frame. Event Timing entries are kept by interaction.
  const bench = (window.benchKeystrokes = { pending: Promise.resolve(), timings: [], interactions: new Map() });
  const onInput = (event) => {
    if (!event.isTrusted) return;
    const target = event.composedPath()[0];
    const owner = target === peerInput ? 'peer' : target === bare ? 'bare' : 'ours';
    bench.pending = (async () => {
      await Promise.resolve();
      if (owner === 'ours') await checker.updateComplete;
      const scriptMs = performance.now() - event.timeStamp;
      await afterFrame();
      bench.timings.push({ owner, scriptMs, endToEndMs: performance.now() - event.timeStamp });
    })();
  };
  // Bubbling, so the field's own listener (on the target) has run and requested its update.
  document.addEventListener('input', onInput);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.interactionId) continue;
      const before = bench.interactions.get(entry.interactionId);
      if (!before || entry.duration > before.duration)
        bench.interactions.set(entry.interactionId, {
          startTime: entry.startTime,
          duration: entry.duration,
          name: entry.name,
        });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: false });

  const queries = buildQueryStream(knowledgeBase, { sessions }).queries.map((q) => q.text);
  return {
    formularySize,
    extendCallMs,
    extendLongestTaskMs,
    extendedInSlices: sliced,
    firstKeystrokeMs: first.scriptMs,
    firstKeystrokeEndToEndMs: first.endToEndMs,
    firstSuggestionsMs,
    firstLongestTaskMs,
    queries,
  };
}

/** Puts `text` in a field without timing it (a new typing session), and waits for its frame. */
async function setFieldText({ owner, text }) {
  const checker = document.querySelector('ldn-interaction-checker');
  const input =
    owner === 'ours' ? checker.shadowRoot.querySelector('input') : document.querySelector(`#${owner}-input`);
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
  await checker.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** The same trusted keystrokes for one field: each query's last character, typed after a pause. */
async function typeStream(page, owner, queries, seed) {
  const random = createRandom(seed);
  let previous = null;
  // Only interactions that began during this stream count: entries arrive late, and the last key
  // of the previous stream may be reported after this one has begun.
  const from = await page.evaluate(() => {
    window.benchKeystrokes.timings.length = 0;
    return performance.now();
  });
  for (const text of queries) {
    const head = text.slice(0, -1);
    if (previous !== head) await page.evaluate(setFieldText, { owner, text: head });
    await page.waitForTimeout(random.int(40, 110));
    await page.keyboard.type(text.slice(-1));
    await page.evaluate(() => window.benchKeystrokes.pending);
    previous = text;
  }
  const to = await page.evaluate(() => performance.now());
  await page.waitForTimeout(300); // the last interaction's Event Timing entry
  return page.evaluate(
    ({ from, to }) => ({
      timings: window.benchKeystrokes.timings,
      eventTimingMs: [...window.benchKeystrokes.interactions.values()]
        .filter((e) => e.startTime >= from && e.startTime <= to)
        .map((e) => e.duration),
    }),
    { from, to },
  );
}

/**
 * p95 of what Event Timing says: `reported` holds the durations of interactions of 16 ms or more;
 * the other `count - reported.length` keystrokes were shorter (so 8 ms at most, in its steps).
 */
function eventTimingP95(reported, count) {
  const all = [...reported, ...Array.from({ length: Math.max(0, count - reported.length) }, () => 8)];
  return p95(all);
}
const p95 = (list) => [...list].sort((a, b) => a - b)[Math.ceil(0.95 * list.length) - 1];

export async function measureOnce(browser, origin, { scriptFile, warm = true, ...options }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  if (scriptFile) {
    const body = await readFile(scriptFile);
    await context.route('**/dist/ldn-widgets.js', (route) =>
      route.fulfill({ body, contentType: 'text/javascript; charset=utf-8' }),
    );
  }
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(origin + PAGE, { waitUntil: 'load' });
    await page.waitForFunction(() => window.benchTypeahead && customElements.get('ldn-interaction-checker'));
    const { queries, ...result } = await page.evaluate(setUp, options);
    if (warm) {
      // Only characters a US keyboard types with a key press, so Event Timing sees an interaction.
      const stream = queries.filter((q) => /^[ -~]$/.test(q.slice(-1)));
      const owners = ['ours', 'peer', 'bare'];
      for (const owner of owners) await typeStream(page, owner, stream.slice(0, 30), 1); // warm-up
      const measured = {};
      for (const owner of owners) {
        const focus = owner === 'ours' ? 'ldn-interaction-checker input' : `#${owner}-input`;
        await page.focus(focus);
        measured[owner] = await typeStream(page, owner, stream, 2);
        const timings = measured[owner].timings.filter((t) => t.owner === owner);
        if (timings.length < stream.length * 0.9)
          throw new Error(`${owner}: ${timings.length} keystrokes seen of ${stream.length}`);
        measured[owner].timings = timings;
      }
      Object.assign(result, {
        keystrokes: stream.length,
        warmP95Ms: eventTimingP95(measured.ours.eventTimingMs, stream.length),
        warmOverThresholdShare: measured.ours.eventTimingMs.filter((d) => d > 16).length / stream.length,
        warmAfterFrameP95Ms: p95(measured.ours.timings.map((t) => t.endToEndMs)),
        warmScriptP95Ms: p95(measured.ours.timings.map((t) => t.scriptMs)),
        peerWarmP95Ms: eventTimingP95(measured.peer.eventTimingMs, stream.length),
        peerOverThresholdShare: measured.peer.eventTimingMs.filter((d) => d > 16).length / stream.length,
        peerAfterFrameP95Ms: p95(measured.peer.timings.map((t) => t.endToEndMs)),
        peerScriptP95Ms: p95(measured.peer.timings.map((t) => t.scriptMs)),
        bareWarmP95Ms: eventTimingP95(measured.bare.eventTimingMs, stream.length),
        bareOverThresholdShare: measured.bare.eventTimingMs.filter((d) => d > 16).length / stream.length,
        bareAfterFrameP95Ms: p95(measured.bare.timings.map((t) => t.endToEndMs)),
      });
    }
    if (errors.length > 0) throw new Error(`typeahead page: ${errors.join(' | ')}`);
    return result;
  } finally {
    await context.close();
  }
}

export async function runElementTypeaheadBenchmark({ runs = 5, sessions = 40, scriptFile, log = console.log } = {}) {
  const server = await startStaticServer();
  const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: CHROME_FLAGS });
  const paused = [];
  const immediate = [];
  const sliced = [];
  try {
    const origin = server.origin;
    await measureOnce(browser, origin, { scriptFile, pauseMs: 0, sessions: 5, warm: false }); // browser start-up
    for (let run = 0; run < runs; run++) {
      paused.push(await measureOnce(browser, origin, { scriptFile, pauseMs: 1000, sessions }));
      immediate.push(await measureOnce(browser, origin, { scriptFile, pauseMs: 0, sessions: 5, warm: false }));
      sliced.push(
        await measureOnce(browser, origin, { scriptFile, pauseMs: 0, sessions: 5, warm: false, extend: 'slices' }),
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const s = (list, key) => roundSpread(spread(list.map((r) => r[key])), 2);
  const result = {
    runs,
    formularySize: paused[0].formularySize,
    keystrokes: paused[0].keystrokes,
    firstKeystrokeMs: s(paused, 'firstKeystrokeMs'),
    firstKeystrokeEndToEndMs: s(paused, 'firstKeystrokeEndToEndMs'),
    firstKeystrokeWithoutPauseMs: s(immediate, 'firstKeystrokeMs'),
    firstSuggestionsWithoutPauseMs: s(immediate, 'firstSuggestionsMs'),
    firstLongestTaskWithoutPauseMs: s(immediate, 'firstLongestTaskMs'),
    extendLongestTaskMs: s([...paused, ...immediate], 'extendLongestTaskMs'),
    extendCallMs: s([...paused, ...immediate], 'extendCallMs'),
    extendInSlices: sliced[0].extendedInSlices,
    extendInSlicesLongestTaskMs: s(sliced, 'extendLongestTaskMs'),
    extendInSlicesCallMs: s(sliced, 'extendCallMs'),
    warmP95Ms: s(paused, 'warmP95Ms'),
    warmOverThresholdShare: s(paused, 'warmOverThresholdShare'),
    warmAfterFrameP95Ms: s(paused, 'warmAfterFrameP95Ms'),
    warmScriptP95Ms: s(paused, 'warmScriptP95Ms'),
    peerWarmP95Ms: s(paused, 'peerWarmP95Ms'),
    peerOverThresholdShare: s(paused, 'peerOverThresholdShare'),
    peerAfterFrameP95Ms: s(paused, 'peerAfterFrameP95Ms'),
    peerScriptP95Ms: s(paused, 'peerScriptP95Ms'),
    bareWarmP95Ms: s(paused, 'bareWarmP95Ms'),
    bareOverThresholdShare: s(paused, 'bareOverThresholdShare'),
    bareAfterFrameP95Ms: s(paused, 'bareAfterFrameP95Ms'),
    method: {
      warm:
        'trusted key presses (CDP) after seeded 40-110 ms pauses; p95 of Event Timing interaction durations ' +
        `(keystrokes under its ${EVENT_TIMING_THRESHOLD_MS} ms threshold count as 8 ms)`,
    },
  };
  log(
    `  first keystroke ${result.firstKeystrokeMs.median} ms (no pause: ${result.firstKeystrokeWithoutPauseMs.median} ms, ` +
      `suggestions after ${result.firstSuggestionsWithoutPauseMs.median} ms), ` +
      `extendKnowledgeBase longest task ${result.extendLongestTaskMs.median} ms ` +
      `(in slices: ${result.extendInSlicesLongestTaskMs.median} ms), warm p95 ${result.warmP95Ms.median} ms ` +
      `(fuse.js ${result.peerWarmP95Ms.median} ms; after the frame ${result.warmAfterFrameP95Ms.median} / ` +
      `${result.peerAfterFrameP95Ms.median} ms; a bare field ${result.bareWarmP95Ms.median} ms)`,
  );
  return result;
}

/**
 * Before/after in one run, interleaved (a busy machine drifts between runs):
 *   node bench/typeahead-element.mjs [--runs=5] [--sessions=20] before=old/ldn-widgets.js after=dist/ldn-widgets.js
 * Each named script is served in place of dist/ldn-widgets.js; prints min / median / max per figure.
 */
async function compareBuilds(argv) {
  const option = (name, fallback) => Number(argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
  const variants = argv.filter((a) => !a.startsWith('--')).map((a) => a.split('='));
  const runs = option('runs', 5);
  const sessions = option('sessions', 20);
  const server = await startStaticServer();
  const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: CHROME_FLAGS });
  const rows = Object.fromEntries(variants.map(([name]) => [name, []]));
  try {
    const origin = server.origin;
    await measureOnce(browser, origin, { pauseMs: 0, sessions: 5, warm: false }); // browser start-up
    for (let run = 0; run < runs; run++) {
      for (const [name, scriptFile] of variants) {
        const paused = await measureOnce(browser, origin, { scriptFile, pauseMs: 1000, sessions });
        const immediate = await measureOnce(browser, origin, { scriptFile, pauseMs: 0, sessions: 5, warm: false });
        const sliced = await measureOnce(browser, origin, {
          scriptFile,
          pauseMs: 0,
          sessions: 5,
          warm: false,
          extend: 'slices',
        });
        rows[name].push({
          ...paused,
          firstKeystrokeWithoutPauseMs: immediate.firstKeystrokeMs,
          firstSuggestionsWithoutPauseMs: immediate.firstSuggestionsMs,
          firstLongestTaskWithoutPauseMs: immediate.firstLongestTaskMs,
          extendLongestTaskMs: immediate.extendLongestTaskMs,
          extendInSlicesLongestTaskMs: sliced.extendedInSlices ? sliced.extendLongestTaskMs : Number.NaN,
        });
        console.log(`run ${run + 1}/${runs}: ${name} done`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const keys = Object.keys(rows[variants[0][0]][0]).filter((k) => typeof rows[variants[0][0]][0][k] === 'number');
  for (const key of keys) {
    const cells = variants.map(([name]) => {
      const s = roundSpread(spread(rows[name].map((r) => r[key])), 2);
      return `${name} ${s.min} / ${s.median} / ${s.max}`;
    });
    console.log(`${key.padEnd(32)} ${cells.join('   ')}`);
  }
  const { loadavg } = await import('node:os');
  console.log(
    `load average at the end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await compareBuilds(process.argv.slice(2));
}
