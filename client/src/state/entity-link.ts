/**
 * The address that opens a case with one entity on its canvas: `/cases/<id>` with a view of that
 * entity in the fragment, read like any shared view (url-state.ts).
 */
import { defaultFilters } from './filters.ts';
import { encodeView } from './url-state.ts';

export async function entityInCasePath(caseId: string, entityId: string): Promise<string> {
  const view = await encodeView({
    entityIds: [entityId],
    positions: {},
    hidden: [],
    pinned: [],
    filters: defaultFilters,
    layout: 'fcose',
  });
  return `/cases/${encodeURIComponent(caseId)}${view}`;
}
