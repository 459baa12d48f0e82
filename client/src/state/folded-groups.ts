/**
 * Which filter groups the investigator folded away, kept in the browser's localStorage so that they
 * stay folded when the panel is reopened (switching to Paths unmounts it) and on the next visit.
 */
import type { ViewStorage } from './last-views.ts';

export const FOLDED_GROUPS_KEY = 'redstring.folded-filter-groups';

export function foldedGroups(storage: ViewStorage | null): ReadonlySet<string> {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(FOLDED_GROUPS_KEY) ?? '[]');
    return new Set(Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : []);
  } catch {
    // Unreadable (hand-edited, another version): every group open, as at first.
    return new Set();
  }
}

/** Folds or unfolds a group, and remembers it; returns the groups now folded. */
export function setGroupFolded(
  storage: ViewStorage | null,
  group: string,
  folded: boolean,
): ReadonlySet<string> {
  const next = new Set(foldedGroups(storage));
  if (folded) next.add(group);
  else next.delete(group);
  try {
    storage?.setItem(FOLDED_GROUPS_KEY, JSON.stringify([...next].sort()));
  } catch {
    // Full or refused storage: folded for now, open again next time.
  }
  return next;
}
