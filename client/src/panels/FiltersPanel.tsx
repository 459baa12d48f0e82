/**
 * Filters by entity type (which doubles as the legend), relation type, status, source and date. They
 * hide what is on the canvas at once and are sent with every later traversal.
 */
import type { ReactNode } from 'react';
import { relationLabel, typeLabel } from '../canvas/entity-style.ts';
import { ALL_STATUSES, defaultFilters, isDefaultFilters, visibleIds } from '../state/filters.ts';
import { useExplorer, useRedstring } from '../state/ExplorerProvider.tsx';
import { DateWindow } from './DateWindow.tsx';
import { ShapeIcon } from '../canvas/TypeBadge.tsx';

function FilterGroup({
  title,
  children,
  action,
}: {
  title: string;
  children: ReactNode;
  action?: ReactNode;
}) {
  return (
    <fieldset className="filter-group">
      <legend>
        {title}
        {action}
      </legend>
      {children}
    </fieldset>
  );
}

export function FiltersPanel() {
  const { store } = useExplorer();
  const summary = useRedstring((s) => s.summary);
  const filters = useRedstring((s) => s.filters);
  const onCanvasTypes = useRedstring((s) => {
    const counts: Record<string, number> = {};
    for (const e of Object.values(s.doc.entities)) counts[e.type] = (counts[e.type] ?? 0) + 1;
    return counts;
  });
  const hidden = useRedstring((s) => {
    const visible = visibleIds(s.doc, s.filters);
    const manual = new Set(s.doc.hidden);
    return {
      entities: Object.keys(s.doc.entities).filter((id) => !manual.has(id)).length - visible.entities.size,
      relations: Object.keys(s.doc.relations).length - visible.relations.size,
    };
  });
  if (!summary) return <div className="sk sk-block" aria-busy="true" aria-label="Loading filters" />;
  const st = store.getState();
  const setAll = (
    key: 'excludedEntityTypes' | 'excludedRelationTypes',
    all: readonly string[],
    on: boolean,
  ) => st.setFilters({ [key]: on ? [] : [...all] });
  const entityTypes = summary.entityTypes.map((t) => t.type);
  const relationTypes = summary.relationTypes.map((t) => t.type);

  return (
    <div className="filters-panel">
      <div className="panel-heading filter-summary">
        <span className="muted small" aria-live="polite">
          {hidden.entities + hidden.relations === 0
            ? 'Nothing on the canvas is filtered out'
            : `Hiding ${hidden.entities} entities, ${hidden.relations} relations`}
        </span>
        <button
          type="button"
          className="link small"
          disabled={isDefaultFilters(filters)}
          onClick={() => st.setFilters(defaultFilters)}
        >
          Reset all
        </button>
      </div>

      <FilterGroup title="Date window">
        <DateWindow />
      </FilterGroup>

      <FilterGroup
        title="Entity types"
        action={
          <button
            type="button"
            className="link small"
            onClick={() => setAll('excludedEntityTypes', entityTypes, filters.excludedEntityTypes.length > 0)}
          >
            {filters.excludedEntityTypes.length > 0 ? 'All' : 'None'}
          </button>
        }
      >
        <ul className="check-list">
          {summary.entityTypes.map(({ type, count }) => (
            <li key={type}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={!filters.excludedEntityTypes.includes(type)}
                  onChange={() => st.toggleExcluded('excludedEntityTypes', type)}
                />
                <ShapeIcon type={type} />
                <span className="check-label">{typeLabel(type)}</span>
                <span className="count" title="On the canvas / in the case">
                  {onCanvasTypes[type] ?? 0}/{count}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </FilterGroup>

      <FilterGroup title="Status">
        <ul className="check-list inline">
          {ALL_STATUSES.map((status) => (
            <li key={status}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={!filters.excludedStatuses.includes(status)}
                  onChange={() => st.toggleStatus(status)}
                />
                <span className={`status-dot status-${status}`} aria-hidden="true" />
                {status}
              </label>
            </li>
          ))}
        </ul>
      </FilterGroup>

      <FilterGroup
        title="Relation types"
        action={
          <button
            type="button"
            className="link small"
            onClick={() =>
              setAll('excludedRelationTypes', relationTypes, filters.excludedRelationTypes.length > 0)
            }
          >
            {filters.excludedRelationTypes.length > 0 ? 'All' : 'None'}
          </button>
        }
      >
        <ul className="check-list scroll">
          {summary.relationTypes.map(({ type, count }) => (
            <li key={type}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={!filters.excludedRelationTypes.includes(type)}
                  onChange={() => st.toggleExcluded('excludedRelationTypes', type)}
                />
                <span className="check-label">{relationLabel(type)}</span>
                <span className="count">{count}</span>
              </label>
            </li>
          ))}
        </ul>
      </FilterGroup>

      <FilterGroup title="Sources">
        <ul className="check-list scroll">
          {summary.sources.map((src) => (
            <li key={src.id}>
              <label className="check" title={src.title}>
                <input
                  type="checkbox"
                  checked={!filters.excludedSources.includes(src.id)}
                  onChange={() => st.toggleExcluded('excludedSources', src.id)}
                />
                <span className="check-label">
                  {src.title}
                  {src.publisher && <span className="muted"> · {src.publisher}</span>}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </FilterGroup>
    </div>
  );
}
