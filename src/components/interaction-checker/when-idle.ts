import { isServer } from 'lit';

/** Work done in short slices: see `inIdleSlices`. */
export interface IdleSlices {
  /** True once the work is done (or cancelled). */
  readonly done: boolean;
  /** Someone waits for the result: go on in short tasks now, not only when the browser is idle. */
  hurry(): void;
  cancel(): void;
}

/** Longest slice while idle: well inside one 60 Hz frame, so a keystroke never waits long for the main thread. */
const SLICE_MS = 6;
/** Longest slice once someone waits for the result: still far from a long task (50 ms) and inside a frame. */
const HURRIED_SLICE_MS = 10;

/**
 * Queues `task` as a new task without a timer: nested setTimeout calls are clamped to 4 ms each,
 * which would add ~40 % to work done in 6–10 ms slices.
 */
function queueTask(task: () => void): () => void {
  const scheduler = (globalThis as { scheduler?: { postTask?: (t: () => void, o: object) => Promise<void> } })
    .scheduler;
  if (typeof scheduler?.postTask === 'function' && typeof AbortController === 'function') {
    const controller = new AbortController();
    scheduler.postTask(task, { priority: 'user-visible', signal: controller.signal }).catch(() => {});
    return () => controller.abort();
  }
  const handle = setTimeout(task, 0);
  return () => clearTimeout(handle);
}

/**
 * Runs `step(budgetMs)` in slices of at most ~6 ms while the browser is idle (or in tasks of at
 * most ~10 ms once `hurry()` is called) until it returns true, then calls `onDone`. Never on the server.
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
      cancelScheduled = queueTask(() => run(hurried ? HURRIED_SLICE_MS : SLICE_MS));
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
