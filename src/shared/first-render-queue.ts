/**
 * Lets elements' first renders run in tasks of their own instead of all in the task that defined
 * them. `customElements.define` upgrades every element already on the page at once, and Lit
 * schedules each first update as a microtask: without this, a script tag and three elements make
 * one long task (script evaluation plus three first renders) that blocks input for all of it.
 *
 * Renders waiting here run in order, as many per task as fit in a short slice, so a page with
 * 100 elements still renders them in a few tasks. The element's `updateComplete` resolves only
 * after its render ran, so awaiting it means what it always did.
 */

interface Job {
  run: () => void;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Time a task may spend on first renders before it yields; one render always runs. About a frame:
 * shorter slices let the browser lay out and paint partial pages more often, which costs 100
 * instances some 10% more main-thread time; longer ones let two or three renders add up to a long task.
 */
const SLICE_MS = 16;

const queue: Job[] = [];
let scheduled = false;
let channel: MessageChannel | undefined;

const now = (): number => (typeof performance === 'object' ? performance.now() : Date.now());

interface Scheduler {
  yield?: () => Promise<void>;
}

/** Runs the next slice in a new task: `scheduler.yield` where there is one (it goes before other queued tasks), else a message. */
function runSliceInNextTask(): void {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') {
    scheduler.yield().then(runSlice, runSlice);
    return;
  }
  if (typeof MessageChannel === 'function') {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => runSlice();
    }
    channel.port2.postMessage(null);
    return;
  }
  setTimeout(runSlice, 0);
}

function runSlice(): void {
  scheduled = false;
  const start = now();
  do {
    const job = queue.shift();
    if (!job) break;
    try {
      job.run();
      job.resolve();
    } catch (error) {
      job.reject(error);
    }
  } while (queue.length > 0 && now() - start < SLICE_MS);
  if (queue.length > 0) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  runSliceInNextTask();
}

/** Runs `render` in a later task, after first renders queued before it; resolves once it ran. */
export function queueFirstRender(render: () => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    queue.push({ run: render, resolve, reject });
    schedule();
  });
}
