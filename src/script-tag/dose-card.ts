// Entry of dist/ldn-dose-card.js: registers the element and leaves nothing on `window`.
import '../components/dose-card/define.js';
