import { describe, expect, it } from 'vitest';
import { canWrite, initialSession, needsSignIn, sessionEnded, setSession } from './session-slice.ts';

describe('the session slice', () => {
  it('shows nothing before the server answered, then signs in or not', () => {
    expect(needsSignIn(initialSession.session)).toBe(false);
    const open = setSession(initialSession, false, { name: 'local', role: 'admin' });
    expect(needsSignIn(open.session)).toBe(false);
    expect(canWrite(open.session)).toBe(true);
    const out = setSession(initialSession, true, null);
    expect(needsSignIn(out.session)).toBe(true);
    expect(canWrite(out.session)).toBe(false);
  });

  it('lets editors and admins write, not viewers; a 401 returns to sign-in', () => {
    const viewer = setSession(initialSession, true, { name: 'alice', role: 'viewer' });
    expect(canWrite(viewer.session)).toBe(false);
    expect(canWrite(setSession(initialSession, true, { name: 'bob', role: 'editor' }).session)).toBe(true);
    expect(canWrite(setSession(initialSession, true, { name: 'eve', role: 'admin' }).session)).toBe(true);
    const ended = sessionEnded(viewer);
    expect(ended.session).toEqual({ checked: true, authRequired: true, actor: null });
    expect(needsSignIn(ended.session)).toBe(true);
  });
});
