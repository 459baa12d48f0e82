/**
 * Authentication over HTTP: who a request is from (a bearer token or the explorer's session
 * cookie), the 401 and 429 answers, and the explorer's session endpoint `/auth/session`
 * (GET: who am I; POST: sign in with a token; DELETE: sign out). With authentication off every
 * request is the local admin (LOCAL_ACTOR). Tokens are never logged.
 */
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import type { Authenticator } from '../auth/authenticator.ts';
import type { FailedAttempts } from '../auth/failed-attempts.ts';
import { LOCAL_ACTOR, type Actor } from '../store/actor.ts';
import { refusal } from './guard.ts';

/** Where a request came from, as the listening socket saw it. */
export interface Client {
  address: string;
}

export const UNKNOWN_CLIENT: Client = { address: 'unknown' };

export const SESSION_COOKIE = 'redstring_session';
export const SESSION_PATH = '/auth/session';
/** A sign-in body is a token in JSON; nothing legitimate is larger. */
const MAX_SIGN_IN_BYTES = 4096;

export interface AuthHttpOptions {
  /** Null when authentication is off. */
  authenticator: Authenticator | null;
  attempts: FailedAttempts;
}

export interface AuthHttp {
  readonly required: boolean;
  /** The actor of a request to the API, or the 401 / 429 to answer instead. */
  identify(request: Request, client: Client): Promise<Actor | Response>;
  /** Answers a request to SESSION_PATH. */
  session(request: Request, client: Client): Promise<Response>;
}

const challenge = (error?: string) => ({
  'www-authenticate': error ? `Bearer realm="redstring", error="${error}"` : 'Bearer realm="redstring"',
});

const unauthenticated = (message: string, error?: string) =>
  refusal(401, message, 'UNAUTHENTICATED', challenge(error));

const tooMany = (seconds: number) =>
  refusal(
    429,
    `Too many failed sign-in attempts from here; try again in ${seconds} s.`,
    'TOO_MANY_ATTEMPTS',
    { 'retry-after': String(seconds) },
  );

const isJson = (request: Request) =>
  (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json';

export function createAuthHttp(options: AuthHttpOptions): AuthHttp {
  const { authenticator, attempts } = options;

  /** A token's actor, or the answer to a wrong one; throttled per address and overall. */
  async function bySecret(secret: string, client: Client): Promise<Actor | Response> {
    const wait = await attempts.retryAfter(client.address);
    if (wait > 0) return tooMany(wait);
    const actor = await authenticator!.actorForSecret(secret);
    if (actor) return actor;
    await attempts.failed(client.address);
    return unauthenticated('The token is not valid (wrong, or revoked).', 'invalid_token');
  }

  function sessionId(request: Request): string | undefined {
    const header = request.headers.get('cookie');
    return header ? parseCookies(header)[SESSION_COOKIE] : undefined;
  }

  async function identify(request: Request, client: Client): Promise<Actor | Response> {
    if (!authenticator) return LOCAL_ACTOR;
    const authorization = request.headers.get('authorization');
    if (authorization !== null) {
      const match = /^Bearer +([!-~]+) *$/i.exec(authorization);
      if (!match)
        return unauthenticated('The Authorization header must be "Bearer <token>".', 'invalid_request');
      return bySecret(match[1]!, client);
    }
    const id = sessionId(request);
    if (id) {
      const actor = await authenticator.actorForSession(id);
      if (actor) return actor;
      return unauthenticated('The session has ended; sign in again.', 'invalid_token');
    }
    return unauthenticated(
      'Authentication is required: send "Authorization: Bearer <token>" (make one with `npx redstring token create`), or sign in in the explorer.',
    );
  }

  async function signIn(request: Request, client: Client): Promise<Response> {
    if (!isJson(request))
      return refusal(
        403,
        `POST ${SESSION_PATH} must have content-type application/json; this protects against cross-site request forgery.`,
        'CSRF_PREVENTED',
      );
    if (!authenticator)
      return refusal(409, 'Authentication is off on this server: no sign-in is needed.', 'AUTH_OFF');
    const text = await request.text();
    let token: unknown = null;
    try {
      token = text.length <= MAX_SIGN_IN_BYTES ? (JSON.parse(text) as { token?: unknown }).token : null;
    } catch {
      token = null;
    }
    if (typeof token !== 'string')
      return refusal(400, 'Send the token as JSON: {"token": "..."}.', 'BAD_REQUEST');
    const wait = await attempts.retryAfter(client.address);
    if (wait > 0) return tooMany(wait);
    const session = await authenticator.startSession(token.trim());
    if (!session) {
      await attempts.failed(client.address);
      return unauthenticated('The token is not valid (wrong, or revoked).', 'invalid_token');
    }
    const secure =
      new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
    return new Response(null, {
      status: 204,
      headers: {
        'set-cookie': serializeCookie(SESSION_COOKIE, session.id, {
          httpOnly: true,
          sameSite: 'strict',
          path: '/',
          secure,
          maxAge: Math.floor(authenticator.sessionMaxAgeMs / 1000),
        }),
        'cache-control': 'no-store',
      },
    });
  }

  async function session(request: Request, client: Client): Promise<Response> {
    switch (request.method) {
      case 'GET':
      case 'HEAD': {
        // Always answered: the explorer asks it first, to know whether to show the sign-in screen.
        const who =
          authenticator && !sessionId(request) && !request.headers.has('authorization')
            ? null
            : await identify(request, client);
        const actor = who && !(who instanceof Response) ? { name: who.name, role: who.role } : null;
        return Response.json(
          { authRequired: authenticator !== null, actor },
          { headers: { 'cache-control': 'no-store' } },
        );
      }
      case 'POST':
        return signIn(request, client);
      case 'DELETE': {
        const id = sessionId(request);
        if (id) authenticator?.endSession(id);
        return new Response(null, {
          status: 204,
          headers: {
            'set-cookie': serializeCookie(SESSION_COOKIE, '', {
              httpOnly: true,
              sameSite: 'strict',
              path: '/',
              maxAge: 0,
            }),
          },
        });
      }
      default:
        return refusal(
          405,
          `Method ${request.method} is not allowed on ${SESSION_PATH}.`,
          'METHOD_NOT_ALLOWED',
          {
            allow: 'GET, HEAD, POST, DELETE',
          },
        );
    }
  }

  return { required: authenticator !== null, identify, session };
}
