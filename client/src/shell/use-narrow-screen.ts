/**
 * Whether the screen is narrow enough that the side panels become drawers over the canvas (a phone,
 * a small tablet). The width is the one the stylesheet's drawer layout uses (styles.css, "narrow
 * screens"): the two must agree, or a drawer would be open where the CSS shows a column.
 */
import { useSyncExternalStore } from 'react';

export const NARROW_QUERY = '(max-width: 900px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function narrowNow(): boolean {
  return window.matchMedia(NARROW_QUERY).matches;
}

export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, narrowNow);
}
