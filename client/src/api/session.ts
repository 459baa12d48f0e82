/**
 * The explorer's session with the server (/auth/session): who is signed in, signing in with a
 * token (the server answers with an HttpOnly cookie, which every later request carries), signing
 * out. The token itself is never kept by the page.
 */
import { ApiError } from './client.ts';

export interface SessionAnswer {
  authRequired: boolean;
  actor: { name: string; role: 'viewer' | 'editor' | 'admin' } | null;
}

const PATH = '/auth/session';

export async function readSession(doFetch: typeof fetch = fetch): Promise<SessionAnswer> {
  const response = await doFetch(PATH, { credentials: 'same-origin', cache: 'no-store' });
  if (!response.ok)
    throw new ApiError(`The server answered ${response.status} to ${PATH}.`, [], response.status);
  return (await response.json()) as SessionAnswer;
}

/** Signs in; throws an ApiError fit to show (wrong token, too many attempts). */
export async function signIn(token: string, doFetch: typeof fetch = fetch): Promise<void> {
  let response: Response;
  try {
    response = await doFetch(PATH, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });
  } catch {
    throw new ApiError('Cannot reach the Redstring server. Is it running?');
  }
  if (response.status === 204) return;
  if (response.status === 429) {
    const wait = response.headers.get('retry-after') ?? 'a few';
    throw new ApiError(`Too many failed attempts. Try again in ${wait} seconds.`, [], 429);
  }
  if (response.status === 401) throw new ApiError('That token is not valid (wrong, or revoked).', [], 401);
  throw new ApiError(`Signing in failed: the server answered ${response.status}.`, [], response.status);
}

export async function signOut(doFetch: typeof fetch = fetch): Promise<void> {
  await doFetch(PATH, { method: 'DELETE', credentials: 'same-origin' });
}
