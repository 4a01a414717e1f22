#!/usr/bin/env node
/// <reference types="node" />
/**
 * `ldn-cds-service` / `npm run cds-service -- --port P`: serves the CDS Hooks service.
 *   --port P            port (default 3000; 0 picks a free one)
 *   --host H            interface (default 127.0.0.1)
 *   --jwks FILE         JWKS of the trusted CDS clients; with --issuer, every request needs a JWT
 *   --issuer ISS        a trusted `iss` (repeat for several)
 *   --base-url URL      public URL the EHR calls, for the JWT `aud` check
 *   --patient-page-url  https URL of the patient-facing checker, linked from cards that warn
 *   --lang en|es        language of the cards
 *   --max-body-bytes N  request size limit (default 1048576)
 *   --timeout-ms N      request time limit (default 10000)
 *   --cors-origin O     Access-Control-Allow-Origin (default *)
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createCdsServer, type CdsServerOptions } from './server.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

function fail(message: string): never {
  console.error(`ldn-cds-service: ${message}`);
  process.exit(2);
}

function positiveInteger(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) fail(`${name} must be a whole number`);
  return number;
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        port: { type: 'string', default: '3000' },
        host: { type: 'string', default: '127.0.0.1' },
        jwks: { type: 'string' },
        issuer: { type: 'string', multiple: true },
        'base-url': { type: 'string' },
        'patient-page-url': { type: 'string' },
        lang: { type: 'string' },
        'max-body-bytes': { type: 'string' },
        'timeout-ms': { type: 'string' },
        'cors-origin': { type: 'string' },
      },
      strict: true,
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();

const port = positiveInteger(values.port, '--port')!;
if (port > 65535) fail('--port must be at most 65535');
const issuers = values.issuer ?? [];
if ((values.jwks === undefined) !== (issuers.length === 0)) fail('--jwks and --issuer go together');
let trust: CdsServerOptions['trust'];
if (values.jwks) {
  try {
    trust = { jwks: JSON.parse(readFileSync(values.jwks, 'utf8')), issuers };
  } catch (error) {
    fail(`cannot read the JWKS file: ${(error as Error).message}`);
  }
}
if (!trust && !LOOPBACK.has(values.host))
  fail('without trusted issuers (--jwks, --issuer) the service only listens on 127.0.0.1: it is for local testing');
if (trust && !LOOPBACK.has(values.host) && !values['base-url'])
  fail('with trusted issuers on a public interface, give --base-url (the URL the EHR calls, checked as the JWT aud)');
if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'es') fail('--lang must be en or es');

const maxBodyBytes = positiveInteger(values['max-body-bytes'], '--max-body-bytes');
const timeoutMs = positiveInteger(values['timeout-ms'], '--timeout-ms');
const options: CdsServerOptions = {
  ...(trust ? { trust } : {}),
  ...(values['base-url'] ? { baseUrl: values['base-url'] } : {}),
  ...(values['patient-page-url'] ? { patientPageUrl: values['patient-page-url'] } : {}),
  ...(values.lang ? { lang: values.lang as 'en' | 'es' } : {}),
  ...(maxBodyBytes !== undefined ? { maxBodyBytes } : {}),
  ...(timeoutMs !== undefined ? { timeoutMs } : {}),
  ...(values['cors-origin'] ? { corsOrigin: values['cors-origin'] } : {}),
};

const server = (() => {
  try {
    return createCdsServer(options);
  } catch (error) {
    return fail((error as Error).message);
  }
})();
server.on('error', (error) => fail(error.message));
server.listen(port, values.host, () => {
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  if (!trust) console.log('No trusted issuers: requests are not authenticated. For local testing only.');
  console.log(`ldn-cds-service listening on http://${values.host}:${bound}/cds-services`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
