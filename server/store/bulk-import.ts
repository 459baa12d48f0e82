/**
 * Large imports into an empty case through the engine's bulk loader (the embedded engine's batch
 * API) instead of one Cypher transaction for the whole stream. One transaction for five million
 * relations holds every change in memory until it commits (about 2 GB at 500 000 relations) and
 * checks each relation against the case first; an empty case has nothing to check against. Other
 * cases may hold anything: relations never cross cases, and the load touches only its own.
 *
 * The promises of `importChunks` hold: all or nothing (the loader marks the load, with its case,
 * as in progress and clears that case on a failure, or on the next open after a crash, which is
 * exact because the case was empty), the same stored shapes (the same mapping functions write them), the same
 * report. A record whose id comes back later in the stream is an update of one written earlier:
 * it goes through the store's own transactional plan, which reads what the load wrote.
 *
 * Only imports that ask for it (`bulk: true`: the CLI, which holds the data folder alone) take this
 * path, and small ones never do: the first chunks are held until the stream proves larger than
 * `threshold` records. An import through a running server stays one ordinary transaction.
 */
import type { BulkSession, CypherTransaction } from '../engine/cypher-engine.ts';
import type { CaseBulkLoader } from './case-engine.ts';
import type { EntityInput, GraphFile, RelationInput } from '../model/case-format.ts';
import { entityProps, relationProps } from './mapping.ts';
import { groupBy } from './group-by.ts';
import type { SearchDocument } from './search-index.ts';
import { unknownEntitiesError, unknownSourcesError, type ImportReport } from './types.ts';

/** Records (entities and relations) a stream must reach before it is loaded in bulk. */
export const BULK_THRESHOLD = 50_000;

type Chunks = Iterable<GraphFile> | AsyncIterable<GraphFile>;

export interface BulkImportContext {
  report: ImportReport;
  /**
   * Ids seen so far in this import, shared with the transactional path. `relations` holds only
   * the ids this load sends to that path (the loader's own are in a Bloom filter, see below);
   * `storeHadRelations` is false, the store being empty.
   */
  declared: {
    entities: Set<string>;
    sources: Set<string>;
    relations: Set<string>;
    storeHadRelations: boolean;
  };
  searchDocuments: SearchDocument[];
  /** Validates one raw chunk as `importChunks` does. */
  parse(chunk: GraphFile, index: number): GraphFile;
  /** The store's own plan and apply for `graph`, in `tx`. */
  applyInTransaction(tx: CypherTransaction, graph: GraphFile): Promise<void>;
  /** Writes the load's audit record, in the transaction that makes the load final. */
  recordInTransaction(tx: CypherTransaction): Promise<unknown>;
  /** @default BULK_THRESHOLD */
  threshold?: number;
}

export type BulkOutcome = { done: true } | { done: false; rest: AsyncIterable<GraphFile> };

/**
 * Imports `chunks` in bulk when the stream is large and the store empty. Otherwise returns the
 * stream, whole (the chunks it looked at first included), for the transactional path.
 */
export async function importInBulk(
  loader: CaseBulkLoader,
  chunks: Chunks,
  context: BulkImportContext,
): Promise<BulkOutcome> {
  const iterator: AsyncIterator<GraphFile> | Iterator<GraphFile> =
    Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks[Symbol.iterator]();
  const held: GraphFile[] = [];
  let records = 0;
  let ended = false;
  while (records < (context.threshold ?? BULK_THRESHOLD)) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    held.push(next.value);
    records += (next.value.entities?.length ?? 0) + (next.value.relations?.length ?? 0);
  }
  async function* rest(): AsyncGenerator<GraphFile> {
    yield* held;
    if (ended) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  if (ended || !(await loader.isEmpty())) return { done: false, rest: rest() };

  const session = await loader.begin();
  context.declared.storeHadRelations = false;
  try {
    const seenRelations = new BloomFilter(1 << 28);
    let index = 0;
    for await (const chunk of rest())
      await loadChunk(session, context.parse(chunk, index++), context, seenRelations);
    await session.commit(context.recordInTransaction);
  } catch (error) {
    await session.abort();
    throw error;
  }
  return { done: true };
}

async function loadChunk(
  session: BulkSession,
  graph: GraphFile,
  context: BulkImportContext,
  seenRelations: BloomFilter,
) {
  const { declared, report } = context;
  // What the store already holds from this load (a repeated id) is an update: the store plans it.
  const again: GraphFile = { sources: [], entities: [], relations: [] };
  const newEntities: EntityInput[] = [];
  for (const entity of graph.entities) {
    if (declared.entities.has(entity.id)) again.entities.push(entity);
    else newEntities.push(entity);
  }
  const newRelations: RelationInput[] = [];
  for (const relation of graph.relations) {
    // The filter may say "seen" for a new id (never the reverse): that relation then takes the
    // slower transactional path, which finds it absent and creates it.
    if (seenRelations.testAndAdd(relation.id)) {
      again.relations.push(relation);
      // So that the store's plan looks for it away from its endpoints too (a moved relation).
      declared.relations.add(relation.id);
    } else newRelations.push(relation);
  }
  for (const s of graph.sources) declared.sources.add(s.id);
  for (const e of newEntities) declared.entities.add(e.id);
  const unknownSources = new Set<string>();
  for (const record of [...newEntities, ...newRelations])
    for (const ev of record.evidence) if (!declared.sources.has(ev.source)) unknownSources.add(ev.source);
  if (unknownSources.size > 0) throw unknownSourcesError([...unknownSources]);
  const unknownEntities = new Set<string>();
  for (const r of newRelations)
    for (const id of [r.from, r.to]) if (!declared.entities.has(id)) unknownEntities.add(id);
  if (unknownEntities.size > 0) throw unknownEntitiesError([...unknownEntities]);

  // Sources first (evidence names them), then new entities, then updates (which may point at
  // those entities), then new relations.
  if (graph.sources.length > 0)
    await session.write((tx) =>
      context.applyInTransaction(tx, { sources: graph.sources, entities: [], relations: [] }),
    );
  for (const [type, group] of groupBy(newEntities, (e) => e.type))
    await session.createNodes(['Entity', type], group.map(entityProps), 'id');
  if (again.entities.length + again.relations.length > 0)
    await session.write((tx) => context.applyInTransaction(tx, { ...again, sources: [] }));
  for (const [type, group] of groupBy(newRelations, (r) => r.type))
    await session.createRelationships(
      type,
      group.map((r) => ({ from: r.from, to: r.to, props: relationProps(r) })),
    );

  report.entities.created += newEntities.length;
  report.relations.created += newRelations.length;
  for (const e of newEntities)
    context.searchDocuments.push({ id: e.id, type: e.type, name: e.name, aliases: e.aliases });
}

/**
 * Which relation ids this load has written, in 32 MiB whatever the count: a set of five million
 * strings would take half a gigabyte. Six probes from two 32-bit hashes; at five million ids about
 * one in a million is a false positive, which only costs that record the transactional path (and
 * there a scan of all relationships, as for a relation that moved). Written here rather than taken
 * from `bloom-filters`, whose JS hashing took 20 s per million ids on these machines.
 */
class BloomFilter {
  private readonly bits: Uint32Array;
  private readonly mask: number;

  constructor(size: number) {
    this.bits = new Uint32Array(size >>> 5);
    this.mask = size - 1;
  }

  /** Adds `value`; returns whether it was (probably) there already. */
  testAndAdd(value: string): boolean {
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    let present = true;
    for (let k = 0; k < 6; k++) {
      const bit = (h1 + Math.imul(k, h2 | 1)) & this.mask;
      const word = bit >>> 5;
      const flag = 1 << (bit & 31);
      if ((this.bits[word]! & flag) === 0) {
        present = false;
        this.bits[word]! |= flag;
      }
    }
    return present;
  }
}
