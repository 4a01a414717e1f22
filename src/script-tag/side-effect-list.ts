// Entry of dist/ldn-side-effect-list.js: registers the element and leaves nothing on `window`.
import '../components/side-effect-list/define.js';
