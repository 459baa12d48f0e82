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
 * What both pages need besides their scripts: CodeMirror, Monaco and Cytoscape add <style>
 * elements and style attributes at run time, hence 'unsafe-inline' for styles only; exported
 * images are data: and blob: URLs; Monaco's workers start from blob: URLs.
 */
const pagePolicy = (scriptSrc: string) =>
  [
    "default-src 'self'",
    `script-src ${scriptSrc}`,
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

/** The explorer is one bundle from 'self'. */
export const EXPLORER_CSP = pagePolicy("'self'");

/**
 * GraphiQL is rendered by yoga as one HTML page with an inline script. The script is allowed by
 * its hash, computed from the page itself, so no other inline script runs.
 */
export function graphiqlCsp(html: string): string {
  const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    ([, body]) => `'sha256-${createHash('sha256').update(body!).digest('base64')}'`,
  );
  return pagePolicy(`'self' ${hashes.join(' ')}`);
}

/** Any response that is not one of the two pages: nothing may run or be framed. */
export const DEFAULT_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * The response with the common headers and the given policy. Responses from fetch have immutable
 * headers; those are copied into a new response.
 */
export function withSecurityHeaders(response: Response, csp: string): Response {
  const set = (headers: Headers) => {
    for (const [name, value] of Object.entries(COMMON)) headers.set(name, value);
    headers.set('content-security-policy', csp);
  };
  try {
    set(response.headers);
    return response;
  } catch {
    const headers = new Headers(response.headers);
    set(headers);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}
