/**
 * A decorator of the CypherEngine port that counts the statements run through it. Not a mock: it
 * delegates every call to the real engine it wraps and passes every capability of that engine
 * through (adjacency, bulk loading, sole writer, warm-up), so the store takes the same paths as in
 * production, and a test can tell how many round trips a request cost.
 */
import type {
  Adjacency,
  BulkLoader,
  CypherEngine,
  CypherTransaction,
  EngineHealth,
} from '../../server/engine/cypher-engine.ts';

export class CountingEngine implements CypherEngine {
  /** Statements run since the last `reset()`. */
  statements = 0;
  /** Names of those statements, in order (the `.cypher` file names). */
  names: string[] = [];
  readonly adjacency: Adjacency | undefined;
  readonly bulkLoad: BulkLoader | undefined;
  readonly soleWriter: boolean | undefined;
  readonly warmUp: (() => Promise<void>) | undefined;

  constructor(private readonly inner: CypherEngine) {
    this.adjacency = inner.adjacency;
    this.soleWriter = inner.soleWriter;
    const { bulkLoad, warmUp } = inner;
    this.warmUp = warmUp ? () => warmUp.call(inner) : undefined;
    // The load's own transactions are counted like the others.
    this.bulkLoad = bulkLoad && {
      isEmpty: (caseId) => bulkLoad.isEmpty(caseId),
      begin: async (caseId) => {
        const session = await bulkLoad.begin(caseId);
        return { ...session, write: (work) => session.write((tx) => work(this.counted(tx))) };
      },
    };
  }

  get kind(): CypherEngine['kind'] {
    return this.inner.kind;
  }

  reset(): void {
    this.statements = 0;
    this.names = [];
  }

  private counted(tx: CypherTransaction): CypherTransaction {
    return {
      run: (statement, params) => {
        this.statements++;
        this.names.push(statement.name);
        return tx.run(statement, params);
      },
    };
  }

  read<T>(work: (tx: CypherTransaction) => Promise<T>): Promise<T> {
    return this.inner.read((tx) => work(this.counted(tx)));
  }

  write<T>(work: (tx: CypherTransaction) => Promise<T>): Promise<T> {
    return this.inner.write((tx) => work(this.counted(tx)));
  }

  applySchema(): Promise<void> {
    return this.inner.applySchema();
  }

  health(): Promise<EngineHealth> {
    return this.inner.health();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
