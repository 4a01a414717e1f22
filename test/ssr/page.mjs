// The server-rendered page the SSR tests load: built with the package's own `ldn-widgets/ssr`
// (dist/, as authors get it), served from memory with a client bundle that loads Lit's hydrate
// support before the elements, as the README tells authors to.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { renderToString } from 'ldn-widgets/ssr';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The widgets as an author writes them; `lang` sections the server cannot see on its own. */
export const WIDGETS = `
  <section aria-labelledby="card-h"><h2 id="card-h">Dose</h2>
    <ldn-dose-card id="card" heading-level="3" start-date="2025-03-01" step-dose="1.5" step-days="7"></ldn-dose-card>
  </section>
  <section aria-labelledby="checker-h"><h2 id="checker-h">Medicines</h2>
    <ldn-interaction-checker id="checker" heading-level="3" medications="Ultram,gabapentin" conditions="pregnancy"></ldn-interaction-checker>
  </section>
  <section aria-labelledby="effects-h"><h2 id="effects-h">Side effects</h2>
    <ldn-side-effect-list id="effects" heading-level="3"></ldn-side-effect-list>
  </section>
  <section lang="es" aria-labelledby="es-h"><h2 id="es-h">En español</h2>
    <ldn-dose-card id="card-es" heading-level="3"></ldn-dose-card>
  </section>
  <section aria-labelledby="bad-h"><h2 id="bad-h">Bad input</h2>
    <ldn-dose-card id="bad" heading-level="3" start-dose="abc" form="pill"></ldn-dose-card>
  </section>`;

/** A whole page around `body`, rendered on the server; `script` adds the client bundle. */
export async function renderPage({ lang = 'en', body = WIDGETS, script = true } = {}) {
  const scriptTag = script ? '<script type="module" src="/client.js"></script>' : '';
  return renderToString(
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>SSR test page</title>${scriptTag}</head>` +
      `<body><main><h1>LDN</h1>${body}</main></body></html>`,
    { lang },
  );
}

/** The browser side: hydrate support first, then the package (dev-mode Lit, so mismatches warn). */
async function clientBundle() {
  const result = await build({
    stdin: {
      contents: "import '@lit-labs/ssr-client/lit-element-hydrate-support.js'; import 'ldn-widgets';",
      resolveDir: ROOT,
    },
    bundle: true,
    format: 'esm',
    write: false,
    conditions: ['development', 'browser'],
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Serves `pages` (path → HTML), /client.js and /axe.js from memory on a free port. */
export async function startPageServer(pages) {
  const files = new Map(Object.entries(pages).map(([path, html]) => [path, ['text/html; charset=utf-8', html]]));
  files.set('/client.js', ['text/javascript', await clientBundle()]);
  files.set('/axe.js', ['text/javascript', await readFile(`${ROOT}node_modules/axe-core/axe.min.js`, 'utf8')]);
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    const file = files.get(path);
    if (path === '/favicon.ico') return response.writeHead(204).end();
    if (!file) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': file[0] }).end(file[1]);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
