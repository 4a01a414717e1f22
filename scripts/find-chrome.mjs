// Finds a Chrome or Chromium the way a user's machine would: CHROME_PATH first, then the usual
// install paths. Shared by the test runner, Storybook's test project and the benchmarks, so all
// three agree on one browser and fail with the same clear message when there is none.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATE_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];
const COMMAND_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function onPath(name) {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** @returns {string} absolute path to a Chrome/Chromium executable */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to "${fromEnv}", but no file is there.`);
  }
  const found =
    CANDIDATE_PATHS.find((path) => existsSync(path)) ?? COMMAND_NAMES.map(onPath).find((path) => path !== undefined);
  if (found) return found;
  throw new Error(
    'No Chrome or Chromium was found. Install one (Debian/Ubuntu: `apt-get install chromium`) ' +
      'or set CHROME_PATH to its executable.',
  );
}

/** Flags for a headless browser on a closed network (also safe on a desktop). */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
