/**
 * The schema as a manual: types, fields, arguments and their descriptions, navigable by clicking type
 * names. The editor's "show in docs" (Ctrl/Cmd+click on a field) opens the matching page.
 */
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql';
import { useMemo, useState } from 'react';

export interface DocsTarget {
  type: string;
  field?: string;
}

function TypeRef({ type, onOpen }: { type: GraphQLType; onOpen(name: string): void }) {
  const named = getNamedType(type);
  const text = String(type);
  const at = text.indexOf(named.name);
  return (
    <span className="type-ref">
      {text.slice(0, at)}
      <button type="button" className="link" onClick={() => onOpen(named.name)}>
        {named.name}
      </button>
      {text.slice(at + named.name.length)}
    </span>
  );
}

function Fields({
  type,
  onOpen,
  focus,
}: {
  type: GraphQLNamedType;
  onOpen(name: string): void;
  focus?: string;
}) {
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    return (
      <ul className="docs-fields">
        {fields.map((f) => {
          const args: readonly GraphQLArgument[] = 'args' in f ? f.args : [];
          return (
            <li key={f.name} className={f.name === focus ? 'focus' : ''}>
              <div className="docs-field-sig">
                <strong>{f.name}</strong>
                {args.length > 0 && (
                  <span className="docs-args">
                    (
                    {args.map((a, i) => (
                      <span key={a.name}>
                        {i > 0 && ', '}
                        {a.name}: <TypeRef type={a.type} onOpen={onOpen} />
                      </span>
                    ))}
                    )
                  </span>
                )}
                : <TypeRef type={f.type} onOpen={onOpen} />
              </div>
              {f.description && <p>{f.description}</p>}
              {args.some((a) => a.description) && f.name === focus && (
                <ul className="docs-arg-list">
                  {args.map((a) => (
                    <li key={a.name}>
                      <code>{a.name}</code> {a.description}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    );
  }
  if (isEnumType(type))
    return (
      <ul className="docs-fields">
        {type.getValues().map((v) => (
          <li key={v.name}>
            <strong>{v.name}</strong>
            {v.description && <p>{v.description}</p>}
          </li>
        ))}
      </ul>
    );
  if (isUnionType(type))
    return (
      <p>
        One of:{' '}
        {type.getTypes().map((t) => (
          <button key={t.name} type="button" className="link" onClick={() => onOpen(t.name)}>
            {t.name}{' '}
          </button>
        ))}
      </p>
    );
  if (isScalarType(type)) return <p className="muted">A scalar.</p>;
  return null;
}

export function DocsExplorer({
  schema,
  target,
  onNavigate,
}: {
  schema: GraphQLSchema;
  target: DocsTarget | null;
  onNavigate(target: DocsTarget | null): void;
}) {
  const [filter, setFilter] = useState('');
  const types = useMemo(
    () =>
      Object.values(schema.getTypeMap())
        .filter((t) => !t.name.startsWith('__'))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [schema],
  );
  const open = (name: string) => onNavigate({ type: name });
  const current = target ? schema.getType(target.type) : null;

  return (
    <section className="docs" aria-label="Schema documentation">
      <div className="docs-head">
        {current ? (
          <button type="button" className="link small" onClick={() => onNavigate(null)}>
            ← All types
          </button>
        ) : (
          <input
            type="search"
            aria-label="Filter schema types"
            placeholder="Filter types…"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
        )}
      </div>
      {current ? (
        <div className="docs-body">
          <h3>{current.name}</h3>
          {current.description && <p className="docs-description">{current.description}</p>}
          <Fields type={current} onOpen={open} {...(target?.field ? { focus: target.field } : {})} />
        </div>
      ) : (
        <div className="docs-body">
          {!filter && schema.getQueryType()?.description && (
            <p className="docs-description">{schema.getQueryType()?.description}</p>
          )}
          <ul className="docs-types">
            {types
              .filter((t) => t.name.toLowerCase().includes(filter.toLowerCase()))
              .map((t) => (
                <li key={t.name}>
                  <button type="button" className="link" onClick={() => open(t.name)}>
                    {t.name}
                  </button>
                </li>
              ))}
          </ul>
        </div>
      )}
    </section>
  );
}
