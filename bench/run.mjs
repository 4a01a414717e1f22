// `npm run bench`: builds, measures what portal owners (bytes) and patients (render time, memory,
// typeahead latency) feel, prints a table and writes bench/results.json (git-ignored: commit the
// script, not the results). Benchmarks are not tests: nothing here fails on a missed budget.
//
//   node bench/run.mjs [--no-build] [--only=bundle,load,render,typeahead,cds,firstpaint] [--quick]
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { runBundleBenchmark } from './bundle.mjs';
import { runCdsServiceBenchmark } from './cds-service.mjs';
import { runFirstPaintBenchmark } from './first-paint.mjs';
import { runLoadBenchmark } from './load.mjs';
import { runRenderBenchmark } from './render.mjs';
import { runTypeaheadBenchmark } from './typeahead.mjs';
import { runElementTypeaheadBenchmark } from './typeahead-element.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const RESULTS_FILE = fileURLToPath(new URL('./results.json', import.meta.url));

/** Budgets from issue #19 ("must reach"); hundredInstancesMs and typeaheadP95Ms (search only) from issue #10. */
const BUDGETS = {
  iifeGzipBytes: 52 * 1000,
  perElementGzipBytes: 32 * 1000,
  loadRatioToPeer: 2,
  loadLongestTaskMs: 50,
  firstKeystrokeMs: 16,
  extendLongestTaskMs: 50,
  warmP95Ms: 16,
  litToFloorRatio: 1.5,
  hundredInstancesMs: 100,
  typeaheadP95Ms: 1,
};

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',') ?? ['bundle', 'load', 'render', 'typeahead', 'cds', 'firstpaint'];

function buildLibrary() {
  // `vite build` produces everything measured here (dist/ldn-widgets.js and dist/esm/); the rest of
  // `npm run build` (types, manifest) does not change a byte a browser or Node loads.
  console.log('Building (vite build)...');
  const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status})`);
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value) => (value >= 10 ? value.toFixed(1) : value >= 1 ? value.toFixed(2) : value.toFixed(3));

/** Rows: [metric, min, median, max, budget, verdict]; a single measurement fills only "median". */
function printTable(rows) {
  const header = ['metric', 'min', 'median', 'max', 'budget', ''];
  const all = [header, ...rows.map((row) => row.map((cell) => cell ?? ''))];
  const widths = header.map((_, c) => Math.max(...all.map((row) => String(row[c]).length)));
  const line = (row) =>
    row.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of all.slice(1)) console.log(line(row));
}

const verdict = (value, budget) => (value <= budget ? 'ok' : 'MISSED');
const spreadCells = (s, format) => [format(s.min), format(s.median), format(s.max)];

function rowsFor(results) {
  const rows = [];
  const { bundle, load, render, typeahead, firstPaint } = results;
  if (load) {
    rows.push([
      'load: main thread over a bare page (ms)',
      ...spreadCells(load.detail.addedMs, ms),
      `${BUDGETS.loadRatioToPeer}x peer`,
      load.ratioToPeer.median <= BUDGETS.loadRatioToPeer ? 'ok' : 'MISSED',
    ]);
    rows.push([`  ${load.peer.name} (ms)`, ...spreadCells(load.peer.detail.addedMs, ms)]);
    rows.push(['  ratio to peer, same round', ...spreadCells(load.ratioToPeer, (v) => v.toFixed(2))]);
    rows.push([
      'load: longest task (ms)',
      ...spreadCells(load.detail.longestTaskMs, ms),
      BUDGETS.loadLongestTaskMs,
      verdict(load.longestTaskMs, BUDGETS.loadLongestTaskMs),
    ]);
    rows.push([`  ${load.peer.name} (ms)`, ...spreadCells(load.peer.detail.longestTaskMs, ms)]);
    rows.push(['load: total blocking time (ms)', ...spreadCells(load.detail.totalBlockingMs, ms)]);
  }
  if (bundle) {
    rows.push([
      'IIFE gzip',
      null,
      kB(bundle.iifeGzipBytes),
      null,
      kB(BUDGETS.iifeGzipBytes),
      verdict(bundle.iifeGzipBytes, BUDGETS.iifeGzipBytes),
    ]);
    rows.push(['IIFE brotli', null, kB(bundle.iifeBrotliBytes), null]);
    for (const [tag, bytes] of Object.entries(bundle.perElementGzipBytes)) {
      const budget = BUDGETS.perElementGzipBytes;
      rows.push([`dist/${tag}.js gzip`, null, kB(bytes), null, kB(budget), verdict(bytes, budget)]);
    }
    const floor = bundle.floorGzipBytes;
    rows.push([
      '  floor: lit + zod/schemas + KB + UI text',
      null,
      kB(floor.allTogether),
      null,
      kB(BUDGETS.iifeGzipBytes),
      verdict(floor.allTogether, BUDGETS.iifeGzipBytes),
    ]);
    for (const part of ['lit', 'zodWithSchemas', 'knowledgeBase', 'interfaceText']) {
      rows.push([`    ${part} alone`, null, kB(floor[part]), null]);
    }
    for (const [name, bytes] of Object.entries(bundle.entries)) {
      rows.push([`ESM ${name} + lit/zod, gzip`, null, kB(bytes), null]);
    }
  }
  if (render) {
    for (const [name, s] of Object.entries(render.byScenario)) {
      const budget = BUDGETS.hundredInstancesMs;
      rows.push([
        `render ${render.instances}x ${name} (ms)`,
        ...spreadCells(s.hundredInstancesMs, ms),
        budget,
        verdict(s.hundredInstancesMs.median, budget),
      ]);
      rows.push([`  rendered, before layout (ms)`, ...spreadCells(s.hundredInstancesRenderedMs, ms)]);
      rows.push([`  same DOM cloned, no Lit (ms)`, ...spreadCells(s.hundredStaticCopiesMs, ms)]);
      rows.push([`  with content-visibility: auto (ms)`, ...spreadCells(s.hundredWithContentVisibilityMs, ms)]);
      rows.push([`render first ${name} (ms)`, ...spreadCells(s.firstRenderMs, ms)]);
      rows.push([`heap ${render.instances}x ${name}`, null, kB(s.hundredInstancesHeapBytes), null]);
    }
    for (const tag of ['ldn-dose-card', 'ldn-interaction-checker', 'ldn-side-effect-list']) {
      const r = render[tag];
      if (!r) continue;
      const budget = BUDGETS.litToFloorRatio;
      rows.push([`${tag}: Lit / cloned-DOM floor`, null, r.ratio.toFixed(2), null, budget, verdict(r.ratio, budget)]);
      if (r.ratioPerRun) rows.push(['  per pair of pages', ...spreadCells(r.ratioPerRun, (v) => v.toFixed(2))]);
    }
  }
  if (typeahead) {
    const t = typeahead;
    const peerFaster = t.peer.p95Ms < t.p95Ms;
    rows.push([
      `typeahead p50 (${t.formularySize} names, ms)`,
      ...spreadCells(t.detail.p50, ms),
      null,
      t.p50Ms < t.peer.p50Ms ? 'faster than peer' : 'SLOWER than peer',
    ]);
    rows.push([
      'typeahead p95 (ms)',
      ...spreadCells(t.detail.p95, ms),
      BUDGETS.typeaheadP95Ms,
      t.p95Ms <= BUDGETS.typeaheadP95Ms && !peerFaster ? 'ok' : 'MISSED',
    ]);
    rows.push(['typeahead p95, CPU time (ms)', ...spreadCells(t.cpuDetail.p95, ms)]);
    rows.push([`${t.peer.name} p50 (ms)`, ...spreadCells(t.peer.detail.p50, ms)]);
    rows.push([`${t.peer.name} p95 (ms)`, ...spreadCells(t.peer.detail.p95, ms)]);
    rows.push(['index build, searchMedications (ms)', ...spreadCells(t.indexBuildMs ?? {}, (v) => ms(v ?? NaN))]);
    rows.push([`index build, ${t.peer.name} (ms)`, ...spreadCells(t.peer.indexBuildMs, ms)]);
    rows.push(['first query on a new base (ms)', null, ms(t.firstQueryMs), null]);
    rows.push(['found intended medicine (ours / peer)', null, `${t.recall.all} / ${t.peer.recall.all}`, null]);
    if (t.element) {
      const e = t.element;
      rows.push([
        `element: first keystroke after knowledgeBase (ms)`,
        ...spreadCells(e.firstKeystrokeMs, ms),
        BUDGETS.firstKeystrokeMs,
        verdict(t.firstKeystrokeMs, BUDGETS.firstKeystrokeMs),
      ]);
      rows.push(['  the same with no pause before it (ms)', ...spreadCells(e.firstKeystrokeWithoutPauseMs, ms)]);
      if (e.firstSuggestionsWithoutPauseMs) {
        rows.push(['  no pause: suggestions shown after (ms)', ...spreadCells(e.firstSuggestionsWithoutPauseMs, ms)]);
        rows.push(['  no pause: longest task meanwhile (ms)', ...spreadCells(e.firstLongestTaskWithoutPauseMs, ms)]);
      }
      rows.push([
        'element: extendKnowledgeBase longest task, one call (ms)',
        ...spreadCells(e.extendLongestTaskMs, ms),
        BUDGETS.extendLongestTaskMs,
        verdict(e.extendLongestTaskMs.median, BUDGETS.extendLongestTaskMs),
      ]);
      if (e.extendInSlices) {
        rows.push([
          '  extendKnowledgeBaseInSlices longest task (ms; 0: none reached 50)',
          ...spreadCells(e.extendInSlicesLongestTaskMs, ms),
          BUDGETS.extendLongestTaskMs,
          verdict(e.extendInSlicesLongestTaskMs.median, BUDGETS.extendLongestTaskMs),
        ]);
      }
      rows.push([
        'element: warm keystroke p95, Event Timing (ms)',
        ...spreadCells(e.warmP95Ms, ms),
        BUDGETS.warmP95Ms,
        t.warmP95Ms <= BUDGETS.warmP95Ms && t.warmP95Ms < t.peer.warmP95Ms ? 'ok' : 'MISSED',
      ]);
      rows.push(['  share of keystrokes over 16 ms', ...spreadCells(e.warmOverThresholdShare, (v) => v.toFixed(2))]);
      rows.push(['  input timestamp to after the frame (ms)', ...spreadCells(e.warmAfterFrameP95Ms, ms)]);
      rows.push(['  script time only (ms)', ...spreadCells(e.warmScriptP95Ms, ms)]);
      rows.push([`  ${t.peer.name} + a plain listbox, Event Timing (ms)`, ...spreadCells(e.peerWarmP95Ms, ms)]);
      rows.push([`  ${t.peer.name}: share over 16 ms`, ...spreadCells(e.peerOverThresholdShare, (v) => v.toFixed(2))]);
      rows.push([`  ${t.peer.name}: to after the frame (ms)`, ...spreadCells(e.peerAfterFrameP95Ms, ms)]);
      rows.push([`  ${t.peer.name}: script time only (ms)`, ...spreadCells(e.peerScriptP95Ms, ms)]);
      rows.push(['  a bare text field, Event Timing (ms)', ...spreadCells(e.bareWarmP95Ms, ms)]);
      rows.push([
        '  a bare text field: share over 16 ms',
        ...spreadCells(e.bareOverThresholdShare, (v) => v.toFixed(2)),
      ]);
    }
  }
  if (results.cdsService) {
    const c = results.cdsService;
    rows.push([
      `CDS order-select requests/s (${c.connections} conn.)`,
      ...spreadCells(c.requestsPerSecond, (v) => v.toFixed(0)),
    ]);
    rows.push(['CDS order-select p99 latency (ms)', ...spreadCells(c.p99Ms, ms)]);
    rows.push(['CDS order-select p50 latency (ms)', ...spreadCells(c.p50Ms, ms)]);
    rows.push([
      'CDS failed requests',
      null,
      `${c.failedRequests} of ${c.totalRequests}`,
      null,
      0,
      c.failedRequests === 0 ? 'ok' : 'MISSED',
    ]);
  }
  if (firstPaint) {
    for (const [profile, p] of Object.entries(firstPaint.byProfile)) {
      rows.push([`first contentful paint, server HTML, ${profile} (ms)`, ...spreadCells(p.serverFcpMs, ms)]);
      rows.push([`first contentful paint, script only, ${profile} (ms)`, ...spreadCells(p.scriptFcpMs, ms)]);
      rows.push([`  server HTML paints earlier by (ms)`, ...spreadCells(p.fcpEarlierMs, ms)]);
      rows.push([`  all elements ready, server HTML (ms)`, ...spreadCells(p.serverReadyMs, ms)]);
      rows.push([`  all elements ready, script only (ms)`, ...spreadCells(p.scriptReadyMs, ms)]);
    }
  }
  return rows;
}

async function main() {
  if (!args.includes('--no-build')) buildLibrary();
  const results = {
    measuredAt: new Date().toISOString(),
    machine: {
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
    },
    budgets: BUDGETS,
  };
  if (only.includes('bundle')) {
    console.log('Bundle sizes...');
    results.bundle = await runBundleBenchmark();
  }
  if (only.includes('load')) {
    console.log('Load (headless Chromium: three elements vs ten Shoelace components vs a bare page)...');
    results.load = await runLoadBenchmark(quick ? { runs: 5 } : {});
  }
  if (only.includes('typeahead')) {
    console.log('Typeahead (Node, dist/esm/core.js vs fuse.js)...');
    results.typeahead = await runTypeaheadBenchmark(quick ? { rounds: 2, sessions: 60 } : {});
    console.log('Typeahead in the element (headless Chromium, dist/ldn-widgets.js, 10,000-name knowledgeBase)...');
    const element = await runElementTypeaheadBenchmark(quick ? { runs: 5, sessions: 20 } : {});
    Object.assign(results.typeahead, {
      firstKeystrokeMs: element.firstKeystrokeMs.median,
      warmP95Ms: element.warmP95Ms.median,
      // The figure is the one synchronous call; the sliced variant's is beside it.
      extendLongestTaskMs: element.extendLongestTaskMs.median,
      extendInSlicesLongestTaskMs: element.extendInSlicesLongestTaskMs.median,
      element,
    });
    results.typeahead.peer.warmP95Ms = element.peerWarmP95Ms.median;
  }
  if (only.includes('render')) {
    console.log('Render (headless Chromium, dist/ldn-widgets.js)...');
    results.render = await runRenderBenchmark(quick ? { runs: 5 } : {});
    // Per element (as it first appears): Lit's time for 100 instances against cloning the same DOM.
    for (const tag of ['ldn-dose-card', 'ldn-interaction-checker', 'ldn-side-effect-list']) {
      const s = results.render.byScenario[tag];
      if (!s) continue;
      const litMs = s.hundredInstancesMs.median;
      const floorMs = s.hundredStaticCopiesMs.median;
      results.render[tag] = {
        litMs,
        floorMs,
        ratio: Math.round((litMs / floorMs) * 100) / 100,
        // min / median / max of the ratio of each pair of pages measured back to back.
        ratioPerRun: s.litToFloorRatio,
      };
    }
    // The shape keeps memory apart from time: JS heap kept by 100 instances (worst element).
    results.memory = {
      hundredInstancesHeapBytes: results.render.hundredInstancesHeapBytes,
      byScenario: Object.fromEntries(
        Object.entries(results.render.byScenario).map(([name, s]) => [name, s.hundredInstancesHeapBytes]),
      ),
    };
  }
  if (only.includes('cds')) {
    console.log('CDS Hooks service (autocannon on 127.0.0.1, order-select LDN + oxycodone)...');
    results.cdsService = await runCdsServiceBenchmark(quick ? { runs: 5, durationSeconds: 1 } : {});
  }
  if (only.includes('firstpaint')) {
    console.log('First contentful paint (headless Chromium, ldn-widgets/ssr page vs script-only page)...');
    results.firstPaint = await runFirstPaintBenchmark(quick ? { runs: 3 } : {});
  }
  results.machine.loadAverageAtEnd = os.loadavg().map((l) => Math.round(l * 100) / 100);
  printTable(rowsFor(results));
  await writeFile(RESULTS_FILE, JSON.stringify(results, null, 2) + '\n');
  console.log(`\nWrote ${fileURLToPath(new URL('./results.json', import.meta.url)).replace(ROOT, '')}`);
  console.log(
    `Load average ${results.machine.loadAverageAtStart.join(' ')} -> ${results.machine.loadAverageAtEnd.join(' ')}`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
