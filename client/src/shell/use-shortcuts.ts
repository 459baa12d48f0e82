/**
 * Keyboard shortcuts for the frequent actions. Ignored while typing in a field or the query editor,
 * except the undo/redo chords, which act on the canvas only when no field has focus.
 */
import { useEffect } from 'react';
import type { Explorer } from '../state/explorer.ts';

export const SHORTCUTS: readonly { keys: string; does: string }[] = [
  { keys: '/', does: 'Search' },
  { keys: 'E', does: 'Expand the selected entities' },
  { keys: 'Delete', does: 'Remove the selection from the canvas' },
  { keys: 'H', does: 'Hide the selected entities' },
  { keys: 'P', does: 'Pin or unpin the selected entities' },
  { keys: 'F', does: 'Fit the canvas to the screen' },
  { keys: 'L', does: 'Run the layout again' },
  { keys: 'Ctrl+Z', does: 'Undo' },
  { keys: 'Ctrl+Shift+Z', does: 'Redo (also Ctrl+Y)' },
  { keys: 'Ctrl+A', does: 'Select every entity' },
  { keys: 'T', does: 'Timeline' },
  { keys: 'Q', does: 'GraphQL console' },
  { keys: 'Esc', does: 'Clear the selection and the highlight' },
  { keys: '?', does: 'This help' },
  { keys: 'Double-click', does: 'Expand an entity' },
  { keys: 'Right-click', does: 'Expand by relation type, collapse, pin, hide…' },
  { keys: 'Shift+drag', does: 'Select several entities' },
];

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.tagName === 'INPUT' ||
    target.tagName === 'TEXTAREA' ||
    target.tagName === 'SELECT' ||
    target.closest('.cm-editor') !== null
  );
}

export function useShortcuts(explorer: Explorer, focusSearch: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (typing(event.target)) return;
      const s = explorer.store.getState();
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key;
      const entities = s.selection.entities;
      let handled = true;
      if (mod && key.toLowerCase() === 'z' && !event.shiftKey) s.undo();
      else if (mod && ((key.toLowerCase() === 'z' && event.shiftKey) || key.toLowerCase() === 'y')) s.redo();
      else if (mod && key.toLowerCase() === 'a') s.select(Object.keys(s.doc.entities), []);
      else if (mod || event.altKey) handled = false;
      else if (key === '/') focusSearch();
      else if (key === '?') s.setHelpOpen(!s.helpOpen);
      else if (key === 'f' || key === 'F') explorer.canvas()?.fit();
      else if (key === 'e' || key === 'E') void explorer.expand(entities);
      else if (key === 'Delete' || key === 'Backspace') {
        if (entities.length + s.selection.relations.length > 0)
          explorer.remove(entities, s.selection.relations);
      } else if (key === 'h' || key === 'H') explorer.hide(entities);
      else if (key === 'p' || key === 'P') {
        const allPinned = entities.every((id) => s.doc.pinned.includes(id));
        explorer.pin(entities, !allPinned);
      } else if (key === 'l' || key === 'L') s.requestLayout(undefined, 'full', true);
      else if (key === 't' || key === 'T') s.setBottomTab(s.bottomTab === 'timeline' ? null : 'timeline');
      else if (key === 'q' || key === 'Q') s.setBottomTab(s.bottomTab === 'console' ? null : 'console');
      else if (key === 'Escape') {
        if (s.helpOpen) s.setHelpOpen(false);
        else if (s.contextMenu) s.setContextMenu(null);
        else {
          s.setHighlight(null);
          s.select([], []);
        }
      } else handled = false;
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [explorer, focusSearch]);
}
