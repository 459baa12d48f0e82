/**
 * The start page (`/`): every case on the server, the most recently changed first, each a link to
 * `/cases/<id>` with its size and last change; and, for those who may write, a form that creates a
 * new (empty) case and opens it. Opening this page closes the case that was open.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { CasesQuery, CreateCaseMutation } from '../api/operations.ts';
import type { CaseInfo } from '../state/case-slice.ts';
import { errorText } from '../state/explorer.ts';
import { useExplorer, useRedstring } from '../state/ExplorerProvider.tsx';
import { canWrite } from '../state/session-slice.ts';
import { useQuery } from '../state/use-query.ts';
import { Link } from './Link.tsx';
import { emptyNewCase, NewCaseFields, newCaseProblem, type NewCase } from './NewCaseFields.tsx';
import { casePath, navigate } from './route.ts';
import { SignedIn } from './SignedIn.tsx';

const changedAt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

function CaseItem({ item }: { item: CaseInfo }) {
  const { counts } = item;
  return (
    <li className="case-item">
      <h3>
        <Link to={casePath(item.id)}>{item.name}</Link>
      </h3>
      <code className="case-id">{item.id}</code>
      {item.description && <p className="case-description">{item.description}</p>}
      <p className="case-meta">
        <span aria-label="Size">
          {plural(counts.entities, 'entity', 'entities')} ·{' '}
          {plural(counts.relations, 'relation', 'relations')} · {plural(counts.sources, 'source', 'sources')}
        </span>
        <span>
          changed <time dateTime={item.updatedAt}>{changedAt.format(new Date(item.updatedAt))}</time>
        </span>
      </p>
    </li>
  );
}

function NewCaseForm() {
  const explorer = useExplorer();
  const [value, setValue] = useState<NewCase>(emptyNewCase);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = newCaseProblem(value);
    setError(problem);
    if (problem) return;
    setBusy(true);
    try {
      const id = value.id.trim();
      await explorer.api.request(CreateCaseMutation, { input: { id, name: value.name.trim() } });
      navigate(casePath(id));
    } catch (failure) {
      setError(errorText(failure));
      setBusy(false);
    }
  };

  return (
    <section className="new-case" aria-labelledby="new-case-heading">
      <h2 id="new-case-heading">New case</h2>
      <p className="muted small">An empty case; import files into it from the explorer.</p>
      <form aria-label="New case" onSubmit={(event) => void submit(event)} noValidate>
        <NewCaseFields value={value} onChange={setValue} idPrefix="start-new-case" />
        {error && (
          <p className="panel-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create case'}
        </button>
      </form>
    </section>
  );
}

export function StartPage() {
  const explorer = useExplorer();
  const writer = useRedstring((s) => canWrite(s.session));
  const cases = useQuery(CasesQuery, {});

  useEffect(() => {
    void explorer.openCase(null);
    document.title = 'Cases · Redstring';
  }, [explorer]);

  const sorted =
    cases.status === 'done'
      ? [...cases.data.cases].sort(
          (a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id),
        )
      : [];

  return (
    <div className="start-page">
      <header className="start-header">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">Redstring</span>
        <SignedIn />
      </header>
      <main className="start-main">
        <section className="case-list" aria-labelledby="cases-heading">
          <h1 id="cases-heading">Cases</h1>
          {cases.status === 'loading' && <p className="muted">Loading the cases…</p>}
          {cases.status === 'error' && (
            <p className="panel-error" role="alert">
              The cases could not be loaded: {cases.error}
            </p>
          )}
          {cases.status === 'done' && sorted.length === 0 && <p className="muted">There are no cases yet.</p>}
          {sorted.length > 0 && (
            <ul aria-labelledby="cases-heading">
              {sorted.map((item) => (
                <CaseItem key={item.id} item={item} />
              ))}
            </ul>
          )}
        </section>
        {writer && <NewCaseForm />}
      </main>
    </div>
  );
}
