// A tiny static server over the project root for the built-script tests: it records every
// request (a page must make none beyond its own files) and can send a Content-Security-Policy.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json' };

/** Starts the server on a free port; `csp` maps a page path to the policy sent with it. */
export async function startStaticServer({ csp = {} } = {}) {
  const requests = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    requests.push(path);
    // Browsers ask for a favicon on their own; answer "no content" so it is not a 404 in the console.
    if (path === '/favicon.ico') return response.writeHead(204).end();
    const file = normalize(join(ROOT, path));
    if (!file.startsWith(ROOT)) return response.writeHead(403).end();
    try {
      const body = await readFile(file);
      // No charset on purpose: the script must work on a page that declares none.
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      if (csp[path]) headers['content-security-policy'] = csp[path];
      response.writeHead(200, headers).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    /** Page path → policy; a test may add pages after start. */
    csp,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
