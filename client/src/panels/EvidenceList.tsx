/**
 * The quotes that support a fact, each with the source it comes from (SourceRef.tsx: one click opens
 * the source panel).
 */
import { SourceRef, type CitedSource } from './SourceRef.tsx';

/** One quote with its source, as the API gives evidence. */
export interface EvidenceItem {
  quote: string;
  locator?: string | null;
  source: CitedSource;
}

export function EvidenceList({
  evidence,
  onOpenSource,
}: {
  evidence: readonly EvidenceItem[];
  /** Called after a source was opened. */
  onOpenSource?: () => void;
}) {
  if (evidence.length === 0) return <p className="muted">No quote supports this yet.</p>;
  return (
    <ul className="evidence-list">
      {evidence.map((e, i) => (
        <li key={`${e.source.id}-${i}`} className="evidence">
          <blockquote>{e.quote}</blockquote>
          <SourceRef source={e.source} locator={e.locator} onOpen={onOpenSource} />
        </li>
      ))}
    </ul>
  );
}
