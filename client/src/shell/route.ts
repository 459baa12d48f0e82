/**
 * The explorer's two pages, in the address bar through the History API: `/` lists the cases,
 * `/cases/<id>` opens one (the server answers both with index.html). Two routes need no router:
 * the path is parsed here, links go through `navigate`, and `useRoute` re-renders on every change
 * (links, the back and forward buttons).
 */
import { useSyncExternalStore, type MouseEvent } from 'react';

export type Route = { page: 'cases' } | { page: 'case'; id: string } | { page: 'unknown'; path: string };

const CASE_PATH = /^\/cases\/([^/]+)\/?$/;

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'cases' };
  const match = CASE_PATH.exec(pathname);
  if (match?.[1]) {
    try {
      return { page: 'case', id: decodeURIComponent(match[1]) };
    } catch {
      // A broken %-escape names no case.
    }
  }
  return { page: 'unknown', path: pathname };
}

export function casePath(id: string): string {
  return `/cases/${encodeURIComponent(id)}`;
}

/** pushState fires no event of its own: this one tells `useRoute`. */
const NAVIGATED = 'redstring:navigate';

export function navigate(path: string): void {
  if (path === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATED));
}

/**
 * For an `<a href>` of the app's own: a plain click navigates in the page, while a click that opens
 * a new tab or window (a modifier key, the middle button) is left to the browser.
 */
export function followLink(event: MouseEvent<HTMLAnchorElement>, path: string): void {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(path);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATED, onChange);
  };
}

const currentPath = () => window.location.pathname;

/** The page the address bar names; a change of the fragment alone (the view) is no new page. */
export function useRoute(): Route {
  return parseRoute(useSyncExternalStore(subscribe, currentPath));
}
