/**
 * Headers every response carries, and the content security policies of the two HTML pages: the
 * built explorer and GraphiQL. Each policy allows only what that page is measured to need.
 */
import { createHash } from 'node:crypto';

const COMMON: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  // Legacy browsers' version of frame-ancestors.
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/**
 * The explorer is one bundle from 'self'. CodeMirror and Cytoscape add <style> elements and style
 * attributes at run time, hence 'unsafe-inline' for styles only; exported images are data: and
 * blob: URLs.
 */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * GraphiQL is rendered by yoga as one HTML page with an inline script that starts Monaco's
 * workers from blob: URLs. The script is allowed by its hash, computed from the page itself, so
 * no other inline script runs.
 */
export function graphiqlCsp(html: string): string {
  const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    ([, body]) => `'sha256-${createHash('sha256').update(body!).digest('base64')}'`,
  );
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Any response that is not one of the two pages: nothing may run or be framed. */
export const DEFAULT_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The same response with the common headers and the given policy (mutable headers are copied). */
export function withSecurityHeaders(response: Response, csp: string): Response {
  let headers: Headers;
  try {
    headers = response.headers;
    for (const [name, value] of Object.entries(COMMON)) headers.set(name, value);
    headers.set('content-security-policy', csp);
    return response;
  } catch {
    // Some responses (from fetch) have immutable headers: copy them.
    headers = new Headers(response.headers);
    for (const [name, value] of Object.entries(COMMON)) headers.set(name, value);
    headers.set('content-security-policy', csp);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}
