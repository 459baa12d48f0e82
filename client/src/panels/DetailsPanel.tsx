/**
 * Reads the evidence: the focused entity (type, aliases, properties, its relations grouped by type) or
 * relation (ends, dates, status, properties), each with the quotes that support it and their sources.
 * A source, once opened from a quote or the case's list, is read here in their place (SourcePanel.tsx).
 */
import { useMemo, type ReactNode } from 'react';
import { EntityDetailsQuery, RelationDetailsQuery } from '../api/operations.ts';
import { useCaseQuery, type QueryState } from '../state/use-query.ts';
import { relationLabel } from '../canvas/entity-style.ts';
import type { EntityDetailsQuery as EntityDetailsResult } from '../generated/graphql.ts';
import { mergeRelationsAmong, toCanvasEntity, toCanvasRelation } from '../state/graph-model.ts';
import { useExplorer, useRedstring } from '../state/ExplorerProvider.tsx';
import { TypeBadge } from '../canvas/TypeBadge.tsx';
import { AlsoAppearsIn } from './AlsoAppearsIn.tsx';
import { dateText } from '../state/date-text.ts';
import { EvidenceList } from './EvidenceList.tsx';
import { SourcePanel } from './SourcePanel.tsx';
import { StatusBadge } from './StatusBadge.tsx';

type EntityData = NonNullable<EntityDetailsResult['case']['entity']>;
type RelationRow = EntityData['relations'][number];

function formatValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(formatValue).join(', ');
  if (typeof value === 'number') return value.toLocaleString('en-GB');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (value === null || value === undefined) return '—';
  return String(value);
}

function Properties({ properties }: { properties: unknown }) {
  if (typeof properties !== 'object' || properties === null) return null;
  const entries = Object.entries(properties as Record<string, unknown>);
  if (entries.length === 0) return null;
  return (
    <Section title="Properties">
      <dl className="props">
        {entries.map(([key, value]) => (
          <div key={key} className="prop">
            <dt>{key}</dt>
            <dd>{formatValue(value)}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}

function Section({ title, children, count }: { title: string; children: ReactNode; count?: number }) {
  return (
    <section className="details-section" aria-label={title}>
      <h3>
        {title}
        {count !== undefined && <span className="count">{count}</span>}
      </h3>
      {children}
    </section>
  );
}

function EntityDetails({ id }: { id: string }) {
  const explorer = useExplorer();
  const onCanvas = useRedstring((s) => Boolean(s.doc.entities[id]));
  const pinned = useRedstring((s) => s.doc.pinned.includes(id));
  const query = useCaseQuery(EntityDetailsQuery, { id });

  const groups = useMemo(() => {
    if (query.status !== 'done' || !query.data.case.entity) return [];
    const byType = new Map<string, RelationRow[]>();
    for (const r of query.data.case.entity.relations) byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
    return [...byType.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  }, [query]);

  if (query.status !== 'done' || !query.data.case.entity)
    return <DetailsFallback query={query} kind="entity" id={id} />;
  const entity = query.data.case.entity;
  const ref = { id: entity.id, name: entity.name, type: entity.type };
  const s = explorer.store.getState();

  return (
    <article className="details" aria-label={`Details of ${entity.name}`}>
      <header className="details-header">
        <TypeBadge type={entity.type} />
        <h2>{entity.name}</h2>
        <code className="entity-id">{entity.id}</code>
      </header>
      <div className="details-actions">
        {onCanvas ? (
          <button
            type="button"
            onClick={() => void explorer.expand([id])}
            aria-label={`Expand ${entity.name}`}
          >
            Expand
          </button>
        ) : (
          <button type="button" onClick={() => void explorer.addEntities([toCanvasEntity(entity)])}>
            Add to canvas
          </button>
        )}
        {onCanvas && (
          <button type="button" onClick={() => explorer.pin([id], !pinned)} aria-pressed={pinned}>
            {pinned ? 'Unpin' : 'Pin'}
          </button>
        )}
        <button type="button" onClick={() => s.setPathEnd('from', ref)} title="Use as the start of a path">
          Path from
        </button>
        <button type="button" onClick={() => s.setPathEnd('to', ref)} title="Use as the end of a path">
          Path to
        </button>
      </div>
      {entity.aliases.length > 0 && (
        <Section title="Also known as">
          <ul className="chips">
            {entity.aliases.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </Section>
      )}
      {entity.description && <p className="description">{entity.description}</p>}
      <Properties properties={entity.properties} />
      <AlsoAppearsIn id={id} />
      {entity.evidence.length > 0 && (
        <Section title="Evidence" count={entity.evidence.length}>
          <EvidenceList evidence={entity.evidence} />
        </Section>
      )}
      <Section title="Relations" count={entity.degree}>
        {groups.length === 0 && <p className="muted">No relations.</p>}
        {groups.map(([type, rows]) => (
          <div key={type} className="relation-group">
            <h4>
              {relationLabel(type)} <span className="count">{rows.length}</span>
            </h4>
            <ul>
              {rows.map((r) => {
                const out = r.from.id === id;
                const other = out ? r.to : r.from;
                const when = dateText(r);
                return (
                  <li key={r.id}>
                    <button
                      type="button"
                      className="relation-row"
                      onClick={() => {
                        const st = explorer.store.getState();
                        if (!st.doc.relations[r.id] && st.doc.entities[other.id])
                          st.commit((doc) => mergeRelationsAmong(doc, [toCanvasRelation(r)]), null);
                        st.setFocus({ kind: 'relation', id: r.id });
                        if (explorer.store.getState().doc.relations[r.id]) st.select([], [r.id]);
                      }}
                    >
                      <span className="dir" aria-hidden="true">
                        {out ? '→' : '←'}
                      </span>
                      {/* The name comes from what the row shows (a label of its own would leave out the
                          date and status it shows); only the direction needs words for a screen reader. */}
                      <span className="sr-only">
                        {out ? `${relationLabel(type)} ` : `${relationLabel(type)}, from `}
                      </span>
                      <TypeBadge type={other.type} compact />
                      <span className="other-name">{other.name}</span>
                      {when && <span className="when">{when}</span>}
                      <StatusBadge status={r.status} />
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </Section>
    </article>
  );
}

function RelationDetails({ id }: { id: string }) {
  const explorer = useExplorer();
  const onCanvas = useRedstring((s) => Boolean(s.doc.relations[id]));
  // Its ends, when the canvas holds it: the server then finds it through them instead of
  // looking through every relation.
  const from = useRedstring((s) => s.doc.relations[id]?.from ?? null);
  const to = useRedstring((s) => s.doc.relations[id]?.to ?? null);
  const query = useCaseQuery(RelationDetailsQuery, { id, from, to });
  if (query.status !== 'done' || !query.data.case.relation)
    return <DetailsFallback query={query} kind="relation" id={id} />;
  const r = query.data.case.relation;
  const when = dateText(r);
  const focusEntity = (entityId: string) =>
    explorer.store.getState().setFocus({ kind: 'entity', id: entityId });
  return (
    <article className="details" aria-label={`Relation ${relationLabel(r.type)}`}>
      <header className="details-header">
        <span className="relation-kind">Relation</span>
        <h2>
          <button type="button" className="link" onClick={() => focusEntity(r.from.id)}>
            {r.from.name}
          </button>{' '}
          <span className="rel-type">{relationLabel(r.type)}</span>{' '}
          <button type="button" className="link" onClick={() => focusEntity(r.to.id)}>
            {r.to.name}
          </button>
        </h2>
        <code className="entity-id">{r.id}</code>
      </header>
      <dl className="props relation-facts">
        <div className="prop">
          <dt>From</dt>
          <dd>
            <TypeBadge type={r.from.type} compact /> {r.from.name}
          </dd>
        </div>
        <div className="prop">
          <dt>To</dt>
          <dd>
            <TypeBadge type={r.to.type} compact /> {r.to.name}
          </dd>
        </div>
        <div className="prop">
          <dt>When</dt>
          <dd>{when ?? 'undated'}</dd>
        </div>
        <div className="prop">
          <dt>Status</dt>
          <dd>{r.status ? <StatusBadge status={r.status} /> : 'not stated'}</dd>
        </div>
      </dl>
      {!onCanvas && (
        <div className="details-actions">
          <button
            type="button"
            onClick={() =>
              void explorer
                .addEntities([toCanvasEntity(r.from), toCanvasEntity(r.to)], { select: false })
                .then(() => explorer.store.getState().select([], [id]))
            }
          >
            Add to canvas
          </button>
        </div>
      )}
      <Properties properties={r.properties} />
      <Section title="Evidence" count={r.evidence.length}>
        <EvidenceList evidence={r.evidence} />
      </Section>
    </article>
  );
}

function DetailsSkeleton() {
  return (
    <div className="details skeleton" aria-busy="true" aria-label="Loading details">
      <div className="sk sk-title" />
      <div className="sk sk-line" />
      <div className="sk sk-line short" />
      <div className="sk sk-block" />
    </div>
  );
}

/**
 * What a details view shows until it has its record: the skeleton while loading, the error, or that the
 * record is gone (deleted or re-imported since it was focused).
 */
function DetailsFallback({
  query,
  kind,
  id,
}: {
  query: QueryState<unknown>;
  kind: 'entity' | 'relation';
  id: string;
}) {
  if (query.status === 'error')
    return (
      <p className="panel-error" role="alert">
        {query.error}
      </p>
    );
  if (query.status === 'done')
    return (
      <p className="panel-error">
        There is no {kind} “{id}” any more.
      </p>
    );
  return <DetailsSkeleton />;
}

function CaseOverview() {
  const explorer = useExplorer();
  const summary = useRedstring((s) => s.summary);
  if (!summary) return <DetailsSkeleton />;
  return (
    <article className="details case-overview" aria-label="Case overview">
      <header className="details-header">
        <span className="relation-kind">The case</span>
        <h2>
          {summary.entityCount} entities, {summary.relationCount} relations
        </h2>
      </header>
      <p className="muted">
        Click an entity or a relation on the canvas to read what supports it. Double-click an entity to expand
        it; right-click for more.
      </p>
      <Section title="Sources" count={summary.sourceCount}>
        <ul className="source-list">
          {summary.sources.map((src) => (
            <li key={src.id}>
              <button
                type="button"
                className="link source-title source-open"
                onClick={() => explorer.store.getState().showSource(src.id)}
              >
                {src.title}
              </button>
              <span className="source-meta">
                {[src.publisher, src.publishedAt].filter(Boolean).join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      </Section>
    </article>
  );
}

export function DetailsPanel() {
  const focus = useRedstring((s) => s.focus);
  const source = useRedstring((s) => s.shownSource);
  const explorer = useExplorer();
  // A source is read over the details it was opened from; closing it shows them again.
  if (source)
    return (
      <aside className="details-panel" aria-label="Details">
        <SourcePanel key={source} id={source} />
      </aside>
    );
  return (
    <aside className="details-panel" aria-label="Details">
      {focus && (
        <button
          type="button"
          className="icon-button close"
          aria-label="Close details"
          onClick={() => explorer.store.getState().setFocus(null)}
        >
          ×
        </button>
      )}
      {!focus && <CaseOverview />}
      {focus?.kind === 'entity' && <EntityDetails key={focus.id} id={focus.id} />}
      {focus?.kind === 'relation' && <RelationDetails key={focus.id} id={focus.id} />}
    </aside>
  );
}
