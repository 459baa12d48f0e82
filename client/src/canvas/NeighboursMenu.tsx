/**
 * The context menu's "166 more neighbours": the entity's neighbours that are not on the canvas,
 * counted from its relations as the server lists them (state/missing-neighbours.ts), with "show all",
 * by entity type and by relation. Each choice brings exactly the neighbours it counts.
 */
import { EntityNeighboursQuery } from '../api/operations.ts';
import { missingNeighbours, type NeighbourGroup } from '../state/missing-neighbours.ts';
import { useCaseQuery } from '../state/use-query.ts';
import { useExplorer, useRedstring } from '../state/ExplorerProvider.tsx';
import { formatCount } from '../state/coverage.ts';
import { relationLabel, typeLabel } from './entity-style.ts';

export function NeighboursMenu({
  entity,
  onChoose,
}: {
  entity: { id: string; name: string };
  onChoose(): void;
}) {
  const explorer = useExplorer();
  const entities = useRedstring((s) => s.doc.entities);
  const listed = useCaseQuery(EntityNeighboursQuery, { id: entity.id });
  if (listed.status === 'loading' || listed.status === 'idle')
    return <div className="menu-note">Counting neighbours…</div>;
  if (listed.status === 'error') return <div className="menu-note error">{listed.error}</div>;
  const found = listed.data.case.entity;
  if (!found) return null;
  const missing = missingNeighbours(found, (id) => Boolean(entities[id]));
  const show = (ids: readonly string[]) => () => {
    onChoose();
    void explorer.addNeighbours(entity, ids);
  };
  const atLeast = missing.unlisted > 0 ? 'at least ' : '';
  const unlisted =
    missing.unlisted > 0 ? (
      <div className="menu-note">
        The server lists 500 relations of one entity: {formatCount(missing.unlisted)} more are not counted.
      </div>
    ) : null;
  if (missing.ids.length === 0)
    return (
      <>
        <div className="menu-note">Every listed neighbour is on the canvas.</div>
        {unlisted}
      </>
    );
  const count = formatCount(missing.ids.length);
  const choice = (g: NeighbourGroup, label: string, key: string) => (
    <button key={key} type="button" role="menuitem" className="menu-sub" onClick={show(g.ids)}>
      <span className="menu-rel">{label}</span>
      <span className="count">{formatCount(g.ids.length)}</span>
    </button>
  );
  return (
    <div className="menu-group" role="group" aria-label="Neighbours not on the canvas">
      <div className="menu-note" role="note">
        {atLeast}
        {count} more {missing.ids.length === 1 ? 'neighbour' : 'neighbours'}
      </div>
      <button type="button" role="menuitem" onClick={show(missing.ids)}>
        Show all {count}
      </button>
      {missing.byType.length > 1 &&
        missing.byType.map((g) => choice(g, `Only ${typeLabel(g.type)}`, `type-${g.type}`))}
      {missing.byRelation.length > 1 &&
        missing.byRelation.map((g) =>
          choice(
            g,
            `Only ${relationLabel(g.type)} ${g.direction === 'OUT' ? 'outgoing' : 'incoming'}`,
            `rel-${g.type}-${g.direction ?? ''}`,
          ),
        )}
      {unlisted}
    </div>
  );
}
