/**
 * The counts of what the canvas shows, for a component. Worked out once per document and filters: a
 * selector would build new objects on every store change, which the shallow comparison cannot match.
 */
import { useMemo } from 'react';
import { useRedstring } from './ExplorerProvider.tsx';
import { visibleCounts, type VisibleCounts } from './visible-counts.ts';

export function useVisibleCounts(): VisibleCounts {
  const { doc, filters } = useRedstring((s) => ({ doc: s.doc, filters: s.filters }));
  return useMemo(() => visibleCounts(doc, filters), [doc, filters]);
}
