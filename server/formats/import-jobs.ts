/**
 * Imports run by a server as background jobs: one at a time, with their progress, cancellable.
 * A large file takes minutes; a request that waited for it would hold its connection, and the
 * store's other writes would queue behind its transaction. A job holds the store's writes alone
 * (`exclusive`), so others get a clear "an import is running" at once, and a cancel or a stopping
 * server ends it between two chunks: its transaction rolls back and nothing is written.
 */
import { randomUUID } from 'node:crypto';
import { EngineUnavailableError } from '../engine/cypher-engine.ts';
import { InvalidIdentifierError } from '../engine/statement.ts';
import { GraphFileError } from '../model/case-format.ts';
import type { Actor } from '../store/actor.ts';
import type { CaseStore } from '../store/case-store.ts';
import { ImportCancelledError, type ImportPhase } from '../store/import-graph.ts';
import { StoreInputError } from '../store/types.ts';
import { importFiles, type FileImportReport } from './import-file.ts';
import { inputName, inputSize } from './input.ts';
import {
  FormatError,
  FormatRequestError,
  type FormatOptions,
  type GraphFormat,
  type ImportInput,
} from './types.ts';

export type ImportJobState = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

/** Why a job failed, located in its file when the file was at fault. */
export interface ImportJobError {
  message: string;
  /** `BAD_USER_INPUT` for a malformed file or request, else the store's code or `INTERNAL_SERVER_ERROR`. */
  code: string;
  file: string | null;
  at: string | null;
  field: string | null;
}

/** A job as callers see it: a snapshot, changed only by the job itself. */
export interface ImportJob {
  id: string;
  state: ImportJobState;
  files: string[];
  format: GraphFormat | null;
  dryRun: boolean;
  /** Who started it (the actor's name). */
  startedBy: string;
  /** The case it writes to. */
  case: string;
  phase: ImportPhase | null;
  bytesRead: number;
  totalBytes: number;
  /** Records read so far (sources, entities and relations). */
  records: number;
  report: FileImportReport | null;
  error: ImportJobError | null;
  createdAt: Date;
  endedAt: Date | null;
}

export interface StartImport extends FormatOptions {
  /** The case the files go into. */
  target: CaseStore;
  inputs: ImportInput[];
  format?: GraphFormat | null;
  dryRun?: boolean;
  /** Who starts it: the audit log names them, the job shows their name. */
  actor: Actor;
  /** Runs once the job has ended, whatever the outcome (removing uploaded files). */
  cleanup?: () => Promise<void>;
}

/** Finished jobs kept for `importJobs`; older ones are forgotten. */
const KEPT_JOBS = 20;

interface Running {
  job: ImportJob;
  abort: AbortController;
  done: Promise<ImportJob>;
}

export class ImportJobs {
  private readonly jobs = new Map<string, ImportJob>();
  private running: Running | null = null;
  private stopping = false;

  constructor(
    /** Told about failures that are not the file's fault (logged, never shown). */
    private readonly onInternalError: (error: unknown, job: ImportJob) => void = () => undefined,
  ) {}

  /** Refuses when a job is running or the server is stopping: call before receiving files. */
  assertIdle(): void {
    if (this.stopping)
      throw new StoreInputError('the server is stopping; start the import again once it is back', 'CONFLICT');
    const running = this.running?.job;
    if (running)
      throw new StoreInputError(
        `an import is running (job ${running.id}, ${running.files.join(', ')}); wait for it to end or cancel it`,
        'CONFLICT',
      );
  }

  /** Starts a job and returns it at once; `finished` waits for its end. */
  start(request: StartImport): ImportJob {
    try {
      this.assertIdle();
    } catch (error) {
      void request.cleanup?.();
      throw error;
    }
    const job: ImportJob = {
      id: randomUUID(),
      state: 'queued',
      files: request.inputs.map(inputName),
      format: request.format ?? null,
      dryRun: request.dryRun ?? false,
      startedBy: request.actor.name,
      case: request.target.id,
      phase: null,
      bytesRead: 0,
      totalBytes: request.inputs.reduce((sum, input) => sum + inputSize(input), 0),
      records: 0,
      report: null,
      error: null,
      createdAt: new Date(),
      endedAt: null,
    };
    this.remember(job);
    const abort = new AbortController();
    const done = this.run(job, request, abort.signal);
    this.running = { job, abort, done };
    return { ...job };
  }

  get(id: string): ImportJob | null {
    const job = this.jobs.get(id);
    return job ? { ...job } : null;
  }

  /** Newest first. */
  list(): ImportJob[] {
    return [...this.jobs.values()].reverse().map((job) => ({ ...job }));
  }

  /** Resolves with the job once it has ended (at once for an ended one). */
  async finished(id: string): Promise<ImportJob> {
    if (this.running?.job.id === id) return this.running.done;
    const job = this.get(id);
    if (!job) throw new StoreInputError(`no import job ${id}`, 'NOT_FOUND');
    return job;
  }

  /** Asks a running job to stop; it ends, cancelled, at its next chunk. An ended job is returned as it is. */
  cancel(id: string): ImportJob {
    const job = this.get(id);
    if (!job) throw new StoreInputError(`no import job ${id}`, 'NOT_FOUND');
    if (this.running?.job.id === id) this.running.abort.abort();
    return job;
  }

  /** Refuses new jobs and cancels the running one; resolves once it has rolled back. */
  async stop(): Promise<void> {
    this.stopping = true;
    const running = this.running;
    if (!running) return;
    running.abort.abort();
    await running.done;
  }

  private remember(job: ImportJob): void {
    this.jobs.set(job.id, job);
    for (const [id, old] of this.jobs) {
      if (this.jobs.size <= KEPT_JOBS) break;
      if (old.endedAt) this.jobs.delete(id);
    }
  }

  private async run(job: ImportJob, request: StartImport, signal: AbortSignal): Promise<ImportJob> {
    // Let the caller have its answer before the first record is read.
    await new Promise((resolve) => setImmediate(resolve));
    job.state = 'running';
    try {
      job.report = await importFiles(request.target, request.inputs, {
        format: request.format ?? null,
        dryRun: job.dryRun,
        actor: request.actor,
        ...(request.csvColumns ? { csvColumns: request.csvColumns } : {}),
        signal,
        exclusive: `job ${job.id}, ${job.files.join(', ')}`,
        onPhase: (phase) => (job.phase = phase),
        onProgress: (progress) => {
          job.bytesRead = progress.bytesRead;
          job.totalBytes = progress.totalBytes;
          job.records = progress.records;
        },
      });
      job.format = job.report.format;
      // Progress is told as bytes are read, before their records are counted: say the end.
      const { sources, entities, relations } = job.report;
      job.records = [sources, entities, relations].reduce(
        (sum, c) => sum + c.created + c.updated + c.unchanged,
        0,
      );
      job.bytesRead = job.totalBytes;
      job.state = 'succeeded';
    } catch (error) {
      if (error instanceof ImportCancelledError || signal.aborted) job.state = 'cancelled';
      else {
        job.state = 'failed';
        job.error = describe(error);
        if (job.error.code === 'INTERNAL_SERVER_ERROR') this.onInternalError(error, { ...job });
      }
    } finally {
      job.endedAt = new Date();
      job.phase = null;
      if (this.running?.job === job) this.running = null;
      await request.cleanup?.().catch((error: unknown) => this.onInternalError(error, { ...job }));
    }
    return { ...job };
  }
}

/** What a caller may read of a failure: the file's faults in full, anything else masked. */
function describe(error: unknown): ImportJobError {
  const none = { file: null, at: null, field: null };
  if (error instanceof FormatError)
    return {
      message: error.message,
      code: 'BAD_USER_INPUT',
      file: error.file,
      at: error.at,
      field: error.field,
    };
  if (error instanceof FormatRequestError)
    return { message: error.message, code: 'BAD_USER_INPUT', ...none, file: error.file };
  if (error instanceof StoreInputError)
    return {
      message: error.message,
      code: error.code === 'BAD_INPUT' ? 'BAD_USER_INPUT' : error.code,
      ...none,
    };
  if (error instanceof GraphFileError || error instanceof InvalidIdentifierError)
    return { message: error.message, code: 'BAD_USER_INPUT', ...none };
  if (error instanceof EngineUnavailableError)
    return { message: error.message, code: 'STORE_UNAVAILABLE', ...none };
  return {
    message: 'The import failed on an internal error; it is in the server log.',
    code: 'INTERNAL_SERVER_ERROR',
    ...none,
  };
}
