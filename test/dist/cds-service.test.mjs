// The built CDS Hooks server (dist/esm/cds-service.js, the package's `bin`) over real HTTP on
// 127.0.0.1: discovery, the LDN + oxycodone request, bad input, limits, CORS and JWT checks.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dirname } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).bin['ldn-cds-service']);
const FIXTURE = readFileSync(join(ROOT, 'test/fixtures/cds-hooks/order-select-ldn-with-oxycodone.json'), 'utf8');
const ORDER_SELECT = '/cds-services/ldn-order-select';

/** Starts the command on a free port; resolves with its base URL once it listens. */
export function startService(args = []) {
  const child = spawn(process.execPath, [BIN, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) resolve({ child, base: match[1], output: () => output });
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`the service exited (${code}): ${output}`)));
  });
}

/** One HTTP request; resolves with status, headers and parsed JSON (or text). */
function call(base, path, { method = 'GET', body, headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(path, base), { method, headers }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => {
        let json;
        try {
          json = text ? JSON.parse(text) : undefined;
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode, headers: res.headers, json, text });
      });
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const postJson = (base, path, body, headers = {}) =>
  call(base, path, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

function assertOutcome(response, status) {
  assert.equal(response.status, status, response.text);
  assert.equal(response.json.resourceType, 'OperationOutcome');
  assert.match(response.json.issue[0].diagnostics, /\S/);
}

describe('ldn-cds-service without trusted issuers (local testing)', () => {
  let service;
  before(async () => {
    service = await startService(['--max-body-bytes', '200000']);
  });
  after(() => service.child.kill());

  it('says it is for local testing only, and serves discovery with CORS', async () => {
    assert.match(service.output(), /For local testing only/);
    const response = await call(service.base, '/cds-services', { headers: { origin: 'https://sandbox.cds-hooks.org' } });
    assert.equal(response.status, 200);
    assert.equal(response.headers['access-control-allow-origin'], '*');
    assert.deepEqual(response.json.services.map((s) => s.hook), ['order-select', 'patient-view']);
    const preflight = await call(service.base, ORDER_SELECT, {
      method: 'OPTIONS',
      headers: { origin: 'https://sandbox.cds-hooks.org', 'access-control-request-method': 'POST' },
    });
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers['access-control-allow-headers'], /Authorization/);
  });

  it('answers the sandbox-shaped LDN + oxycodone order with a critical card', async () => {
    const response = await postJson(service.base, ORDER_SELECT, FIXTURE);
    assert.equal(response.status, 200);
    assert.deepEqual(response.json.cards.map((c) => c.indicator), ['critical']);
    assert.equal(response.json.cards[0].source.topic.code, 'i3-opioids');
  });

  it('refuses bad input with a 4xx OperationOutcome and stays up', async () => {
    assertOutcome(await postJson(service.base, ORDER_SELECT, '{"hook":'), 400);
    assertOutcome(await postJson(service.base, ORDER_SELECT, JSON.stringify({ ...JSON.parse(FIXTURE), hook: 'patient-view' })), 400);
    assertOutcome(await postJson(service.base, ORDER_SELECT, JSON.stringify({ ...JSON.parse(FIXTURE), context: {} })), 400);
    assertOutcome(await postJson(service.base, '/cds-services/unknown', FIXTURE), 404);
    assertOutcome(await call(service.base, ORDER_SELECT, { method: 'POST', body: FIXTURE, headers: { 'content-type': 'text/plain' } }), 415);
    assertOutcome(await postJson(service.base, ORDER_SELECT, `{"x":"${'a'.repeat(300_000)}"}`), 413);
    const declared = await call(service.base, ORDER_SELECT, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json', 'content-length': '2' },
    });
    assertOutcome(declared, 400);
    // Still serving.
    assert.equal((await postJson(service.base, ORDER_SELECT, FIXTURE)).status, 200);
  });

  it('refuses a body that does not arrive in time', async () => {
    const slow = await startService(['--timeout-ms', '300']);
    try {
      const response = await new Promise((resolve, reject) => {
        const req = httpRequest(new URL(ORDER_SELECT, slow.base), {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': '100' },
        });
        req.on('response', (res) => {
          let text = '';
          res.on('data', (c) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode, json: JSON.parse(text) }));
        });
        req.on('error', reject);
        req.write('{"hook":');
      });
      assert.equal(response.status, 408);
      assert.equal(response.json.resourceType, 'OperationOutcome');
    } finally {
      slow.child.kill();
    }
  });

  it('refuses to listen beyond 127.0.0.1 without trusted issuers', async () => {
    await assert.rejects(startService(['--host', '0.0.0.0']), /only listens on 127\.0\.0\.1/);
  });
});

describe('ldn-cds-service with trusted issuers', () => {
  const ISSUER = 'https://ehr.example.org';
  let service;
  let privateKey;
  let otherKey;
  before(async () => {
    ({ privateKey, publicKey: otherKey } = await generateKeyPair('ES384'));
    const { publicKey } = { publicKey: otherKey };
    const jwk = { ...(await exportJWK(publicKey)), kid: 'ehr-1', alg: 'ES384', use: 'sig' };
    const folder = mkdtempSync(join(tmpdir(), 'ldn-cds-'));
    const jwksFile = join(folder, 'jwks.json');
    writeFileSync(jwksFile, JSON.stringify({ keys: [jwk] }));
    otherKey = (await generateKeyPair('ES384')).privateKey;
    service = await startService(['--jwks', jwksFile, '--issuer', ISSUER]);
  });
  after(() => service.child.kill());

  const token = ({ key = privateKey, iss = ISSUER, aud, exp = '5m', jti = crypto.randomUUID() } = {}) => {
    const jwt = new SignJWT({}).setProtectedHeader({ alg: 'ES384', kid: 'ehr-1', typ: 'JWT' }).setIssuer(iss).setIssuedAt();
    if (aud !== null) jwt.setAudience(aud ?? `${service.base}${ORDER_SELECT}`);
    if (exp !== null) jwt.setExpirationTime(exp);
    if (jti !== null) jwt.setJti(jti);
    return jwt.sign(key);
  };
  const withToken = async (options) => postJson(service.base, ORDER_SELECT, FIXTURE, { authorization: `Bearer ${await token(options)}` });

  it('answers a request signed by a trusted issuer for this endpoint', async () => {
    const response = await withToken();
    assert.equal(response.status, 200, response.text);
    assert.equal(response.json.cards[0].indicator, 'critical');
  });

  it('answers 401 with an OperationOutcome without a JWT, or with a wrong iss, aud, exp, jti or key', async () => {
    assertOutcome(await postJson(service.base, ORDER_SELECT, FIXTURE), 401);
    assertOutcome(await call(service.base, '/cds-services'), 401);
    assertOutcome(await withToken({ iss: 'https://evil.example' }), 401);
    assertOutcome(await withToken({ aud: 'https://other.example/cds-services/ldn-order-select' }), 401);
    assertOutcome(await withToken({ aud: null }), 401);
    assertOutcome(await withToken({ exp: Math.floor(Date.now() / 1000) - 120 }), 401);
    assertOutcome(await withToken({ exp: null }), 401);
    assertOutcome(await withToken({ jti: null }), 401);
    assertOutcome(await withToken({ key: otherKey }), 401);
    // A token minted for another service, sent with that service's Host header, is still refused.
    const spoofed = await token({ aud: 'http://other.example/cds-services/ldn-order-select' });
    assertOutcome(
      await postJson(service.base, ORDER_SELECT, FIXTURE, { authorization: `Bearer ${spoofed}`, host: 'other.example' }),
      401,
    );
    const jti = crypto.randomUUID();
    assert.equal((await withToken({ jti })).status, 200);
    assertOutcome(await withToken({ jti }), 401); // replayed
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ iss: ISSUER })).toString('base64url')}.`;
    assertOutcome(await postJson(service.base, ORDER_SELECT, FIXTURE, { authorization: `Bearer ${unsigned}` }), 401);
  });
});

describe('ldn-widgets/cds-hooks', () => {
  it('is the pure service: nothing it loads imports Node built-ins or jose, so it also runs in a browser or a worker', () => {
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      for (const [, specifier] of code.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]/g)) {
        assert.doesNotMatch(specifier, /^(node:|jose$)/, `${file} imports ${specifier}`);
        if (specifier.startsWith('.')) visit(join(dirname(file), specifier));
      }
    };
    visit(join(ROOT, 'dist/esm/cds-hooks.js'));
    assert.ok(seen.size > 1);
  });
});
