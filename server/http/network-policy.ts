/**
 * Who may talk to the server: which Host names it answers to (DNS rebinding) and which other
 * origins may read its answers in a browser (CORS). Both come from the configuration; both are
 * closed by default.
 */

/** Host names that can only mean this machine. */
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];

export function isLoopbackHost(host: string): boolean {
  const name = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return LOOPBACK_NAMES.includes(name) || name.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(name);
}

export interface NetworkPolicy {
  /**
   * Host names (without port) the server answers to besides loopback names; a request naming
   * any other is refused, so that a page on a rebound DNS name cannot reach it. (Loopback names
   * stay allowed: the check defends browsers, and a client that is not one can send any Host.)
   */
  allowedHosts: readonly string[];
  /** Origins (scheme://host[:port]) whose pages may call /graphql; none by default. */
  corsOrigins: readonly string[];
}

export const LOOPBACK_POLICY: NetworkPolicy = { allowedHosts: [], corsOrigins: [] };

/** The host name of a Host header value, lower case, without its port. */
export function hostName(hostHeader: string): string {
  const value = hostHeader.trim().toLowerCase();
  if (value.startsWith('[')) return value.slice(0, value.indexOf(']') + 1);
  const colon = value.lastIndexOf(':');
  return colon === -1 ? value : value.slice(0, colon);
}

export function hostAllowed(policy: NetworkPolicy, hostHeader: string | null): boolean {
  if (!hostHeader) return false;
  const name = hostName(hostHeader);
  return isLoopbackHost(name) || policy.allowedHosts.includes(name);
}

export type OriginVerdict = 'none' | 'same' | 'listed' | 'refused';

/**
 * Where a request comes from, by its Origin header: absent (not a browser's cross-site call),
 * the server's own origin, a listed one, or another site, which is refused outright rather than
 * merely denied the CORS headers: a refused origin gets no answer at all.
 */
export function originVerdict(policy: NetworkPolicy, request: Request): OriginVerdict {
  const origin = request.headers.get('origin');
  if (origin === null) return 'none';
  if (policy.corsOrigins.includes(origin)) return 'listed';
  // The scheme is left out: behind a TLS proxy the page is https and the request reaching us is
  // http. A foreign page cannot claim our host name as its origin (the Host check stops rebinding).
  let host: string | null = null;
  try {
    host = new URL(origin).host;
  } catch {
    return 'refused';
  }
  return host === new URL(request.url).host ? 'same' : 'refused';
}
