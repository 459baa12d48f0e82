/**
 * The path finder: choose two entities (type-ahead, or "Path from/to" on an entity), then ask for the
 * shortest path or every path of up to four steps. Paths obey the current filters and are drawn on the
 * canvas. The results are ranked cards (path-cards.ts); the canvas highlights one card at a time, the
 * best at first, then whichever is picked. "Why connected?" shows the highlighted card's evidence step
 * by step (WhyConnected.tsx).
 */
import { useEffect, useRef, useState } from 'react';
import { PathCardButton } from './PathCardButton.tsx';
import { useExplorer, useRedstring } from '../state/ExplorerProvider.tsx';
import type { EntityRef } from '../state/paths-slice.ts';
import { EntityCombobox, type EntityComboboxHandle } from './EntityCombobox.tsx';
import { TypeBadge } from '../canvas/TypeBadge.tsx';
import type { PathCard } from '../state/path-cards.ts';
import type { Highlight } from '../state/selection-slice.ts';
import { WhyConnected } from './WhyConnected.tsx';

const END_TEXT = {
  from: { heading: 'From', label: 'Path start', placeholder: 'Start entity' },
  to: { heading: 'To', label: 'Path end', placeholder: 'End entity' },
} as const;

/** One end of the path: a type-ahead that sets that end in the store and shows whatever it is set to. */
function PathEnd({ end, value }: { end: 'from' | 'to'; value: EntityRef | null }) {
  const st = useExplorer().store.getState();
  const box = useRef<EntityComboboxHandle>(null);
  // Ends chosen elsewhere ("Path from" on an entity) show in the box.
  useEffect(() => box.current?.setText(value?.name ?? ''), [value]);
  const text = END_TEXT[end];
  return (
    <div className="path-end">
      <span className="path-end-label">{text.heading}</span>
      <EntityCombobox
        ref={box}
        label={text.label}
        placeholder={text.placeholder}
        clearOnPick={false}
        onPick={(hit) =>
          st.setPathEnd(end, { id: hit.entity.id, name: hit.entity.name, type: hit.entity.type })
        }
      />
    </div>
  );
}

/** The canvas highlights exactly this card's relations. */
function highlights(highlight: Highlight | null, card: PathCard): boolean {
  return (
    highlight !== null &&
    highlight.relations.length === card.relations.length &&
    card.relations.every((r) => highlight.relations.includes(r))
  );
}

export function PathsPanel() {
  const explorer = useExplorer();
  const st = explorer.store.getState();
  const from = useRedstring((s) => s.pathFrom);
  const to = useRedstring((s) => s.pathTo);
  const results = useRedstring((s) => s.pathResults);
  const highlight = useRedstring((s) => s.highlight);
  const busy = useRedstring((s) => s.pending > 0);
  const [why, setWhy] = useState<PathCard | null>(null);

  const ready = Boolean(from && to && from.id !== to.id);
  const shown = results?.paths.findIndex((card) => highlights(highlight, card)) ?? -1;
  const shownCard = results?.paths[shown];
  return (
    <div className="paths-panel">
      <p className="muted small">Who is connected to whom, and through what. Paths follow the filters.</p>
      <div className="path-ends">
        <PathEnd end="from" value={from} />
        <button
          type="button"
          className="icon-button swap"
          aria-label="Swap start and end"
          onClick={() => {
            st.setPathEnd('from', to);
            st.setPathEnd('to', from);
          }}
        >
          ⇅
        </button>
        <PathEnd end="to" value={to} />
      </div>
      <div className="button-row">
        <button
          type="button"
          className="primary"
          disabled={!ready || busy}
          onClick={() => from && to && void explorer.findShortestPath(from, to)}
        >
          Shortest path
        </button>
        <button
          type="button"
          disabled={!ready || busy}
          onClick={() => from && to && void explorer.findAllPaths(from, to)}
        >
          All paths ≤ 4 steps
        </button>
      </div>
      {highlight && (
        <button type="button" className="link small" onClick={() => st.setHighlight(null)}>
          Clear highlight
        </button>
      )}
      {shownCard && (
        // Outside the list of cards, whose buttons are the cards: it explains the one highlighted.
        <button type="button" className="why-open" onClick={() => setWhy(shownCard)}>
          Why connected? Path #{shown + 1}
        </button>
      )}
      {results && (
        <section className="path-results" aria-label="Path results">
          <h3>
            {results.label}
            {results.truncated && <span className="muted"> (more exist)</span>}
          </h3>
          <ol>
            {results.paths.map((card, i) => {
              const active = i === shown;
              return (
                <li key={card.key}>
                  <PathCardButton
                    card={card}
                    rank={i + 1}
                    active={active}
                    onShow={() => explorer.showPath(card)}
                  />
                </li>
              );
            })}
          </ol>
        </section>
      )}
      {why && <WhyConnected key={why.key} card={why} onClose={() => setWhy(null)} />}
      {!results && from && to && (
        <p className="muted small">
          <TypeBadge type={from.type} compact /> {from.name} → <TypeBadge type={to.type} compact /> {to.name}
        </p>
      )}
    </div>
  );
}
