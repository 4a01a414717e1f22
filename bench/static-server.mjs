// A local static server for the browser benchmarks: dist/ and bench/ from the project, and
// Shoelace's own prebuilt `cdn/` folder (a devDependency) under /shoelace/, fuse.js's dist/ under
// /fuse/. No network.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SHOELACE = join(ROOT, 'node_modules/@shoelace-style/shoelace/cdn') + sep;
const FUSE = join(ROOT, 'node_modules/fuse.js/dist') + sep;
const SERVED = [join(ROOT, 'dist') + sep, join(ROOT, 'bench') + sep];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

function fileFor(path) {
  for (const [prefix, folder] of [
    ['/shoelace/', SHOELACE],
    ['/fuse/', FUSE],
  ]) {
    if (!path.startsWith(prefix)) continue;
    const file = normalize(join(folder, path.slice(prefix.length)));
    return file.startsWith(folder) ? file : undefined;
  }
  const file = normalize(join(ROOT, path));
  return SERVED.some((folder) => file.startsWith(folder)) ? file : undefined;
}

/** Starts the server on a free port of 127.0.0.1. */
export async function startStaticServer() {
  const server = createServer(async (request, response) => {
    const file = fileFor(decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
    if (!file) return response.writeHead(404).end();
    try {
      const body = await readFile(file);
      response
        .writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        })
        .end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}
