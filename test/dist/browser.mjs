// Launches the machine's Chrome/Chromium (never a downloaded one) for the built-script tests.
import { chromium } from 'playwright';
import { CHROME_FLAGS, findChrome } from '../../scripts/find-chrome.mjs';

export function launchBrowser() {
  return chromium.launch({ executablePath: findChrome(), headless: true, args: CHROME_FLAGS });
}

/** Opens a page that records console errors, page errors and CSP violations. */
export async function openRecordedPage(browser, url) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(url);
  await page.waitForFunction(() =>
    ['ldn-dose-card', 'ldn-interaction-checker', 'ldn-side-effect-list'].every(
      (tag) => customElements.get(tag) && document.querySelector(tag)?.shadowRoot?.childElementCount,
    ),
  );
  return { page, problems };
}
