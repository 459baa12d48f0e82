/**
 * The raw baselines of the Neo4j benchmark, through neo4j-driver with `executeRead` and nothing
 * else (no store, no GraphQL, no HTTP), in the benchmark's own process:
 *
 * - direct: one hand-written statement per question (neo4j-workload.ts, DIRECT): the engine's floor;
 * - statements: the store's own statements from cypher/queries with the store's algorithms over
 *   expand.cypher (traversal.ts), as the store runs them on Neo4j, minus the store and the API.
 *
 * Both also summarise their answers, so that the benchmark can check that the three ways answer
 * the same question (answers.ts).
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Params, Row } from '../../server/engine/cypher-engine.ts';
import { fromNeo4j, toNeo4jParams } from '../../server/engine/neo4j-values.ts';
import { relationsAmongCap } from '../../server/store/limits.ts';
import { filterParams, toEntity, toRelation } from '../../server/store/mapping.ts';
import { loadStatements } from '../../server/store/statements.ts';
import { neighborhood, shortestPath, simplePaths, type Expand } from '../../server/store/traversal.ts';
import type { Entity } from '../../server/store/types.ts';
import type { Answer } from './neo4j-answers.ts';
import { CAPS, DIRECT, directParams } from './neo4j-workload.ts';
import { QUERY_KINDS, variablesFor, type Inputs, type QueryKind } from './workload.ts';

/** The questions the store answers with several statements, or with statements other than DIRECT's. */
export const STATEMENT_KINDS: readonly QueryKind[] = QUERY_KINDS.filter((kind) => kind !== 'search');

const record = (value: unknown): Record<string, never> =>
  (value && typeof value === 'object' ? value : {}) as Record<string, never>;
const ids = (list: unknown): string[] =>
  Array.isArray(list) ? list.map((item) => String(record(item).id)) : [];

export class RawNeo4j {
  private readonly driver: Driver;
  private readonly statements = loadStatements();

  constructor(uri: string) {
    this.driver = neo4j.driver(
      uri,
      neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD || 'redstring-dev'),
      {
        userAgent: 'redstring-bench-raw',
      },
    );
  }

  /** One statement in one read transaction, its rows as plain values (as the Neo4j adapter converts them). */
  async run(text: string, params: Params): Promise<Row[]> {
    const session = this.driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
    try {
      // Redstring's budget in the benchmark (60 s).
      const result = await session.executeRead((tx) => tx.run(text, toNeo4jParams(params)), {
        timeout: 60_000,
      });
      return result.records.map((r) => {
        const row: Row = {};
        for (const key of r.keys) row[String(key)] = fromNeo4j(r.get(key));
        return row;
      });
    } finally {
      await session.close();
    }
  }

  private statement(name: string): string {
    const statement = this.statements.get(name);
    if (!statement) throw new Error(`no statement ${name}`);
    return statement.text;
  }

  /** The DIRECT statement of `kind` for input `i`, and its answer. */
  async direct(kind: QueryKind, inputs: Inputs, i: number): Promise<Answer> {
    const text = DIRECT[kind];
    if (!text) throw new Error(`no direct statement for ${kind}`);
    const rows = await this.run(text, directParams(kind, inputs, i));
    const row = record(rows[0]);
    switch (kind) {
      case 'search':
        return { entities: rows.map((r) => String(record(r.entity).id)) };
      case 'entity':
        return {
          degree: Number(row.degree ?? NaN),
          relations: ids(row.relations),
          entities: ids(row.neighbors),
        };
      case 'shortestPath':
        // No path: the OPTIONAL MATCH leaves empty lists.
        return { length: ids(row.entities).length > 0 ? ids(row.relations).length : null };
      default:
        return { entities: ids(row.entities), relations: ids(row.relations) };
    }
  }

  private expand: Expand = async (frontier, direction, fanout) => {
    if (frontier.length === 0) return [];
    const rows = await this.run(this.statement('expand'), {
      ...filterParams({}),
      ids: frontier,
      direction,
      fanout,
    });
    return rows.map((row) => ({
      origin: String(row.origin),
      relation: toRelation(record(row.relation), String(row.type), String(row.from), String(row.to)),
      neighbor: toEntity(record(row.neighbor)),
    }));
  };

  private async entities(list: string[]): Promise<Entity[]> {
    const rows = await this.run(this.statement('entities-by-id'), { ids: list });
    const byId = new Map(rows.map((row) => [String(record(row.entity).id), toEntity(record(row.entity))]));
    return list.map((id) => byId.get(id)).filter((e): e is Entity => e !== undefined);
  }

  /** The store's statements and algorithms for `kind`, as the store runs them on Neo4j. */
  async viaStatements(kind: QueryKind, inputs: Inputs, i: number): Promise<Answer> {
    const v = variablesFor(kind, inputs, i);
    switch (kind) {
      case 'entity': {
        // What the resolvers ask once the entity is loaded: degree, evidence sources, the first
        // relations (the neighbours share their batch), each its own read, as the loaders send them.
        const [entity] = await this.entities([String(v.id)]);
        if (!entity) throw new Error(`no entity ${v.id}`);
        const sources = [...new Set(entity.evidence.map((ev) => ev.source))];
        const [degrees, , hops] = await Promise.all([
          this.run(this.statement('entity-degrees'), { ids: [entity.id] }),
          sources.length > 0 ? this.run(this.statement('sources-by-id'), { ids: sources }) : [],
          this.expand([entity.id], 'BOTH', CAPS.pageRelations),
        ]);
        return {
          degree: degrees.reduce((sum, row) => sum + Number(row.count), 0),
          relations: hops.map((h) => h.relation.id),
          entities: [...new Set(hops.map((h) => h.neighbor.id))],
        };
      }
      case 'neighborhood1':
      case 'neighborhood2': {
        const seeds = await this.entities([String(v.id)]);
        const result = await neighborhood(this.expand, seeds, {
          depth: kind === 'neighborhood1' ? 1 : 2,
          limit: CAPS.limit,
          fanout: CAPS.fanout,
          direction: 'BOTH',
        });
        return { entities: result.entityIds, relations: [...result.relations.keys()] };
      }
      case 'shortestPath': {
        const [a, b] = await this.entities([String(v.from), String(v.to)]);
        if (!a || !b) throw new Error('missing endpoint');
        const steps = await shortestPath(this.expand, a, b, {
          maxDepth: CAPS.maxDepth,
          direction: 'BOTH',
          fanout: 5_000,
          maxFrontier: 200_000,
        });
        return { length: steps ? steps.relations.length : null };
      }
      case 'paths': {
        const [a, b] = await this.entities([String(v.from), String(v.to)]);
        if (!a || !b) throw new Error('missing endpoint');
        const result = await simplePaths(this.expand, a, b, {
          maxLength: 4,
          direction: 'BOTH',
          fanout: CAPS.fanout,
          first: 20,
          maxBall: 20_000,
        });
        return { count: result.paths.length };
      }
      case 'timeline': {
        const [from, to] = inputs.windows[i % inputs.windows.length]!;
        const params = { ...filterParams({ from, to }), afterStart: null, afterId: null, limit: 51 };
        const session = this.driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
        try {
          const count = await session.executeRead(async (tx) => {
            const relations = await tx.run(this.statement('timeline-relations'), toNeo4jParams(params));
            const entities = await tx.run(this.statement('timeline-entities'), toNeo4jParams(params));
            return relations.records.length + entities.records.length;
          });
          return { count: Math.min(50, count) };
        } finally {
          await session.close();
        }
      }
      case 'among': {
        const list = inputs.canvases[i % inputs.canvases.length]!;
        const cap = relationsAmongCap(list.length);
        const rows = await this.run(this.statement('relations-among'), {
          ...filterParams({}),
          ids: list,
          limit: cap + 1,
        });
        return { relations: rows.slice(0, cap).map((row) => String(record(row.relation).id)) };
      }
      case 'search':
        throw new Error('the store searches in process: no statements to run for search');
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
