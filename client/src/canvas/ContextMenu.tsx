/**
 * Right-click on an entity: expand it (all, or one relation type and direction, with counts from
 * Entity.relationCounts), bring its neighbours that are not on the canvas (NeighboursMenu), collapse, hide, pin, remove, or use it as a path end. Acts on the whole
 * selection when the entity is part of it.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { RelationCountsQuery } from '../api/operations.ts';
import { useCaseQuery } from '../state/use-query.ts';
import { useExplorer, useRedstring } from '../state/ExplorerProvider.tsx';
import { relationLabel } from './entity-style.ts';
import { NeighboursMenu } from './NeighboursMenu.tsx';

export function ContextMenu() {
  const explorer = useExplorer();
  const menu = useRedstring((s) => s.contextMenu);
  const entity = useRedstring((s) => (s.contextMenu ? s.doc.entities[s.contextMenu.entityId] : undefined));
  const selection = useRedstring((s) => s.selection.entities);
  const pinned = useRedstring((s) => (s.contextMenu ? s.doc.pinned.includes(s.contextMenu.entityId) : false));
  const counts = useCaseQuery(RelationCountsQuery, menu ? { id: menu.entityId } : null);
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null);

  useLayoutEffect(() => {
    if (!menu || !ref.current) {
      setPosition(null);
      return;
    }
    // Keep the menu inside the window.
    const rect = ref.current.getBoundingClientRect();
    setPosition({
      left: Math.min(menu.x + 4, window.innerWidth - rect.width - 8),
      top: Math.max(8, Math.min(menu.y + 4, window.innerHeight - rect.height - 8)),
    });
  }, [menu, counts.status]);

  useEffect(() => {
    if (!menu) return;
    ref.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') explorer.store.getState().setContextMenu(null);
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        const items = [...(ref.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
        const at = items.indexOf(document.activeElement as HTMLButtonElement);
        const next = items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length];
        next?.focus();
      }
    };
    const onDown = (e: MouseEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node))
        explorer.store.getState().setContextMenu(null);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('mousedown', onDown);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('mousedown', onDown);
    };
  }, [menu, explorer]);

  if (!menu || !entity) return null;
  const id = menu.entityId;
  const targets = selection.includes(id) && selection.length > 1 ? [...selection] : [id];
  const many = targets.length > 1;
  const close = () => explorer.store.getState().setContextMenu(null);
  const act = (fn: () => void) => () => {
    close();
    fn();
  };
  const ref_ = { id: entity.id, name: entity.name, type: entity.type };
  const total =
    counts.status === 'done'
      ? (counts.data.case.entity?.relationCounts ?? []).reduce((n, c) => n + c.count, 0)
      : null;

  return (
    <div
      ref={ref}
      className="context-menu"
      role="menu"
      aria-label={`Actions for ${many ? `${targets.length} entities` : entity.name}`}
      style={
        position
          ? { left: position.left, top: position.top }
          : { left: menu.x, top: menu.y, visibility: 'hidden' }
      }
    >
      <div className="menu-title">{many ? `${targets.length} selected entities` : entity.name}</div>
      <button type="button" role="menuitem" onClick={act(() => void explorer.expand(targets))}>
        Expand{many ? ' all selected' : ''}{' '}
        {total !== null && !many && <span className="count">{total}</span>}
        <kbd>E</kbd>
      </button>
      {!many && counts.status === 'loading' && <div className="menu-note">Loading relation types…</div>}
      {!many && counts.status === 'error' && <div className="menu-note error">{counts.error}</div>}
      {!many && counts.status === 'done' && (counts.data.case.entity?.relationCounts.length ?? 0) > 0 && (
        <div className="menu-group" role="group" aria-label="Expand by relation type">
          {counts.data.case.entity?.relationCounts.map((c) => (
            <button
              key={`${c.type}-${c.direction}`}
              type="button"
              role="menuitem"
              className="menu-sub"
              onClick={act(() => void explorer.expand([id], { type: c.type, direction: c.direction }))}
            >
              <span className="dir" aria-hidden="true">
                {c.direction === 'OUT' ? '→' : '←'}
              </span>
              <span className="menu-rel">{relationLabel(c.type)}</span>
              <span className="sr-only">{c.direction === 'OUT' ? 'outgoing' : 'incoming'}</span>
              <span className="count">{c.count}</span>
            </button>
          ))}
        </div>
      )}
      {!many && (
        <>
          <div className="menu-separator" role="separator" />
          <NeighboursMenu entity={ref_} onChoose={close} />
        </>
      )}
      <div className="menu-separator" role="separator" />
      <button type="button" role="menuitem" onClick={act(() => explorer.collapse(targets))}>
        Collapse
      </button>
      <button type="button" role="menuitem" onClick={act(() => explorer.pin(targets, !pinned))}>
        {pinned ? 'Unpin' : 'Pin'}
      </button>
      <button type="button" role="menuitem" onClick={act(() => explorer.hide(targets))}>
        Hide <kbd>H</kbd>
      </button>
      <button type="button" role="menuitem" onClick={act(() => explorer.remove(targets))}>
        Remove <kbd>Del</kbd>
      </button>
      {!many && (
        <>
          <div className="menu-separator" role="separator" />
          <button
            type="button"
            role="menuitem"
            onClick={act(() => {
              const s = explorer.store.getState();
              s.setPathEnd('from', ref_);
              s.setSideTab('paths');
            })}
          >
            Path from here
          </button>
          <button
            type="button"
            role="menuitem"
            onClick={act(() => {
              const s = explorer.store.getState();
              s.setPathEnd('to', ref_);
              s.setSideTab('paths');
              const from = s.pathFrom;
              if (from && from.id !== ref_.id) void explorer.findShortestPath(from, ref_);
            })}
          >
            Path to here
          </button>
          <button
            type="button"
            role="menuitem"
            onClick={act(() => explorer.store.getState().setFocus({ kind: 'entity', id }))}
          >
            Details
          </button>
        </>
      )}
    </div>
  );
}
