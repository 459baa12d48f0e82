/** A page that only says something: a case opening, not found, or failing to load. */
import type { ReactNode } from 'react';

export function PageMessage({
  title,
  busy = false,
  children,
}: {
  title: string;
  busy?: boolean;
  children?: ReactNode;
}) {
  return (
    <main className="page-message" aria-busy={busy || undefined}>
      <div className="page-message-card">
        <h1>
          <span className="brand-mark" aria-hidden="true" /> {title}
        </h1>
        {busy && <div className="spinner" aria-hidden="true" />}
        {children}
      </div>
    </main>
  );
}
