/**
 * One path card: its rank, length and ways, then the names with the relation of each step between them
 * ("—LEADS→", "←PART_OF—"), so that two paths through the same names read differently. A step that
 * several parallel relations make lists them all. Pressing it shows the path on the canvas.
 */
import { Fragment } from 'react';
import { stepArrow, type PathCard, type PathStep } from '../state/path-cards.ts';

function stepTitle(step: PathStep): string {
  const sources = `${step.sources} ${step.sources === 1 ? 'source' : 'sources'}`;
  return `${step.type}, ${step.forward ? 'forward' : 'backward'} · ${step.status ?? 'no status'} · ${sources}`;
}

function Step({ options }: { options: readonly PathStep[] }) {
  if (options.length === 1 && options[0])
    return (
      <span className="path-step" title={stepTitle(options[0])}>
        {stepArrow(options[0])}
      </span>
    );
  return (
    <span className="path-step path-options">
      {options.map((step, i) => (
        <span key={step.relation} className="path-option" title={stepTitle(step)}>
          {i > 0 && <span className="sr-only"> or </span>}
          {stepArrow(step)}
        </span>
      ))}
    </span>
  );
}

export function PathCardButton({
  card,
  rank,
  active,
  onShow,
}: {
  card: PathCard;
  rank: number;
  active: boolean;
  onShow: () => void;
}) {
  return (
    <button
      type="button"
      className={`path-result ${active ? 'active' : ''}`}
      aria-pressed={active}
      onClick={onShow}
    >
      <span className="path-meta">
        <span className="path-rank">#{rank}</span>{' '}
        <span className="path-length">
          {card.length} {card.length === 1 ? 'step' : 'steps'}
        </span>
        {card.ways > 1 && (
          <>
            {' '}
            <span className="path-ways">{card.ways} ways</span>
          </>
        )}
      </span>{' '}
      <span className="path-chain">
        {card.names.map((name, i) => {
          const options = card.steps[i];
          return (
            // The spaces keep the card's text a readable sentence for screen readers and copying.
            <Fragment key={`${i}-${name}`}>
              <span className="path-name">{name}</span>
              {options && (
                <>
                  {' '}
                  <Step options={options} />{' '}
                </>
              )}
            </Fragment>
          );
        })}
      </span>
    </button>
  );
}
