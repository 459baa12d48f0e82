/**
 * The case in time: dated relations and events, one column per year, in order. Picking an item puts
 * it on the canvas if needed and selects it there; items outside the date window are dimmed.
 */
import { useMemo } from 'react';
import { relationLabel } from '../canvas/entity-style.ts';
import { inDateWindow, yearOf } from '../state/dates.ts';
import { toCanvasRelation } from '../state/graph-model.ts';
import type { TimelineEntry } from '../state/case-slice.ts';
import { useExplorer, useRedstring } from '../state/ExplorerProvider.tsx';
import { ShapeIcon } from '../canvas/TypeBadge.tsx';

function itemId(item: TimelineEntry): string {
  return item.relation?.id ?? item.entity?.id ?? item.date;
}

export function TimelinePanel() {
  const explorer = useExplorer();
  const timeline = useRedstring((s) => s.timeline);
  const filters = useRedstring((s) => s.filters);
  const selected = useRedstring((s) => [...s.selection.entities, ...s.selection.relations]);
  const onCanvas = useRedstring((s) => s.doc);

  const years = useMemo(() => {
    const byYear = new Map<number, TimelineEntry[]>();
    for (const item of timeline?.items ?? []) {
      const y = yearOf(item.date);
      if (y === null) continue;
      byYear.set(y, [...(byYear.get(y) ?? []), item]);
    }
    return [...byYear.entries()].sort((a, b) => a[0] - b[0]);
  }, [timeline]);

  if (!timeline)
    return (
      <div className="timeline-panel">
        <div className="sk sk-block" aria-busy="true" aria-label="Loading timeline" />
      </div>
    );
  if (years.length === 0)
    return <div className="timeline-panel empty-note">No dated relations or events in this case.</div>;

  const windowOf = { from: filters.dateFrom, to: filters.dateTo, includeUndated: true };
  const selectedSet = new Set(selected);
  const pick = (item: TimelineEntry) => {
    if (item.relation) void explorer.reveal([], [toCanvasRelation(item.relation)]);
    else if (item.entity) void explorer.reveal([item.entity.id], []);
    if (item.relation) explorer.store.getState().setFocus({ kind: 'relation', id: item.relation.id });
    else if (item.entity) explorer.store.getState().setFocus({ kind: 'entity', id: item.entity.id });
  };
  const inWindow = (timeline.items ?? []).filter((item) =>
    inDateWindow(item.relation ?? { date: item.date }, windowOf),
  );

  return (
    <div className="timeline-panel">
      <div className="timeline-toolbar">
        <span className="muted small">
          {timeline.items.length} dated items{timeline.truncated ? ' (first part)' : ''}
          {filters.dateFrom || filters.dateTo ? ` · ${inWindow.length} in the date window` : ''}
        </span>
        <button
          type="button"
          className="small"
          onClick={() =>
            void explorer.reveal(
              inWindow.flatMap((i) => (i.entity ? [i.entity.id] : [])),
              inWindow.flatMap((i) => (i.relation ? [toCanvasRelation(i.relation)] : [])),
            )
          }
        >
          Show all {filters.dateFrom || filters.dateTo ? 'in the window' : ''} on the canvas
        </button>
      </div>
      <ol className="timeline-years" aria-label="Timeline">
        {years.map(([year, items]) => (
          <li key={year} className="timeline-year">
            <h3>{year}</h3>
            <ul>
              {items.map((item) => {
                const id = itemId(item);
                const within = inDateWindow(item.relation ?? { date: item.date }, windowOf);
                const drawn = Boolean(
                  item.relation
                    ? onCanvas.relations[item.relation.id]
                    : item.entity && onCanvas.entities[item.entity.id],
                );
                return (
                  <li key={id}>
                    <button
                      type="button"
                      className={`timeline-item ${within ? '' : 'outside'} ${selectedSet.has(id) ? 'selected' : ''}`}
                      aria-pressed={selectedSet.has(id)}
                      onClick={() => pick(item)}
                    >
                      <span className="timeline-date">{item.date}</span>
                      {item.relation ? (
                        <span className="timeline-text">
                          {item.relation.from.name} <em>{relationLabel(item.relation.type)}</em>{' '}
                          {item.relation.to.name}
                        </span>
                      ) : item.entity ? (
                        <span className="timeline-text">
                          <ShapeIcon type={item.entity.type} size={11} /> {item.entity.name}
                        </span>
                      ) : null}
                      {drawn && <span className="on-canvas-dot" title="On the canvas" />}
                    </button>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}
