/**
 * A link to one of the explorer's pages: a real `<a href>` (it can be opened in a new tab, copied,
 * read out as a link), followed in the page without reloading it.
 */
import type { AnchorHTMLAttributes } from 'react';
import { followLink } from './route.ts';

export function Link({
  to,
  children,
  ...rest
}: { to: string } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'onClick'>) {
  return (
    <a href={to} onClick={(event) => followLink(event, to)} {...rest}>
      {children}
    </a>
  );
}
