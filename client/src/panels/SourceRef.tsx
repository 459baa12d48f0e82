/**
 * A source where a quote cites it: its title, a button that opens the source panel (what the source
 * is, and everything else it supports), then who published it and when, and its web address as a
 * link when it has a safe one (state/web-link.ts).
 */
import { useExplorer } from '../state/ExplorerProvider.tsx';
import { webHref } from '../state/web-link.ts';
import './sources.css';

export interface CitedSource {
  id: string;
  title: string;
  publisher?: string | null;
  publishedAt?: string | null;
  url?: string | null;
}

/** The host a link goes to, which is what a reader checks before following it. */
export function hostOf(href: string): string {
  return new URL(href).host;
}

/** An external link to a source's page: a new tab that cannot reach back into this one. */
export function WebLink({ href, children }: { href: string; children: string }) {
  return (
    <a className="web-link" href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span aria-hidden="true"> ↗</span>
    </a>
  );
}

export function SourceRef({
  source,
  locator,
  onOpen,
}: {
  source: CitedSource;
  locator?: string | null;
  /** Called after the source panel was asked to open (a dialog closes itself to show it). */
  onOpen?: () => void;
}) {
  const explorer = useExplorer();
  const href = webHref(source.url);
  return (
    <div className="evidence-source">
      <button
        type="button"
        className="link source-title source-open"
        title="Open the source: what it is, and every fact it supports"
        onClick={() => {
          explorer.store.getState().showSource(source.id);
          onOpen?.();
        }}
      >
        {source.title}
      </button>
      <span className="source-meta">
        {[source.publisher, source.publishedAt, locator].filter(Boolean).join(' · ')}
        {href && (
          <>
            {' '}
            <WebLink href={href}>{hostOf(href)}</WebLink>
          </>
        )}
      </span>
    </div>
  );
}
