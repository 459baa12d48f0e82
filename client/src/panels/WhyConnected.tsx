/**
 * "Why are these two connected": a path card's evidence in a dialog, step by step. Each step names
 * the relation it takes, the way the path walks it ("—LEADS→", "←PART_OF—"), with its status and
 * date, and under it every quote with its source (one press opens the source panel). The whole can
 * be downloaded as Markdown or copied, to paste into notes: quotes verbatim, sources cited.
 */
import { useEffect, useRef } from 'react';
import { download, fileStamp } from '../shell/download.ts';
import { dateText } from '../state/date-text.ts';
import { useExplorer, useRedstring } from '../state/ExplorerProvider.tsx';
import { stepArrow, type PathCard } from '../state/path-cards.ts';
import { relationLine, whyConnectedMarkdown, whySteps, type WhyStep } from '../state/path-evidence.ts';
import { usePathEvidence } from '../state/use-path-evidence.ts';
import { EvidenceList } from './EvidenceList.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import './sources.css';

function Step({ step, onOpenSource }: { step: WhyStep; onOpenSource: () => void }) {
  const arrows = step.relations.map((r) => stepArrow(r.step)).join(' or ');
  return (
    <li className="why-step">
      <h3>
        {step.from} <span className="rel-type">{arrows}</span> {step.to}
      </h3>
      {step.relations.map((r) => (
        <section
          key={r.step.relation}
          className="why-relation"
          aria-label={relationLine(step, r)}
          data-relation={r.step.relation}
        >
          {step.relations.length > 1 && <strong>{relationLine(step, r)}</strong>}
          {r.relation ? (
            <>
              <div className="why-relation-facts">
                <StatusBadge status={r.relation.status} />
                {!r.relation.status && <span>status not stated</span>}
                <span>{dateText(r.relation) ?? 'undated'}</span>
                <code>{r.relation.id}</code>
              </div>
              <EvidenceList evidence={r.relation.evidence} onOpenSource={onOpenSource} />
            </>
          ) : (
            <p className="panel-error">The relation {r.step.relation} is no longer in the case.</p>
          )}
        </section>
      ))}
    </li>
  );
}

export function WhyConnected({ card, onClose }: { card: PathCard; onClose: () => void }) {
  const explorer = useExplorer();
  const caseName = useRedstring((s) =>
    s.openCase?.status === 'open' ? s.openCase.info.name : (s.openCase?.id ?? ''),
  );
  const evidence = usePathEvidence(card);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  const first = card.names[0] ?? '';
  const last = card.names[card.names.length - 1] ?? '';
  const steps = evidence.status === 'done' ? whySteps(card, evidence.data) : null;
  const markdown = () =>
    steps ? whyConnectedMarkdown(card, steps, { caseName, exportedAt: new Date() }) : '';
  const close = () => dialog.current?.close();
  const notify = explorer.store.getState().notify;

  return (
    <dialog
      ref={dialog}
      className="why-dialog"
      aria-label="Why connected"
      onClose={onClose}
      // The dialog closes itself on Escape; the canvas's own Escape (clear the highlight) must not
      // also run and lose the path being explained.
      onKeyDown={(event) => {
        if (event.key === 'Escape') event.stopPropagation();
      }}
    >
      <header>
        <h2>
          Why are {first} and {last} connected?
        </h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={close}>
          ×
        </button>
      </header>
      <div className="why-body">
        <p className="why-chain">
          {card.length} {card.length === 1 ? 'step' : 'steps'}, each with what supports it.
        </p>
        {evidence.status === 'error' && (
          <p className="panel-error" role="alert">
            {evidence.error}
          </p>
        )}
        {!steps && evidence.status !== 'error' && (
          <p className="muted" aria-busy="true">
            Loading the evidence…
          </p>
        )}
        {steps && (
          <ol className="why-steps">
            {steps.map((step, i) => (
              <Step key={`${i}-${step.from}`} step={step} onOpenSource={close} />
            ))}
          </ol>
        )}
      </div>
      <footer>
        <button
          type="button"
          disabled={!steps}
          onClick={() =>
            void navigator.clipboard.writeText(markdown()).then(
              () => notify('info', 'Copied the path and its evidence.'),
              () => notify('error', 'The browser did not allow copying; download the Markdown instead.'),
            )
          }
        >
          Copy as text
        </button>
        <button
          type="button"
          className="primary"
          disabled={!steps}
          onClick={() =>
            download(
              new Blob([markdown()], { type: 'text/markdown;charset=utf-8' }),
              `why-${card.entities[0] ?? 'path'}-${card.entities[card.entities.length - 1] ?? ''}-${fileStamp()}.md`,
            )
          }
        >
          Download Markdown
        </button>
      </footer>
    </dialog>
  );
}
