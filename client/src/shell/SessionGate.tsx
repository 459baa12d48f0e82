/**
 * Shows the explorer only to someone the server lets in: it asks /auth/session first, and shows
 * the sign-in screen when the server requires a token and there is no session (also after a 401
 * mid-session, which the API client reports to the session slice).
 */
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { readSession, signIn } from '../api/session.ts';
import { errorText } from '../state/explorer.ts';
import { useExplorer, useRedstring } from '../state/ExplorerProvider.tsx';
import { needsSignIn } from '../state/session-slice.ts';

export function SessionGate({ children }: { children: ReactNode }) {
  const explorer = useExplorer();
  const session = useRedstring((s) => s.session);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    readSession().then(
      (answer) => explorer.store.getState().setSession(answer.authRequired, answer.actor),
      (error: unknown) => setFailed(errorText(error)),
    );
  }, [explorer]);

  if (failed) return <p className="session-message error">Cannot reach the Redstring server: {failed}</p>;
  if (!session.checked) return null;
  if (needsSignIn(session)) return <SignIn />;
  return <>{children}</>;
}

function SignIn() {
  const explorer = useExplorer();
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(token.trim());
      const answer = await readSession();
      setToken('');
      explorer.store.getState().setSession(answer.authRequired, answer.actor);
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="sign-in">
      <form className="sign-in-card" onSubmit={(event) => void submit(event)} aria-label="Sign in">
        <h1>
          <span className="brand-mark" aria-hidden="true" /> Redstring
        </h1>
        <p className="muted">This server requires an API token. Paste yours to sign in.</p>
        <label htmlFor="sign-in-token">API token</label>
        <input
          id="sign-in-token"
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={token}
          onChange={(event) => setToken(event.target.value)}
          placeholder="rs_…"
          required
        />
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy || token.trim() === ''}>
          Sign in
        </button>
        <p className="muted small">
          An admin makes tokens with <code>npx redstring token create --role viewer --name you</code>.
        </p>
      </form>
    </main>
  );
}
