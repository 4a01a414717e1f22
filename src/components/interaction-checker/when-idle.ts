import { isServer } from 'lit';

/** Work done in short slices: see `inIdleSlices`. */
export interface IdleSlices {
  /** True once the work is done (or cancelled). */
  readonly done: boolean;
  /** Someone waits for the result: go on in short tasks now, not only when the browser is idle. */
  hurry(): void;
  cancel(): void;
}

/** Longest slice: well inside one 60 Hz frame, so a keystroke never waits long for the main thread. */
const SLICE_MS = 6;

/**
 * Runs `step(budgetMs)` in slices of at most ~6 ms while the browser is idle (or in short tasks
 * once `hurry()` is called) until it returns true, then calls `onDone`. Never on the server.
 */
export function inIdleSlices(step: (budgetMs: number) => boolean, onDone: () => void, timeoutMs = 2000): IdleSlices {
  let done = isServer;
  let hurried = false;
  let cancelScheduled: () => void = () => {};
  const run = (budgetMs: number) => {
    if (done) return;
    if (step(budgetMs)) {
      done = true;
      onDone();
    } else schedule();
  };
  const schedule = () => {
    if (hurried || typeof requestIdleCallback !== 'function') {
      const handle = setTimeout(() => run(SLICE_MS), 0);
      cancelScheduled = () => clearTimeout(handle);
      return;
    }
    const handle = requestIdleCallback(
      (deadline) => run(deadline.didTimeout ? SLICE_MS : Math.max(1, Math.min(SLICE_MS, deadline.timeRemaining()))),
      { timeout: timeoutMs },
    );
    cancelScheduled = () => cancelIdleCallback(handle);
  };
  if (!done) schedule();
  return {
    get done() {
      return done;
    },
    hurry() {
      if (done || hurried) return;
      hurried = true;
      cancelScheduled();
      schedule();
    },
    cancel() {
      done = true;
      cancelScheduled();
    },
  };
}
