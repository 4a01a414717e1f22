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

/**
 * Time a task may spend on first renders before it yields; one render always runs. About a frame:
 * shorter slices let the browser lay out and paint partial pages more often, which costs 100
 * instances some 10% more main-thread time; longer ones let two or three renders add up to a long task.
 */
const SLICE_MS = 16;

// Each job renders one element and then resolves the promise its `updateComplete` waits for
// (LdnElement's update catches every error, so a render does not throw).
const queue: (() => void)[] = [];
let scheduled = false;
let channel: MessageChannel | undefined;

/** Runs the next slice in a new task: `scheduler.yield` where there is one (it goes before other queued tasks), else a message. */
function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) {
    void scheduler.yield().then(runSlice);
  } else {
    channel ??= new MessageChannel();
    channel.port1.onmessage = runSlice;
    channel.port2.postMessage(0);
  }
}

function runSlice(): void {
  scheduled = false;
  const start = performance.now();
  try {
    do queue.shift()?.();
    while (queue.length > 0 && performance.now() - start < SLICE_MS);
  } finally {
    // Even if a render threw (it surfaces as the page's uncaught error), the others still get their turn.
    if (queue.length > 0) schedule();
  }
}

/** Runs `render` in a later task, after first renders queued before it; resolves once it ran. */
export function queueFirstRender(render: () => void): Promise<void> {
  return new Promise<void>((resolve) => {
    queue.push(() => {
      render();
      resolve();
    });
    schedule();
  });
}
