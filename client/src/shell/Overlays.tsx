/**
 * App-wide overlays: the progress bar, notices (errors stay until dismissed, news fades), and the help
 * dialog listing the keyboard shortcuts and the canvas's own keys.
 */
import { useEffect, useRef } from 'react';
import { CANVAS_KEYS_HELP } from '../canvas/controllers/KeyboardController.tsx';
import { SHORTCUTS } from './use-shortcuts.ts';
import { useExplorer, useRedstring } from '../state/ExplorerProvider.tsx';

export function ProgressBar() {
  const busy = useRedstring((s) => s.pending > 0);
  return (
    <div
      className={`progress ${busy ? 'on' : ''}`}
      role="progressbar"
      aria-label="Loading"
      aria-hidden={!busy}
    />
  );
}

export function Notices() {
  const explorer = useExplorer();
  const notices = useRedstring((s) => s.notices);
  useEffect(() => {
    const timers = notices
      .filter((n) => n.kind === 'info')
      .map((n) => setTimeout(() => explorer.store.getState().dismiss(n.id), 5000));
    return () => timers.forEach(clearTimeout);
  }, [notices, explorer]);
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice ${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
          <span>{n.text}</span>
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss"
            onClick={() => explorer.store.getState().dismiss(n.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

export function HelpDialog() {
  const explorer = useExplorer();
  const open = useRedstring((s) => s.helpOpen);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      className="help-dialog"
      aria-label="Keyboard shortcuts"
      onClose={() => explorer.store.getState().setHelpOpen(false)}
    >
      <header>
        <h2>Keyboard shortcuts</h2>
        <button
          type="button"
          className="icon-button"
          aria-label="Close help"
          onClick={() => explorer.store.getState().setHelpOpen(false)}
        >
          ×
        </button>
      </header>
      <dl className="shortcuts">
        {SHORTCUTS.map((s) => (
          <div key={s.keys}>
            <dt>
              <kbd>{s.keys}</kbd>
            </dt>
            <dd>{s.does}</dd>
          </div>
        ))}
      </dl>
      <p className="small">On the canvas (Tab to it, or “Skip to the graph”): {CANVAS_KEYS_HELP}</p>
      <p className="muted small">
        Every fact on the canvas carries its evidence: select a relation to read the quotes and their sources.
      </p>
    </dialog>
  );
}
