/**
 * Records what reaches the page from the elements: uncaught errors and unhandled rejections.
 * Call once at the top level of a test file; read `pageErrors()` and `clearPageErrors()` in tests.
 */
let recorded: string[] = [];
const onError = (event: ErrorEvent) => recorded.push(event.message);
const onRejection = (event: PromiseRejectionEvent) => recorded.push(String(event.reason));

export function recordPageErrors(): void {
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
}

export const pageErrors = (): readonly string[] => recorded;
export const notePageError = (message: string): void => void recorded.push(message);
export function clearPageErrors(): void {
  recorded = [];
}
