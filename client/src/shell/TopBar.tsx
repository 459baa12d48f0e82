/**
 * The header: the case at a glance, the search, undo and redo, sharing, export and help.
 */
import { forwardRef, useState } from 'react';
import type { EntityComboboxHandle } from '../panels/EntityCombobox.tsx';
import { SearchBox } from '../panels/SearchBox.tsx';
import { signOut } from '../api/session.ts';
import { errorText } from '../state/explorer.ts';
import { canWrite } from '../state/session-slice.ts';
import { ExportMenu } from './ExportMenu.tsx';
import { ImportDialog } from './ImportDialog.tsx';
import { useExplorer, useRedstring } from '../state/ExplorerProvider.tsx';

export const TopBar = forwardRef<EntityComboboxHandle>(function TopBar(_props, searchRef) {
  const explorer = useExplorer();
  const s = explorer.store.getState();
  const summary = useRedstring((st) => st.summary);
  const canUndo = useRedstring((st) => st.past.length > 0);
  const canRedo = useRedstring((st) => st.future.length > 0);
  const [importing, setImporting] = useState(false);
  const session = useRedstring((st) => st.session);
  const writer = canWrite(session);

  const leave = async () => {
    try {
      await signOut();
    } finally {
      s.setSession(session.authRequired, null);
    }
  };

  const share = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      s.notify('info', 'Link to this view copied.');
    } catch (error) {
      s.notify('error', `Could not copy the link (${errorText(error)}); copy it from the address bar.`);
    }
  };

  return (
    <header className="top-bar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">Redstring</span>
        {summary && (
          <span className="case-counts" aria-label="Case size">
            {summary.entityCount} entities · {summary.relationCount} relations · {summary.sourceCount} sources
          </span>
        )}
      </div>
      <SearchBox ref={searchRef} />
      <div className="top-actions" role="toolbar" aria-label="Canvas actions">
        <button
          type="button"
          className="icon-button"
          aria-label="Undo"
          title="Undo (Ctrl+Z)"
          disabled={!canUndo}
          onClick={() => s.undo()}
        >
          ↶
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Redo"
          title="Redo (Ctrl+Shift+Z)"
          disabled={!canRedo}
          onClick={() => s.redo()}
        >
          ↷
        </button>
        <button type="button" onClick={() => void share()} title="Copy a link that reopens this view">
          Share link
        </button>
        {/* Viewers see no control that writes; the server refuses them anyway (FORBIDDEN). */}
        {writer && (
          <button type="button" onClick={() => setImporting(true)}>
            Import
          </button>
        )}
        <ExportMenu />
        <button
          type="button"
          className="icon-button"
          aria-label="Keyboard shortcuts"
          title="Help (?)"
          onClick={() => s.setHelpOpen(true)}
        >
          ?
        </button>
      </div>
      {session.authRequired && session.actor && (
        <div className="signed-in" aria-label="Signed in">
          <span>
            signed in as <strong>{session.actor.name}</strong> · {session.actor.role}
          </span>
          <button type="button" className="small" onClick={() => void leave()}>
            Sign out
          </button>
        </div>
      )}
      {writer && <ImportDialog open={importing} onClose={() => setImporting(false)} />}
    </header>
  );
});
