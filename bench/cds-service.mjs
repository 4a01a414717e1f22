// Load on the CDS Hooks service: the built command (dist/esm/cds-service.js) on 127.0.0.1, driven by
// autocannon with the sandbox-shaped LDN + oxycodone order-select request. Bounded: a few short runs
// with a fixed number of connections. Reports requests per second, p99 latency and failed requests.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { roundSpread, spread } from './stats.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const FIXTURE = readFileSync(
  new URL('../test/fixtures/cds-hooks/order-select-ldn-with-oxycodone.json', import.meta.url),
  'utf8',
);

function startService() {
  const child = spawn(process.execPath, [`${ROOT}dist/esm/cds-service.js`, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) resolve({ child, base: match[1] });
    });
    child.on('exit', (code) => reject(new Error(`the CDS service exited (${code})`)));
  });
}

function once(url, { connections, durationSeconds }) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: FIXTURE,
        connections,
        duration: durationSeconds,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

/** `runs` runs of `durationSeconds` each, after one warm-up run. */
export async function runCdsServiceBenchmark({ runs = 5, durationSeconds = 3, connections = 10 } = {}) {
  const { child, base } = await startService();
  const url = `${base}/cds-services/ldn-order-select`;
  try {
    await once(url, { connections, durationSeconds: 1 }); // warm-up: JIT, knowledge-base index
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await once(url, { connections, durationSeconds }));
    const failed = results.reduce((sum, r) => sum + r.errors + r.timeouts + r.non2xx, 0);
    return {
      connections,
      durationSeconds,
      requestsPerSecond: roundSpread(spread(results.map((r) => r.requests.average)), 1),
      p99Ms: roundSpread(spread(results.map((r) => r.latency.p99)), 2),
      p50Ms: roundSpread(spread(results.map((r) => r.latency.p50)), 2),
      totalRequests: results.reduce((sum, r) => sum + r.requests.total, 0),
      failedRequests: failed,
    };
  } finally {
    child.kill();
  }
}
