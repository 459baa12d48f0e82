/**
 * Each case remembers its last view: the share-link fragment (url-state.ts) of the canvas last
 * shown in it, kept in the browser's localStorage, so that opening a case without a view in its
 * link shows what the investigator left there. Bounded (the cases opened most recently) and
 * forgiving: whatever cannot be read is ignored, never an error that keeps a case from opening.
 */

/** The part of Storage used here, so that tests can pass a plain object. */
export type ViewStorage = Pick<Storage, 'getItem' | 'setItem'>;

export const LAST_VIEWS_KEY = 'redstring.lastViews';
/** Cases remembered; the one left longest ago is forgotten first. */
export const LAST_VIEWS_KEPT = 20;

interface Entry {
  /** The view as a URL fragment, `#view=…`. */
  hash: string;
  /** When it was saved (ms since the epoch): the order in which cases are forgotten. */
  at: number;
}

function read(storage: ViewStorage): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage.getItem(LAST_VIEWS_KEY) ?? '{}');
  } catch {
    return entries;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return entries;
  for (const [id, value] of Object.entries(parsed)) {
    if (typeof value !== 'object' || value === null) continue;
    const { hash, at } = value as Partial<Entry>;
    if (typeof hash === 'string' && hash.startsWith('#view=') && typeof at === 'number')
      entries.set(id, { hash, at });
  }
  return entries;
}

/** The last view of case `id`, or null when there is none (or it could not be read). */
export function lastView(storage: ViewStorage | null, id: string): string | null {
  if (!storage) return null;
  try {
    return read(storage).get(id)?.hash ?? null;
  } catch {
    // A browser that refuses storage (privacy settings) has no last views.
    return null;
  }
}

/** Remembers `hash` as the last view of case `id`; an empty hash forgets it (the canvas was empty). */
export function rememberView(storage: ViewStorage | null, id: string, hash: string, now = Date.now()): void {
  if (!storage) return;
  try {
    const entries = read(storage);
    entries.delete(id);
    if (hash) entries.set(id, { hash, at: now });
    const kept = [...entries].sort((a, b) => b[1].at - a[1].at).slice(0, LAST_VIEWS_KEPT);
    storage.setItem(LAST_VIEWS_KEY, JSON.stringify(Object.fromEntries(kept)));
  } catch {
    // Full or refused storage: the view is still in the URL.
  }
}

/** The browser's localStorage, or null where touching it throws (some privacy settings). */
export function browserStorage(): ViewStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
