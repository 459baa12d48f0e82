/**
 * Who is signed in, as the server's /auth/session says: whether the server requires a token, and
 * the actor with their role (null while signed out). Pure producers; the explorer's write controls
 * read `canWrite`.
 */

export type SessionRole = 'viewer' | 'editor' | 'admin';

export interface SessionActor {
  name: string;
  role: SessionRole;
}

export interface SessionState {
  /** False until the server has answered once: nothing is shown before. */
  checked: boolean;
  authRequired: boolean;
  actor: SessionActor | null;
}

export interface SessionSlice {
  session: SessionState;
}

export const initialSession: SessionSlice = {
  session: { checked: false, authRequired: false, actor: null },
};

export function setSession<S extends SessionSlice>(
  s: S,
  authRequired: boolean,
  actor: SessionActor | null,
): S {
  return { ...s, session: { checked: true, authRequired, actor } };
}

/** The server answered 401: back to the sign-in screen. */
export function sessionEnded<S extends SessionSlice>(s: S): S {
  if (!s.session.authRequired && s.session.checked)
    return { ...s, session: { ...s.session, authRequired: true, actor: null } };
  return { ...s, session: { ...s.session, actor: null } };
}

/** Whether the explorer shows what writes (import, edits): editors and admins, or anyone without auth. */
export function canWrite(session: SessionState): boolean {
  if (!session.authRequired) return true;
  return session.actor !== null && session.actor.role !== 'viewer';
}

/** Whether to show the sign-in screen instead of the explorer. */
export function needsSignIn(session: SessionState): boolean {
  return session.checked && session.authRequired && session.actor === null;
}
