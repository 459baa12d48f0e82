/**
 * Filters by entity type (which doubles as the legend), relation type, status, source and date. They
 * hide what is on the canvas at once, with the entities they leave without a visible relation unless
 * "Keep orphans" is on, and are sent with every later traversal. The counts are the footer's. Each
 * group folds away (FilterGroup.tsx), so that a long list of sources does not bury the rest.
 */
import { useId } from 'react';
import { relationLabel, typeLabel } from '../canvas/entity-style.ts';
import { ALL_STATUSES, defaultFilters, isDefaultFilters } from '../state/filters.ts';
import { useExplorer, useRedstring } from '../state/ExplorerProvider.tsx';
import { useVisibleCounts } from '../state/use-visible-counts.ts';
import { countsText } from '../state/visible-counts.ts';
import { DateWindow } from './DateWindow.tsx';
import { FilterGroup } from './FilterGroup.tsx';
import { ShapeIcon } from '../canvas/TypeBadge.tsx';

export function FiltersPanel() {
  const { store } = useExplorer();
  const summary = useRedstring((s) => s.summary);
  const filters = useRedstring((s) => s.filters);
  const counts = useVisibleCounts();
  const hintId = useId();
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
        <span className="muted small" role="status" aria-label="Shown on the canvas">
          {countsText(counts)}
        </span>
        <button
          type="button"
          className="link small"
          disabled={isDefaultFilters(filters)}
          onClick={() => st.setFilters({ ...defaultFilters, keepOrphans: filters.keepOrphans })}
        >
          Reset all
        </button>
      </div>

      <div className="keep-orphans">
        <label className="check">
          <input
            type="checkbox"
            checked={filters.keepOrphans}
            aria-describedby={hintId}
            onChange={(e) => st.setFilters({ keepOrphans: e.target.checked })}
          />
          Keep orphans
        </label>
        <span id={hintId} className="muted small hint">
          {filters.keepOrphans
            ? 'Entities the filters leave without a visible relation stay on the canvas.'
            : counts.orphans > 0
              ? `${counts.orphans} ${counts.orphans === 1 ? 'entity is' : 'entities are'} hidden: the filters left them without a visible relation.`
              : 'Entities the filters leave without a visible relation are hidden.'}
        </span>
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
                <span className="count" title="Shown on the canvas / in the case">
                  {counts.types[type]?.shown ?? 0}/{count}
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
              {/* A source is read in the details panel (SourcePanel.tsx), from here as from any quote. */}
              <button
                type="button"
                className="icon-button source-filter-open"
                aria-label={`Open source ${src.title}`}
                title="Open the source: what it is, and every fact it supports"
                onClick={() => st.showSource(src.id)}
              >
                ›
              </button>
            </li>
          ))}
        </ul>
      </FilterGroup>
    </div>
  );
}
