// The server-rendered patient guide (/ssr.html): Lit's hydrate support first, so the elements
// adopt the server's shadow roots instead of rendering a second copy, then the library from src/.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../src/index.js';
