/**
 * `/cases/<id>`: opens the case in the explorer (explorer.openCase), and shows it once its record
 * has loaded. The explorer is mounted afresh per case (keyed by its id), so that nothing of the
 * previous case, not even the canvas, is carried over. An unknown id says so, naming it.
 */
import { useEffect } from 'react';
import { useExplorer, useRedstring } from '../state/ExplorerProvider.tsx';
import { App } from './App.tsx';
import { Link } from './Link.tsx';
import { PageMessage } from './PageMessage.tsx';

export function CasePage({ id }: { id: string }) {
  const explorer = useExplorer();
  const open = useRedstring((s) => s.openCase);

  useEffect(() => {
    void explorer.openCase(id);
  }, [explorer, id]);

  const name = open?.id === id && open.status === 'open' ? open.info.name : null;
  useEffect(() => {
    document.title = name ? `${name} · Redstring` : 'Redstring';
  }, [name]);

  if (!open || open.id !== id || open.status === 'loading')
    return <PageMessage title="Opening the case…" busy />;
  if (open.status === 'missing')
    return (
      <PageMessage title="No such case">
        <p role="alert">
          There is no case “{id}” on this server. It may have been deleted, or the link is mistyped.
        </p>
        <p>
          <Link to="/">All cases</Link>
        </p>
      </PageMessage>
    );
  if (open.status === 'failed')
    return (
      <PageMessage title="The case did not open">
        <p role="alert">
          Case “{id}” could not be loaded: {open.error}
        </p>
        <p className="page-message-actions">
          <button type="button" onClick={() => void explorer.openCase(id)}>
            Try again
          </button>
          <Link to="/">All cases</Link>
        </p>
      </PageMessage>
    );
  return <App key={id} />;
}
