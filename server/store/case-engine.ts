/**
 * One case's view of the engine: what every operation of a case store runs on. Every statement it
 * runs gets the case as `$caseId`, and every statement of cypher/queries that reads or writes the
 * graph matches or sets `caseId: $caseId` on its nodes, so that no operation can forget its case
 * (docs/architecture.md, "Cases"). Relationships never cross cases: a walk from a case's nodes
 * stays in it, and the adjacency calls that start from ids or scan are bound to the case here.
 */
import type {
  AdjacentEdge,
  BulkSession,
  CypherEngine,
  CypherTransaction,
  DatedVisitor,
  StoredRecord,
} from '../engine/cypher-engine.ts';

/** The engine's `Adjacency` with the case bound: the shape the store's walks use. */
export interface CaseAdjacency {
  nodes(ids: readonly string[]): Promise<(number | null)[]>;
  edges(node: number, direction: 'OUT' | 'IN' | 'BOTH', types: readonly string[] | null): AdjacentEdge[];
  degree(node: number): number;
  nodeRecords(nodes: readonly number[]): (StoredRecord | null)[];
  edgeRecords(
    edges: readonly number[],
  ): ({ type: string; from: number; to: number; props: StoredRecord } | null)[];
  dated(visit: DatedVisitor): Promise<void>;
  relationTypes(): Promise<{ type: string; count: number }[]>;
}

/** The engine's bulk loader bound to one case: the case it checks, loads and clears on failure. */
export interface CaseBulkLoader {
  isEmpty(): Promise<boolean>;
  begin(): Promise<BulkSession>;
}

export interface CaseEngine {
  readonly kind: CypherEngine['kind'];
  readonly caseId: string;
  read<T>(work: (tx: CypherTransaction) => Promise<T>): Promise<T>;
  write<T>(work: (tx: CypherTransaction) => Promise<T>): Promise<T>;
  readonly adjacency?: CaseAdjacency;
  readonly bulkLoad?: CaseBulkLoader;
  readonly soleWriter?: boolean;
}

/** Statements run through `tx` get `caseId` (over any parameter of that name). */
export function inCase(tx: CypherTransaction, caseId: string): CypherTransaction {
  return { run: (statement, params = {}) => tx.run(statement, { ...params, caseId }) };
}

export function caseEngine(engine: CypherEngine, caseId: string): CaseEngine {
  const adjacency = engine.adjacency;
  return {
    kind: engine.kind,
    caseId,
    read: (work) => engine.read((tx) => work(inCase(tx, caseId))),
    write: (work) => engine.write((tx) => work(inCase(tx, caseId))),
    adjacency: adjacency && {
      nodes: (ids) => adjacency.nodes(caseId, ids),
      edges: (node, direction, types) => adjacency.edges(node, direction, types),
      degree: (node) => adjacency.degree(node),
      nodeRecords: (nodes) => adjacency.nodeRecords(nodes),
      edgeRecords: (edges) => adjacency.edgeRecords(edges),
      dated: (visit) => adjacency.dated(caseId, visit),
      relationTypes: () => adjacency.relationTypes(caseId),
    },
    bulkLoad: engine.bulkLoad && {
      isEmpty: () => engine.bulkLoad!.isEmpty(caseId),
      begin: async () => {
        const session = await engine.bulkLoad!.begin(caseId);
        return {
          ...session,
          // Nodes and relationships of the load belong to the case like any other.
          createNodes: (labels, rows, key) =>
            session.createNodes(
              labels,
              rows.map((row) => ({ ...row, caseId })),
              key,
            ),
          createRelationships: (type, rows) =>
            session.createRelationships(
              type,
              rows.map((row) => ({ ...row, props: { ...row.props, caseId } })),
            ),
          write: (work) => session.write((tx) => work(inCase(tx, caseId))),
          commit: (finish) => session.commit(finish && ((tx) => finish(inCase(tx, caseId)))),
        };
      },
    },
    soleWriter: engine.soleWriter,
  };
}
