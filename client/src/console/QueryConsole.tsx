/**
 * The GraphQL console: a CodeMirror 6 editor that knows the schema (completion, linting, Ctrl/Cmd+click
 * to the docs), a run button, the raw answer, and the graph found in it drawn on the canvas. Loaded
 * lazily: the editor and the GraphQL parser cost nothing until it is opened.
 */
import { Prec, EditorState } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { graphql as graphqlExtension } from 'cm6-graphql';
import { basicSetup } from 'codemirror';
import { buildSchema } from 'graphql';
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import sdl from '../generated/schema.graphql?raw';
import { errorText } from '../state/explorer.ts';
import { useExplorer } from '../state/ExplorerProvider.tsx';
import { DocsExplorer, type DocsTarget } from './DocsExplorer.tsx';

/**
 * Examples ask the open case through `$case`, which the console fills in (`withOpenCase`): the
 * questions at the top level are refused once the server holds several cases.
 */
export const EXAMPLES: readonly { label: string; query: string }[] = [
  {
    label: 'Neighbourhood of North Korea',
    query: `# Entities within one relation of North Korea, and the relations among them.
# $case is the open case unless the variables say otherwise.
query ($case: ID!) {
  case(id: $case) {
    neighborhood(ids: ["north-korea"], depth: 1) {
      entities { id type name }
      relations { id type from { id } to { id } date status }
    }
  }
}`,
  },
  {
    label: 'Shortest path: Kim Jong Un → Kursk',
    query: `query ($case: ID!) {
  case(id: $case) {
    shortestPath(from: "kim-jong-un", to: "kursk-region") {
      length
      entities { id type name }
      relations { id type from { id } to { id } }
    }
  }
}`,
  },
  {
    label: 'Who sends whom',
    query: `query ($case: ID!) {
  case(id: $case) {
    relations(filter: { relationTypes: ["SENDS", "DEPLOYED_TO"] }, first: 50) {
      totalCount
      edges {
        node {
          id type status date
          from { id type name }
          to { id type name }
        }
      }
    }
  }
}`,
  },
  {
    label: 'Search by alias',
    query: `query ($case: ID!) {
  case(id: $case) {
    search(text: "Шойгу") {
      score
      matchedAlias
      entity { id type name degree }
    }
  }
}`,
  },
  {
    label: 'What one source supports',
    query: `query ($case: ID!) {
  case(id: $case) {
    sources {
      id
      title
      publisher
    }
  }
}`,
  },
  {
    label: 'Every case',
    query: `{
  cases {
    id
    name
    counts { entities relations sources }
  }
}`,
  },
];

/** The variables with `case` set to the open case, when the query declares `$case` and they do not. */
export function withOpenCase(
  query: string,
  variables: Record<string, unknown> | undefined,
  caseId: string | null,
): Record<string, unknown> | undefined {
  if (caseId === null || !/\$case\b/.test(query) || (variables && 'case' in variables)) return variables;
  return { ...variables, case: caseId };
}

const MAX_SHOWN_CHARS = 200_000;

export function QueryConsole() {
  const explorer = useExplorer();
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const [variables, setVariables] = useState('');
  const [replace, setReplace] = useState(false);
  const [running, setRunning] = useState(false);
  const [answer, setAnswer] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const [docs, setDocs] = useState<DocsTarget | null>(null);
  const [showDocs, setShowDocs] = useState(true);
  const schema = useMemo(() => buildSchema(sdl), []);

  const run = async () => {
    const query = view.current?.state.doc.toString() ?? '';
    if (!query.trim()) return;
    let vars: Record<string, unknown> | undefined;
    if (variables.trim()) {
      try {
        const parsed: unknown = JSON.parse(variables);
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
          throw new Error('not an object');
        vars = parsed as Record<string, unknown>;
      } catch {
        setMessage({ kind: 'error', text: 'Variables must be a JSON object, e.g. {"id": "north-korea"}.' });
        return;
      }
    }
    setRunning(true);
    setMessage(null);
    try {
      const caseId = explorer.store.getState().openCase?.id ?? null;
      const body = await explorer.api.raw(query, withOpenCase(query, vars, caseId));
      const text = JSON.stringify(body, null, 2);
      setAnswer(
        text.length > MAX_SHOWN_CHARS ? `${text.slice(0, MAX_SHOWN_CHARS)}\n… (cut for display)` : text,
      );
      if (body.errors?.length) {
        setMessage({ kind: 'error', text: body.errors.map((e) => e.message).join('\n') });
      }
      if (body.data) {
        const drawn = await explorer.draw(body.data, replace);
        if (drawn.entities + drawn.relations > 0)
          setMessage(
            (m) =>
              m ?? {
                kind: 'info',
                text: `Drew ${drawn.entities} entities and ${drawn.relations} relations on the canvas.`,
              },
          );
        else
          setMessage(
            (m) =>
              m ?? {
                kind: 'info',
                text: 'The answer holds no graph to draw. Ask for entities (id type name) or relations (id type from { id } to { id }).',
              },
          );
      }
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(error) });
    } finally {
      setRunning(false);
    }
  };
  // The editor is made once per schema; its Mod-Enter must run the latest `run`, not the first one.
  const runFromEditor = useEffectEvent(() => void run());

  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: EXAMPLES[0]?.query ?? '{\n  \n}',
        extensions: [
          Prec.highest(
            keymap.of([
              {
                key: 'Mod-Enter',
                run: () => {
                  runFromEditor();
                  return true;
                },
              },
            ]),
          ),
          basicSetup,
          graphqlExtension(schema, {
            onShowInDocs: (field, type, parentType) => {
              setShowDocs(true);
              if (parentType) setDocs({ type: parentType, ...(field ? { field } : {}) });
              else if (type) setDocs({ type });
            },
          }),
          EditorView.contentAttributes.of({ 'aria-label': 'GraphQL query' }),
          EditorView.theme({ '&': { height: '100%' }, '.cm-scroller': { fontFamily: 'var(--mono)' } }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, [schema]);

  return (
    <div className="query-console">
      <div className="console-editor">
        <div className="console-toolbar">
          <select
            aria-label="Example queries"
            value=""
            onChange={(e) => {
              const example = EXAMPLES.find((x) => x.label === e.target.value);
              const editor = view.current;
              if (!example || !editor) return;
              editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: example.query } });
              editor.focus();
            }}
          >
            <option value="" disabled>
              Examples…
            </option>
            {EXAMPLES.map((x) => (
              <option key={x.label} value={x.label}>
                {x.label}
              </option>
            ))}
          </select>
          <label className="check small">
            <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} />
            Replace canvas
          </label>
          <button
            type="button"
            className="link small"
            onClick={() => setShowDocs((d) => !d)}
            aria-pressed={showDocs}
          >
            Docs
          </button>
          <button
            type="button"
            className="primary"
            onClick={() => void run()}
            disabled={running}
            aria-label="Run query"
          >
            {running ? 'Running…' : 'Run ▸'}
          </button>
        </div>
        <div className="cm-host" ref={host} />
        <textarea
          className="console-variables"
          aria-label="Query variables (JSON)"
          placeholder='Variables (JSON), e.g. {"id": "north-korea"}'
          value={variables}
          onChange={(e) => setVariables(e.target.value)}
          spellCheck={false}
        />
      </div>
      <div className="console-result" aria-label="Query result">
        {message && (
          <p
            className={`console-message ${message.kind}`}
            role={message.kind === 'error' ? 'alert' : 'status'}
          >
            {message.text}
          </p>
        )}
        {answer ? (
          <pre className="console-json">{answer}</pre>
        ) : (
          <p className="muted small">
            Ctrl+Enter runs the query. Entities and relations in the answer are drawn on the canvas.
          </p>
        )}
      </div>
      {showDocs && <DocsExplorer schema={schema} target={docs} onNavigate={setDocs} />}
    </div>
  );
}
