/// <reference types="node" />
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { JSONWebKeySet } from 'jose';
import { parseOrThrow } from '../core/errors.js';
import { CdsServiceConfigSchema, type CdsServiceConfig } from './config.js';
import { createJwtVerifier } from './jwt.js';
import { operationOutcome, type IssueType } from './operation-outcome.js';
import { handleCdsRequest } from './service.js';

export interface CdsServerOptions extends CdsServiceConfig {
  /** Largest request body accepted, in bytes (default 1 MiB). */
  maxBodyBytes?: number;
  /** Longest a client may take to send its request, in ms (default 10 s). */
  timeoutMs?: number;
  /** `Access-Control-Allow-Origin` (default `*`, what EHR sandboxes in a browser need). */
  corsOrigin?: string;
  /** Trusted CDS clients: without them every request is accepted (local testing only). */
  trust?: { jwks: JSONWebKeySet; issuers: readonly string[] };
  /**
   * Public base URL the EHR calls (`https://cds.example.org`): the JWT `aud` must be an endpoint under
   * it. Default: the address the server listens on (right for 127.0.0.1, not behind a proxy).
   */
  baseUrl?: string;
}

const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 10_000;

/** `http://<address>:<port>` the server listens on: the JWT audience when no `baseUrl` is given. */
function boundUrl(server: Server): string {
  const address = server.address();
  if (!address || typeof address === 'string') return 'http://localhost';
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': status < 300 ? 'application/json; charset=utf-8' : 'application/fhir+json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

function refuse(
  res: ServerResponse,
  status: number,
  code: IssueType,
  diagnostics: string,
  headers?: Record<string, string>,
) {
  send(res, status, operationOutcome(code, diagnostics), headers);
}

/** Reads the body up to the limit and within the time limit; `undefined` once it has answered an error. */
function readBody(
  req: IncomingMessage,
  res: ServerResponse,
  maxBytes: number,
  timeoutMs: number,
): Promise<string | undefined> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length']);
    const tooLarge = () => {
      // Answer, then drop the connection: reading a huge body to the end would be the attack.
      refuse(res, 413, 'too-costly', `The request body is larger than ${maxBytes} bytes`, { connection: 'close' });
      res.once('finish', () => req.destroy());
      resolve(undefined);
    };
    if (Number.isFinite(declared) && declared > maxBytes) return tooLarge();
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      refuse(res, 408, 'timeout', `The request took longer than ${timeoutMs} ms to arrive`, { connection: 'close' });
      res.once('finish', () => req.destroy());
      resolve(undefined);
    }, timeoutMs);
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > maxBytes) {
        done = true;
        clearTimeout(timer);
        req.pause();
        return tooLarge();
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', () => {
      done = true;
      clearTimeout(timer);
      resolve(undefined);
    });
  });
}

/**
 * The CDS Hooks service over node:http: CORS, body size and time limits, and (with trusted
 * issuers) the client's JWT. Everything else is `handleCdsRequest`, a pure function.
 */
export function createCdsServer(options: CdsServerOptions = {}): Server {
  const {
    maxBodyBytes = DEFAULT_MAX_BODY_BYTES,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    corsOrigin = '*',
    trust,
    baseUrl,
  } = options;
  const config: CdsServiceConfig = {
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.patientPageUrl ? { patientPageUrl: options.patientPageUrl } : {}),
    ...(options.knowledgeBase ? { knowledgeBase: options.knowledgeBase } : {}),
  };
  // A bad setting fails here, at start-up, not as a 500 on every request.
  parseOrThrow(CdsServiceConfigSchema, config, 'CDS service config');
  const verify = trust ? createJwtVerifier(trust) : undefined;
  const cors = {
    'access-control-allow-origin': corsOrigin,
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': 'Authorization, Content-Type',
    'access-control-max-age': '600',
  };

  const server = createServer(async (req, res) => {
    try {
      for (const [name, value] of Object.entries(cors)) res.setHeader(name, value);
      if (req.method === 'OPTIONS') {
        res.writeHead(204);
        res.end();
        return;
      }
      const path = (req.url ?? '/').split('?')[0]!;
      if (verify) {
        // Never the Host header: a client could name another service's host and replay its token here.
        const base = (baseUrl ?? boundUrl(server)).replace(/\/+$/, '');
        const check = await verify(req.headers.authorization, [`${base}${path}`, `${base}/cds-services`, base]);
        if (!check.ok) return refuse(res, 401, 'security', check.reason, { 'www-authenticate': 'Bearer' });
      }
      let body: string | undefined;
      if (req.method === 'POST') {
        const type = req.headers['content-type'];
        if (type !== undefined && !/^application\/(fhir\+)?json\b/i.test(type))
          return refuse(res, 415, 'not-supported', 'Send the request as application/json');
        body = await readBody(req, res, maxBodyBytes, timeoutMs);
        if (body === undefined) return;
      }
      const answer = handleCdsRequest(
        { method: req.method ?? 'GET', path, ...(body !== undefined ? { body } : {}) },
        config,
      );
      send(res, answer.status, answer.body);
    } catch {
      refuse(res, 500, 'exception', 'Internal error');
    }
  });
  // Backstops for slow clients: headers and whole requests must arrive in time.
  server.headersTimeout = timeoutMs;
  server.requestTimeout = timeoutMs + 1000;
  return server;
}
