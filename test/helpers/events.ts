/** Resolves with the next `name` event fired on `target`. */
export function nextEvent<T = unknown>(target: EventTarget, name: string): Promise<CustomEvent<T>> {
  return new Promise((resolve) => target.addEventListener(name, (e) => resolve(e as CustomEvent<T>), { once: true }));
}

/** Records every `name` event fired on `target` from now on. */
export function recordEvents<T = unknown>(target: EventTarget, name: string): CustomEvent<T>[] {
  const events: CustomEvent<T>[] = [];
  target.addEventListener(name, (e) => events.push(e as CustomEvent<T>));
  return events;
}
