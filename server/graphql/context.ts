/**
 * What every resolver receives: who asks, the store, the import jobs, and the case each field
 * answers in. The resolvers' own types are generated from the schema (generated/resolvers-types.ts,
 * `npm run codegen`).
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { ImportJobs } from '../formats/import-jobs.ts';
import type { Actor } from '../store/actor.ts';
import type { CaseStore, GraphStore } from '../store/graph-store.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** One case as a request sees it: its store and the request's loaders over it. */
export interface CaseScope {
  store: CaseStore;
  loaders: Loaders;
}

type Path = GraphQLResolveInfo['path'];

/**
 * The cases a request reads, by where in the answer. A field that enters a case (`case`, or a
 * top-level question of the only case) registers its place in the answer with `enter`; every field
 * below it finds that case by walking up its path (`at`). A request may read several cases side by
 * side (`a: case(id: "x") {…} b: case(id: "y") {…}`): each field answers in the case it sits in,
 * and batches only with fields of that case.
 */
export class CaseScopes {
  private readonly byCase = new Map<string, CaseScope>();
  private readonly byPath = new WeakMap<Path, CaseScope>();

  /** The request's scope of `store` (one set of loaders per case). */
  of(store: CaseStore): CaseScope {
    let scope = this.byCase.get(store.id);
    if (!scope) {
      scope = { store, loaders: createLoaders(store) };
      this.byCase.set(store.id, scope);
    }
    return scope;
  }

  /** Marks the answer below `path` as read from `store`. */
  enter(path: Path, store: CaseStore): CaseScope {
    const scope = this.of(store);
    this.byPath.set(path, scope);
    return scope;
  }

  /** The case the field at `path` answers in. */
  at(path: Path): CaseScope {
    for (let at: Path | undefined = path; at; at = at.prev) {
      const scope = this.byPath.get(at);
      if (scope) return scope;
    }
    // Every object type that reaches here sits below a field that entered a case; a field that
    // does not is a bug in the resolvers, not something a request can cause.
    throw new Error(`no case entered above ${pathText(path)}`);
  }
}

function pathText(path: Path): string {
  const keys: (string | number)[] = [];
  for (let at: Path | undefined = path; at; at = at.prev) keys.unshift(at.key);
  return keys.join('.');
}

export interface Context {
  /** Who sends the request; writes are attributed to them. */
  actor: Actor;
  store: GraphStore;
  scopes: CaseScopes;
  /** The server's import jobs (one at a time). */
  imports: ImportJobs;
}
