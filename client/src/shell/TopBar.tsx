/**
 * The header: the way back to all cases, the open case at a glance, the search, undo and redo,
 * sharing, import, the case's imports (and undoing one), export and help. On a narrow screen the
 * actions fold into an overflow menu ("More actions"), and the buttons that open the panel drawers
 * (given by the explorer) sit beside it.
 */
import { forwardRef, useRef, useState, type ReactNode } from 'react';
import type { EntityComboboxHandle } from '../panels/EntityCombobox.tsx';
import { SearchBox } from '../panels/SearchBox.tsx';
import { errorText } from '../state/explorer.ts';
import { canWrite } from '../state/session-slice.ts';
import { ExportMenu } from './ExportMenu.tsx';
import { ImportDialog } from './ImportDialog.tsx';
import { ImportsDialog } from './ImportsDialog.tsx';
import { Link } from './Link.tsx';
import { SignedIn } from './SignedIn.tsx';
import { useExplorer, useRedstring } from '../state/ExplorerProvider.tsx';
import { useDismiss } from './use-dismiss.ts';

export interface TopBarProps {
  /** The buttons that open the panel drawers; the stylesheet shows them on narrow screens only. */
  panelButtons?: ReactNode;
}

export const TopBar = forwardRef<EntityComboboxHandle, TopBarProps>(function TopBar(
  { panelButtons },
  searchRef,
) {
  const explorer = useExplorer();
  const s = explorer.store.getState();
  const summary = useRedstring((st) => st.summary);
  const openCase = useRedstring((st) => (st.openCase?.status === 'open' ? st.openCase.info : null));
  const caseName = openCase?.name ?? null;
  const canUndo = useRedstring((st) => st.past.length > 0);
  const canRedo = useRedstring((st) => st.future.length > 0);
  const [importing, setImporting] = useState(false);
  const [history, setHistory] = useState(false);
  const writer = useRedstring((st) => canWrite(st.session));
  const [menuOpen, setMenuOpen] = useState(false);
  const menu = useRef<HTMLDivElement>(null);
  const more = useRef<HTMLButtonElement>(null);
  const closeMenu = () => {
    // Focus inside the menu would be lost when it hides: give it back to the button that opened it.
    if (menu.current?.contains(document.activeElement) && document.activeElement !== more.current)
      more.current?.focus();
    setMenuOpen(false);
  };
  useDismiss(menuOpen, menu, closeMenu);

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
        <Link to="/" className="all-cases" title="All cases">
          <span className="brand-mark" aria-hidden="true" />
          <span className="all-cases-text">All cases</span>
        </Link>
        <div className="case-title">
          <h1 className="case-name" title={caseName ?? undefined}>
            {caseName}
          </h1>
          {summary && (
            <span className="case-counts" aria-label="Case size">
              {summary.entityCount} entities · {summary.relationCount} relations · {summary.sourceCount}{' '}
              sources
            </span>
          )}
        </div>
      </div>
      <SearchBox ref={searchRef} />
      {panelButtons}
      <div className="top-menu" ref={menu}>
        <button
          ref={more}
          type="button"
          className="icon-button more-button"
          aria-label="More actions"
          aria-expanded={menuOpen}
          aria-controls="top-actions"
          onClick={() => (menuOpen ? closeMenu() : setMenuOpen(true))}
        >
          ⋯
        </button>
        <div
          className="top-actions"
          id="top-actions"
          data-open={menuOpen}
          role="toolbar"
          aria-label="Canvas actions"
        >
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
          {openCase && (
            <button
              type="button"
              onClick={() => setHistory(true)}
              title="The imports into this case, and undo"
            >
              Imports
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
      </div>
      <SignedIn />
      {writer && openCase && (
        <ImportDialog open={importing} onClose={() => setImporting(false)} openCase={openCase} />
      )}
      {openCase && <ImportsDialog open={history} onClose={() => setHistory(false)} canUndo={writer} />}
    </header>
  );
});
