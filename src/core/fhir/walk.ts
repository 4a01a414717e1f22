import { isObject, readBundleEntry, readResource, type AnyResource } from './schemas.js';
import type { SkipReason } from './skipped.js';

/** Bundles inside Bundles are read this deep; deeper ones are reported, not read (a cycle-proof bound). */
export const MAX_BUNDLE_DEPTH = 8;

/** References resolve in the Bundle that holds them first, then the Bundles around it. */
export interface Scope {
  parent?: Scope;
  byKey: Map<string, Located | typeof AMBIGUOUS>;
}

/** One resource of the input, where it was found. */
export interface Located {
  resource: AnyResource;
  path: string;
  fullUrl?: string;
  scope: Scope;
}

/** A resource found through a reference: a located entry, or a contained resource. */
export interface Resolved {
  resource: unknown;
  path: string;
  /** The entry it belongs to (a contained resource resolves `#` references in its container). */
  holder: Located;
  /** The resource whose `contained` list `#` references of this resource look in. */
  container: { resource: unknown; path: string };
}

export interface WalkSkip {
  reason: SkipReason;
  resourceType?: string;
  id?: string;
  path: string;
}

export interface Walk {
  located: Located[];
  /** Nested Bundles that were read (each entry of the input is accounted for). */
  bundles: { path: string; id?: string }[];
  skips: WalkSkip[];
  /** Every scope, for references that cross Bundles (a `urn:uuid:` is unique in any Bundle). */
  global: Scope;
}

const AMBIGUOUS = Symbol('ambiguous');

const join = (prefix: string, part: string) => (prefix ? `${prefix}.${part}` : part);

/** `Medication/1/_history/2` and `Medication/1` name the same resource. */
export function withoutHistory(reference: string): string {
  return reference.replace(/\/_history\/[^/]*\/?$/, '');
}

function register(scope: Scope, key: string, located: Located): void {
  const existing = scope.byKey.get(key);
  // Two different resources under one key: a reference to it cannot be trusted to mean either.
  if (existing === undefined) scope.byKey.set(key, located);
  else if (existing !== AMBIGUOUS && existing.resource !== located.resource) scope.byKey.set(key, AMBIGUOUS);
}

function keysOf(located: Located): string[] {
  const keys: string[] = [];
  if (located.fullUrl) keys.push(withoutHistory(located.fullUrl.trim()));
  if (located.resource.id) keys.push(`${located.resource.resourceType}/${located.resource.id}`);
  return keys;
}

/** Reads a Bundle, a list of resources or one resource into located resources; `undefined` when it is none of these. */
export function walkInput(input: unknown): Walk | undefined {
  const list = Array.isArray(input);
  if (!list && !readResource(input)) return undefined;

  const global: Scope = { byKey: new Map() };
  const walk: Walk = { located: [], bundles: [], skips: [], global };
  const root: Scope = { byKey: new Map() };

  const add = (resource: AnyResource, path: string, scope: Scope, fullUrl?: string) => {
    const located: Located = { resource, path, scope, ...(fullUrl ? { fullUrl } : {}) };
    walk.located.push(located);
    for (const key of keysOf(located)) {
      register(scope, key, located);
      register(global, key, located);
    }
  };

  /** One slot that should hold a resource: a Bundle is opened, anything else is located or reported. */
  const visit = (value: unknown, path: string, scope: Scope, depth: number, fullUrl?: string) => {
    const resource = readResource(value);
    if (!resource) {
      walk.skips.push({ reason: 'malformed', path });
      return;
    }
    if (resource.resourceType !== 'Bundle') {
      add(resource, path, scope, fullUrl);
      return;
    }
    const id = resource.id;
    if (depth >= MAX_BUNDLE_DEPTH) {
      walk.skips.push({ reason: 'too-deeply-nested', resourceType: 'Bundle', path, ...(id ? { id } : {}) });
      return;
    }
    const entries = resource['entry'];
    if (entries !== undefined && !Array.isArray(entries)) {
      walk.skips.push({
        reason: 'malformed',
        resourceType: 'Bundle',
        path: join(path, 'entry'),
        ...(id ? { id } : {}),
      });
      return;
    }
    walk.bundles.push({ path, ...(id ? { id } : {}) });
    // A search page with more pages after it: what they hold was never sent, so it was not checked.
    const links = resource['link'];
    if (Array.isArray(links)) {
      links.forEach((link: unknown, i: number) => {
        const relation = isObject(link) && typeof link['relation'] === 'string' ? link['relation'].trim() : '';
        if (relation.toLowerCase() === 'next')
          walk.skips.push({
            reason: 'incomplete',
            resourceType: 'Bundle',
            path: join(path, `link[${i}]`),
            ...(id ? { id } : {}),
          });
      });
    }
    const inner: Scope = { parent: scope, byKey: new Map() };
    (entries ?? []).forEach((entry: unknown, i: number) => {
      const entryPath = join(path, `entry[${i}]`);
      try {
        const parsedEntry = readBundleEntry(entry);
        if (!parsedEntry) walk.skips.push({ reason: 'malformed', path: entryPath });
        else if (parsedEntry.resource === undefined || parsedEntry.resource === null)
          walk.skips.push({ reason: 'no-resource', path: entryPath });
        else visit(parsedEntry.resource, join(entryPath, 'resource'), inner, depth + 1, parsedEntry.fullUrl);
      } catch {
        // A throwing getter or a hostile proxy in one entry: report it and read the others.
        walk.skips.push({ reason: 'malformed', path: entryPath });
      }
    });
  };

  if (list) {
    (input as unknown[]).forEach((item, i) => {
      try {
        visit(item, `[${i}]`, root, 0);
      } catch {
        walk.skips.push({ reason: 'malformed', path: `[${i}]` });
      }
    });
  } else {
    visit(input, '', root, -1);
  }
  return walk;
}

function lookup(scope: Scope | undefined, key: string, global: Scope): Located | undefined {
  for (let s = scope; s; s = s.parent) {
    const found = s.byKey.get(key);
    if (found === AMBIGUOUS) return undefined;
    if (found) return found;
  }
  const found = global.byKey.get(key);
  return found === AMBIGUOUS ? undefined : found;
}

/** `http://x/fhir/MedicationRequest/1` → `http://x/fhir/`: the base a relative reference resolves against. */
function restBase(fullUrl: string | undefined): string | undefined {
  const match = fullUrl ? /^([a-z][a-z0-9+.-]*:\/\/.*\/)[A-Za-z]+\/[^/]+(?:\/_history\/[^/]+)?$/i.exec(fullUrl) : null;
  return match?.[1];
}

/**
 * The resource a reference points to: `#id` in the container's `contained`; `Type/id` (also with
 * `/_history/n`) in the Bundles around, or against the entry's RESTful `fullUrl`; absolute URLs
 * and `urn:uuid:` by `fullUrl`. Undefined when it is not in the input, or is ambiguous.
 */
export function resolveReference(
  reference: string,
  holder: Located,
  container: { resource: unknown; path: string },
  global: Scope,
): Resolved | undefined {
  const ref = reference.trim();
  if (ref.startsWith('#')) {
    const id = ref.slice(1);
    if (!id) return undefined;
    const list = (container.resource as { contained?: unknown }).contained;
    if (!Array.isArray(list)) return undefined;
    const index = list.findIndex(
      (item) => typeof item === 'object' && item !== null && (item as { id?: unknown }).id === id,
    );
    if (index < 0) return undefined;
    // Contained resources share their container's `contained` list (FHIR forbids nesting it further).
    return { resource: list[index], path: join(container.path, `contained[${index}]`), holder, container };
  }
  const key = withoutHistory(ref);
  if (!key) return undefined;
  const absolute = /^[a-z][a-z0-9+.-]*:/i.test(key);
  const base = absolute ? undefined : restBase(holder.fullUrl);
  const found = (base ? lookup(holder.scope, `${base}${key}`, global) : undefined) ?? lookup(holder.scope, key, global);
  if (!found) return undefined;
  return {
    resource: found.resource,
    path: found.path,
    holder: found,
    container: { resource: found.resource, path: found.path },
  };
}

/** The resource type of whatever sits in a slot, for reports. */
export function resourceTypeOf(value: unknown): string | undefined {
  try {
    const type = (value as { resourceType?: unknown } | null)?.resourceType;
    return typeof type === 'string' ? type : undefined;
  } catch {
    return undefined;
  }
}
