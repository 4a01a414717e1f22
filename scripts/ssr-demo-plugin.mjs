// `npm start` serves /ssr.html: the patient guide (index.html) rendered on the server by
// ldn-widgets/ssr from src/, so the widgets' content is in the HTML before any script runs, then
// hydrated in place by demo/ssr-page.ts. `/ssr.html?lang=es` renders it in Spanish on the server.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const INDEX_HTML = fileURLToPath(new URL('../index.html', import.meta.url));
const CLIENT_SCRIPT = '<script type="module" src="/src/index.ts"></script>';

/** Dev-server only: a middleware answering GET /ssr.html. */
export function ssrDemoPlugin() {
  return {
    name: 'ldn:ssr-demo',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        if (url.pathname !== '/ssr.html') return next();
        try {
          const lang = url.searchParams.get('lang') === 'es' ? 'es' : 'en';
          const source = await readFile(INDEX_HTML, 'utf8');
          if (!source.includes(CLIENT_SCRIPT)) throw new Error(`index.html no longer loads ${CLIENT_SCRIPT}`);
          // Hydrate support must load before the elements: demo/ssr-page.ts imports it first.
          const page = source
            .replace(CLIENT_SCRIPT, '<script type="module" src="/demo/ssr-page.ts"></script>')
            .replace('<html lang="en">', `<html lang="${lang}">`);
          const { renderToString } = await server.ssrLoadModule('/src/ssr/index.ts');
          const html = await server.transformIndexHtml('/ssr.html', await renderToString(page, { lang }));
          response.setHeader('content-type', 'text/html; charset=utf-8');
          response.end(html);
        } catch (error) {
          next(error);
        }
      });
    },
  };
}
