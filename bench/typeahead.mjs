// Typeahead benchmark: `searchMedications` from the shipped ESM build (dist/esm/core.js) over a
// portal formulary of at least 10,000 names, against fuse.js on the same data and the same
// keystroke stream, in the same process. Each query is timed on its own; rounds alternate which
// engine goes first so neither always runs on a warmer cache.
import { build } from 'esbuild';
import Fuse from 'fuse.js';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildFormularyExtension, buildQueryStream } from './formulary.mjs';
import { median, quantile, round, roundSpread, spread, timeOnce } from './stats.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const SHIPPED_CORE = join(ROOT, 'dist/esm/core.js');
const LIMIT = 8;
const FUSE_VERSION = '7';

/**
 * fuse.js set up the way its documentation suggests for a name search: one record per medication
 * with all its names as keys (so, like searchMedications, each medication appears once),
 * threshold 0.3, no match ranges, a prebuilt index, the same result limit.
 */
function createFuse(knowledgeBase) {
  const keys = ['names.text'];
  const index = Fuse.createIndex(keys, knowledgeBase.medications);
  return new Fuse(
    knowledgeBase.medications,
    { keys, threshold: 0.3, includeMatches: false, includeScore: true },
    index,
  );
}

/**
 * The index builder is internal to the core; bundle it from source (same code the build ships,
 * only type-stripped) to time index construction apart from validation.
 */
async function loadIndexBuilder() {
  const directory = await mkdtemp(join(tmpdir(), 'ldn-bench-'));
  try {
    const entry = join(directory, 'entry.ts');
    const outfile = join(directory, 'index-builder.mjs');
    await writeFile(
      entry,
      `export { buildMedicationIndex } from ${JSON.stringify(join(ROOT, 'src/core/search/medication-index.ts'))};\n`,
    );
    await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'silent' });
    return (await import(pathToFileURL(outfile).href)).buildMedicationIndex;
  } catch {
    return undefined; // the module moved: index build time is then reported as unavailable
  } finally {
    setTimeout(() => rm(directory, { recursive: true, force: true }), 1000).unref();
  }
}

/** A full garbage collection between blocks, so one engine's garbage is not collected on the other's clock. */
v8.setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc');

/**
 * Runs the whole query stream through each engine in turn, `rounds` times, timing every query on
 * its own; the engine that goes first alternates per round. Returns, per engine, one array of
 * per-query wall-clock milliseconds per round, and the same in CPU time of this process (on a
 * busy machine wall time also counts the moments another process had the core).
 */
function measure(engines, queries, rounds) {
  const wall = engines.map(() => []);
  const cpu = engines.map(() => []);
  let sink = 0;
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? engines.map((_, i) => i) : engines.map((_, i) => engines.length - 1 - i);
    for (const e of order) {
      const { search } = engines[e];
      const wallTimes = new Float64Array(queries.length);
      const cpuTimes = new Float64Array(queries.length);
      collectGarbage();
      for (let q = 0; q < queries.length; q++) {
        const cpuStart = process.cpuUsage();
        const start = performance.now();
        const results = search(queries[q].text);
        wallTimes[q] = performance.now() - start;
        const used = process.cpuUsage(cpuStart);
        cpuTimes[q] = (used.user + used.system) / 1000;
        sink += results.length;
      }
      wall[e].push(wallTimes);
      cpu[e].push(cpuTimes);
    }
  }
  if (sink < 0) console.log(sink); // keeps the results observable so no call is optimised away
  return { wall, cpu };
}

function summarise(roundTimes) {
  const p50 = spread(roundTimes.map((t) => quantile(t, 0.5)));
  const p95 = spread(roundTimes.map((t) => quantile(t, 0.95)));
  const p99 = spread(roundTimes.map((t) => quantile(t, 0.99)));
  const max = spread(roundTimes.map((t) => Math.max(...t)));
  return { p50: roundSpread(p50, 4), p95: roundSpread(p95, 4), p99: roundSpread(p99, 4), max: roundSpread(max, 3) };
}

/** The ten queries with the highest median CPU time: where to look when p95 moves. */
function slowest(queries, wallRounds, cpuRounds) {
  return queries
    .map((query, q) => ({
      text: query.text,
      kind: query.kind,
      cpuMs: round(median(cpuRounds.map((t) => t[q])), 3),
      wallMs: round(median(wallRounds.map((t) => t[q])), 3),
    }))
    .sort((a, b) => b.cpuMs - a.cpuMs)
    .slice(0, 10);
}

/** Share of the sessions' final queries whose intended medication is in the results, by session kind. */
function recall(engine, queries) {
  const byKind = {};
  for (const query of queries) {
    if (!query.final) continue;
    const found = engine.search(query.text).some((id) => id === query.medicationId);
    const tally = (byKind[query.kind] ??= { found: 0, total: 0 });
    tally.total++;
    if (found) tally.found++;
  }
  const all = Object.values(byKind).reduce((a, t) => ({ found: a.found + t.found, total: a.total + t.total }), {
    found: 0,
    total: 0,
  });
  const rate = (t) => round(t.found / t.total, 3);
  return { all: rate(all), ...Object.fromEntries(Object.entries(byKind).map(([kind, t]) => [kind, rate(t)])) };
}

export async function runTypeaheadBenchmark({
  coreModule = SHIPPED_CORE,
  rounds = 3,
  sessions = 150,
  log = console.log,
} = {}) {
  const core = await import(pathToFileURL(coreModule).href);
  const { builtInKnowledgeBase, extendKnowledgeBase, searchMedications, validateKnowledgeBase } = core;

  const { extension } = buildFormularyExtension(builtInKnowledgeBase);
  const extended = timeOnce(() => extendKnowledgeBase(extension));
  const knowledgeBase = extended.result;
  const formularySize = knowledgeBase.medications.reduce((sum, m) => sum + m.names.length, 0);
  const stream = buildQueryStream(knowledgeBase, { sessions });
  const queries = stream.queries;
  log(
    `  formulary: ${formularySize} names, ${knowledgeBase.medications.length} medications; ` +
      `${queries.length} queries from ${stream.sessions} typing sessions`,
  );

  // Cold path: the first query on a portal's knowledge base validates it and builds the index.
  const firstQuery = timeOnce(() => searchMedications('v', { knowledgeBase, limit: LIMIT }));
  const validation = spread([0, 1, 2].map(() => timeOnce(() => validateKnowledgeBase(knowledgeBase)).ms));
  const buildMedicationIndex = await loadIndexBuilder();
  const indexBuild = buildMedicationIndex
    ? spread([0, 1, 2, 3, 4].map(() => timeOnce(() => buildMedicationIndex(knowledgeBase)).ms))
    : undefined;
  const fuseBuild = spread([0, 1, 2].map(() => timeOnce(() => createFuse(knowledgeBase)).ms));

  const fuse = createFuse(knowledgeBase);
  const engines = [
    { name: 'searchMedications', search: (text) => searchMedications(text, { knowledgeBase, limit: LIMIT }) },
    { name: `fuse.js ${FUSE_VERSION}`, search: (text) => fuse.search(text, { limit: LIMIT }) },
  ];
  const ids = [
    (text) => engines[0].search(text).map((m) => m.medication.id),
    (text) => engines[1].search(text).map((r) => r.item.id),
  ];

  // Warm-up: part of the stream through both engines, so both are compiled before timing.
  measure(engines, queries.slice(0, 400), 1);
  const measured = measure(engines, queries, rounds);
  const oursSummary = summarise(measured.wall[0]);
  const peerSummary = summarise(measured.wall[1]);

  // The built-in base alone (what a page without a portal formulary searches).
  const builtInFuse = createFuse(builtInKnowledgeBase);
  const builtInQueries = buildQueryStream(builtInKnowledgeBase, { sessions: 100 }).queries;
  const builtInEngines = [
    { search: (text) => searchMedications(text, { limit: LIMIT }) },
    { search: (text) => builtInFuse.search(text, { limit: LIMIT }) },
  ];
  measure(builtInEngines, builtInQueries, 2);
  const {
    wall: [builtInOurs, builtInPeer],
  } = measure(builtInEngines, builtInQueries, rounds);

  return {
    formularySize,
    medications: knowledgeBase.medications.length,
    queries: queries.length,
    sessions: stream.sessions,
    typoSessions: stream.typoSessions,
    doseSessions: stream.doseSessions,
    limit: LIMIT,
    rounds,
    p50Ms: oursSummary.p50.median,
    p95Ms: oursSummary.p95.median,
    detail: oursSummary,
    cpuDetail: summarise(measured.cpu[0]),
    slowestQueries: slowest(queries, measured.wall[0], measured.cpu[0]),
    extendKnowledgeBaseMs: round(extended.ms, 1),
    firstQueryMs: round(firstQuery.ms, 1),
    validationMs: roundSpread(validation, 1),
    indexBuildMs: indexBuild ? roundSpread(indexBuild, 1) : null,
    recall: recall({ search: ids[0] }, queries),
    peer: {
      name: engines[1].name,
      options: { keys: ['names.text'], threshold: 0.3, includeMatches: false, limit: LIMIT },
      p50Ms: peerSummary.p50.median,
      p95Ms: peerSummary.p95.median,
      detail: peerSummary,
      cpuDetail: summarise(measured.cpu[1]),
      indexBuildMs: roundSpread(fuseBuild, 1),
      recall: recall({ search: ids[1] }, queries),
    },
    builtInOnly: {
      names: builtInKnowledgeBase.medications.reduce((sum, m) => sum + m.names.length, 0),
      queries: builtInQueries.length,
      p50Ms: round(median(builtInOurs.map((t) => quantile(t, 0.5))), 4),
      p95Ms: round(median(builtInOurs.map((t) => quantile(t, 0.95))), 4),
      peerP50Ms: round(median(builtInPeer.map((t) => quantile(t, 0.5))), 4),
      peerP95Ms: round(median(builtInPeer.map((t) => quantile(t, 0.95))), 4),
    },
  };
}
