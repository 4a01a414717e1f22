// Types for find-chrome.mjs, so TypeScript configs (vitest.config.ts) can import it.

/** Absolute path to a Chrome/Chromium executable: CHROME_PATH first, then the usual install paths. */
export function findChrome(): string;

/** Flags for a headless browser on a closed network (also safe on a desktop). */
export const CHROME_FLAGS: string[];
