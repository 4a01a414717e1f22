import { isServer } from 'lit';

/**
 * Runs `task` once the browser is idle (`requestIdleCallback`, or a timer where there is none),
 * never on the server. Returns a function that cancels it if it has not run yet.
 */
export function whenIdle(task: () => void, timeoutMs = 2000): () => void {
  if (isServer) return () => {};
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 1);
  return () => clearTimeout(handle);
}
