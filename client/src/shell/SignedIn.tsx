/** Who is signed in, and signing out: shown where the server requires a token. */
import { signOut } from '../api/session.ts';
import { useExplorer, useRedstring } from '../state/ExplorerProvider.tsx';

export function SignedIn() {
  const explorer = useExplorer();
  const session = useRedstring((s) => s.session);
  if (!session.authRequired || !session.actor) return null;

  const leave = async () => {
    try {
      await signOut();
    } finally {
      explorer.store.getState().setSession(session.authRequired, null);
    }
  };

  return (
    <div className="signed-in" aria-label="Signed in">
      <span>
        signed in as <strong>{session.actor.name}</strong> · {session.actor.role}
      </span>
      <button type="button" className="small" onClick={() => void leave()}>
        Sign out
      </button>
    </div>
  );
}
