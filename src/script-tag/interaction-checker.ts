// Entry of dist/ldn-interaction-checker.js: registers the element and leaves nothing on `window`.
import '../components/interaction-checker/define.js';
