/**
 * The checks every request passes before any route sees it, and the headers every response
 * leaves with. It runs in front of the app and in front of the "store not open yet" answer, so
 * that no path through the server skips it.
 */
import type { Logger } from 'pino';
import { hostAllowed, hostName, originVerdict, type NetworkPolicy } from './network-policy.ts';
import { DEFAULT_CSP, EXPLORER_CSP, withSecurityHeaders } from './security-headers.ts';

export type Handler = (request: Request) => Promise<Response>;

export interface GuardOptions {
  policy: NetworkPolicy;
  logger: Logger;
  /** The policy for an HTML page at this path; the explorer's unless said otherwise. */
  htmlCsp?: (pathname: string) => string | null;
}

const GRAPHQL_METHODS = ['GET', 'POST'];

/** A refusal as GraphQL-over-HTTP clients read errors; the message never repeats input wholesale. */
export function refusal(status: number, message: string, code: string, headers: HeadersInit = {}): Response {
  return Response.json({ errors: [{ message, extensions: { code } }] }, { status, headers });
}

const isGraphqlPath = (pathname: string) => pathname === '/graphql' || pathname.startsWith('/graphql/');

/** At most `max` characters of something a client sent, for an error message. */
const quote = (text: string, max = 80) => JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);

export function guard(options: GuardOptions, handler: Handler): Handler {
  const { policy, logger } = options;

  const secured = (response: Response, pathname: string): Response => {
    const html = (response.headers.get('content-type') ?? '').startsWith('text/html');
    const csp = html ? (options.htmlCsp?.(pathname) ?? EXPLORER_CSP) : DEFAULT_CSP;
    return withSecurityHeaders(response, csp);
  };

  async function checked(request: Request, url: URL): Promise<Response> {
    if (!hostAllowed(policy, url.host))
      return refusal(
        403,
        `Host ${quote(hostName(url.host))} is not one this server answers to; add it to REDSTRING_ALLOWED_HOSTS.`,
        'HOST_NOT_ALLOWED',
      );
    try {
      decodeURIComponent(url.pathname);
    } catch {
      return refusal(400, 'Malformed URL: the path has an invalid percent-encoding.', 'BAD_REQUEST');
    }
    const verdict = originVerdict(policy, request);
    const origin = request.headers.get('origin');
    if (verdict === 'refused')
      return refusal(
        403,
        `Requests from the origin ${quote(origin ?? '')} are not allowed; list it in REDSTRING_CORS_ORIGINS to allow it.`,
        'ORIGIN_NOT_ALLOWED',
      );
    const graphql = isGraphqlPath(url.pathname);
    if (request.method === 'OPTIONS') {
      const wanted = (request.headers.get('access-control-request-method') ?? '').toUpperCase();
      if (graphql && verdict === 'listed' && GRAPHQL_METHODS.includes(wanted))
        return new Response(null, {
          status: 204,
          headers: {
            ...corsHeaders(origin!),
            'access-control-allow-methods': GRAPHQL_METHODS.join(', '),
            'access-control-allow-headers': 'content-type, authorization, x-graphql-yoga-csrf',
            'access-control-max-age': '600',
            'content-length': '0',
          },
        });
      return refusal(
        verdict === 'listed' ? 403 : 405,
        verdict === 'listed'
          ? `Cross-origin ${quote(wanted)} requests to ${quote(url.pathname)} are not allowed.`
          : 'OPTIONS is answered only to cross-origin preflights from origins in REDSTRING_CORS_ORIGINS.',
        'METHOD_NOT_ALLOWED',
        { allow: graphql ? 'GET, POST' : 'GET, HEAD' },
      );
    }
    if (graphql && !GRAPHQL_METHODS.includes(request.method))
      return refusal(
        405,
        `Method ${request.method} is not allowed on /graphql; use GET or POST.`,
        'METHOD_NOT_ALLOWED',
        {
          allow: 'GET, POST',
        },
      );
    const response = await handler(request);
    if (verdict !== 'listed') return response;
    const headers = new Headers(response.headers);
    for (const [name, value] of Object.entries(corsHeaders(origin!))) headers.set(name, value);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }

  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return secured(refusal(400, 'Malformed request URL.', 'BAD_REQUEST'), '/');
    }
    try {
      return secured(await checked(request, url), url.pathname);
    } catch (error) {
      // Whatever went wrong stays in the log; the client learns only that it did.
      logger.error({ err: error, method: request.method, path: url.pathname }, 'request failed');
      return secured(refusal(500, 'Internal server error.', 'INTERNAL_SERVER_ERROR'), url.pathname);
    }
  };
}

/**
 * The answer a listed origin may read. Credentials are never allowed across origins: the
 * session cookie is SameSite=Strict, and a listed site's page authenticates with a bearer token.
 */
function corsHeaders(origin: string): Record<string, string> {
  return { 'access-control-allow-origin': origin, vary: 'Origin' };
}
