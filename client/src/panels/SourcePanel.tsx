/**
 * A source, read in the details panel over what the panel showed: what it is (title, publisher, date,
 * kind, its web address) and every fact it supports, entities and relations, each with its quote
 * (Source.supports). Pressing a fact puts it on the canvas and selects it; the source stays open so
 * the next fact is one press away. Escape or × closes it, back to the details it was opened from.
 */
import { useEffect, useRef, useState } from 'react';
import { SourceDetailsQuery } from '../api/operations.ts';
import { relationLabel } from '../canvas/entity-style.ts';
import { TypeBadge } from '../canvas/TypeBadge.tsx';
import type { SourceDetailsQuery as SourceDetailsResult } from '../generated/graphql.ts';
import { useExplorer } from '../state/ExplorerProvider.tsx';
import { toCanvasRelation } from '../state/graph-model.ts';
import { useCaseQuery } from '../state/use-query.ts';
import { webHref } from '../state/web-link.ts';
import { WebLink } from './SourceRef.tsx';
import './sources.css';

type SourceData = NonNullable<SourceDetailsResult['case']['source']>;
type Support = SourceData['supports'][number];

/** Facts listed at first: a dataset may support thousands, and the rest are one press away. */
const FIRST_FACTS = 200;

function Address({ url }: { url: string | null }) {
  if (!url) return <>none given</>;
  const href = webHref(url);
  // Not a web address: shown as text to read, never as something to follow.
  return href ? <WebLink href={href}>{href}</WebLink> : <code className="source-address">{url}</code>;
}

function FactLabel({ support }: { support: Support }) {
  if (support.relation) {
    const r = support.relation;
    return (
      <>
        <span className="fact-name">{r.from.name}</span>{' '}
        <span className="rel-type">—{relationLabel(r.type)}→</span>{' '}
        <span className="fact-name">{r.to.name}</span>
      </>
    );
  }
  if (support.entity)
    return (
      <>
        <TypeBadge type={support.entity.type} compact />{' '}
        <span className="fact-name">{support.entity.name}</span>
      </>
    );
  return null;
}

function Fact({ support }: { support: Support }) {
  const explorer = useExplorer();
  const show = () => {
    if (support.relation) void explorer.reveal([], [toCanvasRelation(support.relation)]);
    else if (support.entity) void explorer.reveal([support.entity.id], []);
  };
  return (
    <li className="source-fact">
      <button type="button" className="fact-button" title="Show it on the canvas, selected" onClick={show}>
        <FactLabel support={support} />
      </button>
      <blockquote className="fact-quote">{support.quote}</blockquote>
      {support.locator && <span className="source-meta">{support.locator}</span>}
    </li>
  );
}

function Facts({ title, supports }: { title: string; supports: readonly Support[] }) {
  const [all, setAll] = useState(false);
  if (supports.length === 0) return null;
  const shown = all ? supports : supports.slice(0, FIRST_FACTS);
  return (
    <section className="details-section" aria-label={title}>
      <h3>
        {title}
        <span className="count">{supports.length}</span>
      </h3>
      <ul className="source-facts">
        {shown.map((s, i) => (
          <Fact key={`${s.relation?.id ?? s.entity?.id ?? ''}-${i}`} support={s} />
        ))}
      </ul>
      {shown.length < supports.length && (
        <button type="button" className="link small" onClick={() => setAll(true)}>
          Show all {supports.length}
        </button>
      )}
    </section>
  );
}

function SourceBody({ source }: { source: SourceData }) {
  const entities = source.supports.filter((s) => s.entity);
  const relations = source.supports.filter((s) => s.relation);
  return (
    <article className="details source-details" aria-label={`Source ${source.title}`}>
      <header className="details-header">
        <span className="relation-kind">Source · {source.kind}</span>
        <h2>{source.title}</h2>
        <code className="entity-id">{source.id}</code>
      </header>
      <dl className="props source-facts-table">
        <div className="prop">
          <dt>Publisher</dt>
          <dd className="source-publisher">{source.publisher ?? 'not stated'}</dd>
        </div>
        <div className="prop">
          <dt>Published</dt>
          <dd className="source-date">{source.publishedAt ?? 'no date given'}</dd>
        </div>
        <div className="prop">
          <dt>Address</dt>
          <dd className="source-url">
            <Address url={source.url} />
          </dd>
        </div>
      </dl>
      <p className="muted small">
        Supports {source.supports.length} {source.supports.length === 1 ? 'fact' : 'facts'}. Press one to show
        it on the canvas.
      </p>
      <Facts title="Relations it supports" supports={relations} />
      <Facts title="Entities it supports" supports={entities} />
    </article>
  );
}

export function SourcePanel({ id }: { id: string }) {
  const explorer = useExplorer();
  const query = useCaseQuery(SourceDetailsQuery, { id });
  const panel = useRef<HTMLElement>(null);
  // The keyboard follows the reader into the source, so that Escape closes it from where they are.
  useEffect(() => panel.current?.focus(), []);
  const close = () => explorer.store.getState().showSource(null);
  return (
    <section
      ref={panel}
      className="source-panel"
      aria-label="Source"
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Closing the source is all Escape does here, not also clearing the canvas selection.
        event.stopPropagation();
        close();
      }}
    >
      <button type="button" className="icon-button close" aria-label="Close source" onClick={close}>
        ×
      </button>
      {query.status === 'error' && (
        <p className="panel-error" role="alert">
          {query.error}
        </p>
      )}
      {query.status === 'done' && !query.data.case.source && (
        <p className="panel-error">There is no source “{id}” in this case.</p>
      )}
      {query.status === 'done' && query.data.case.source && <SourceBody source={query.data.case.source} />}
      {(query.status === 'loading' || query.status === 'idle') && (
        <p className="muted" aria-busy="true">
          Loading the source…
        </p>
      )}
    </section>
  );
}
