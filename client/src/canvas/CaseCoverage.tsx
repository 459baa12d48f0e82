/**
 * The footer's line on how much of the case is not on the canvas ("Showing 30 of 120,000 entities ·
 * 55 of 500,000 relations — 619,915 more"), with the way to the whole case when it
 * fits, or why it does not. Stays while anything of the case is left out.
 */
import { useExplorer, useRedstring } from '../state/ExplorerProvider.tsx';
import { coverage, tooLargeText } from '../state/coverage.ts';

export function CaseCoverage() {
  const explorer = useExplorer();
  const { summary, entities, relations } = useRedstring((s) => ({
    summary: s.summary,
    entities: Object.keys(s.doc.entities).length,
    relations: Object.keys(s.doc.relations).length,
  }));
  const caseCounts = summary ? { entities: summary.entityCount, relations: summary.relationCount } : null;
  const shown = coverage(caseCounts, { entities, relations });
  if (!shown || !caseCounts) return null;
  return (
    <span className="case-coverage" role="status" aria-label="Not on the canvas">
      {shown.text}
      {shown.fits ? (
        <>
          {' '}
          <button type="button" className="link small" onClick={() => void explorer.openWholeCase()}>
            Show the whole case
          </button>
        </>
      ) : (
        <span title={tooLargeText(caseCounts)}> · too large to open whole</span>
      )}
    </span>
  );
}
