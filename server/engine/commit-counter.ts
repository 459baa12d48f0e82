/**
 * Seeing a write-ahead log that lost committed transactions. Grafeo replays its WAL up to the
 * first damaged record and opens without a word: a log cut in half looks to it exactly like the
 * torn last record a crash leaves. So the embedded engine keeps its own count, outside the
 * database: the engine's epoch (`currentEpoch()`, which every commit advances) as of the last
 * write it acknowledged. On open, an epoch below that count means acknowledged commits are gone.
 *
 * The count is one fixed-width record rewritten in place with a single `pwrite` per commit, so a
 * `kill -9` leaves either the old or the new record, never a torn one. It is not fsynced: a
 * process crash keeps the page cache (as it keeps the WAL's); after a power loss it may lag,
 * which can hide a loss but never invents one.
 *
 * A loss, once found, is kept in `lost-commits.json` beside the database and reported on every
 * open until an operator deletes that file: a restart must not make the alarm go away.
 */
import { closeSync, existsSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** The count, in the data folder. */
export const COMMIT_COUNTER_FILE = 'commit-counter';
/** The alarm, in the data folder, until an operator deletes it. */
export const LOST_COMMITS_FILE = 'lost-commits.json';

const RECORD_DIGITS = 20;

/** What the open found, for the log and `/health`. */
export type DurabilityReport =
  | { status: 'ok'; epoch: string }
  | { status: 'unchecked'; epoch: string; reason: string }
  | {
      status: 'lost-commits';
      /** The epoch of the last write acknowledged before the restart. */
      expectedEpoch: string;
      /** The epoch the database opened at. */
      foundEpoch: string;
      /**
       * How far the epoch fell back. Not a count of writes: Grafeo may spend more than one epoch
       * on a commit (two per upsert, measured).
       */
      missingEpochs: string;
      detectedAt: string;
      /** What the operator does about it. */
      action: string;
    };

const record = (epoch: bigint) => `${epoch.toString().padStart(RECORD_DIGITS, '0')}\n`;

const ACTION =
  `The write-ahead log lost acknowledged writes (damaged or truncated storage). The server runs on ` +
  `what was recovered. Restore the data folder from a backup if you have one; delete ` +
  `${LOST_COMMITS_FILE} in the data folder to acknowledge this alarm.`;

function readAlarm(file: string): DurabilityReport | null {
  if (!existsSync(file)) return null;
  try {
    const alarm = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const text = (key: string) => (typeof alarm[key] === 'string' ? alarm[key] : '?');
    return {
      status: 'lost-commits',
      expectedEpoch: text('expectedEpoch'),
      foundEpoch: text('foundEpoch'),
      missingEpochs: text('missingEpochs'),
      detectedAt: text('detectedAt'),
      action: ACTION,
    };
  } catch {
    // Unreadable, but present: the alarm stands.
    return {
      status: 'lost-commits',
      expectedEpoch: '?',
      foundEpoch: '?',
      missingEpochs: '?',
      detectedAt: '?',
      action: ACTION,
    };
  }
}

export class CommitCounter {
  private fd: number | null;

  private constructor(
    fd: number,
    readonly report: DurabilityReport,
  ) {
    this.fd = fd;
  }

  /**
   * Compares the count kept in `dir` with the epoch the database opened at, and from now on keeps
   * the count. `currentEpoch` is the database's epoch right after it opened.
   */
  static open(dir: string, currentEpoch: bigint): CommitCounter {
    const counterFile = join(dir, COMMIT_COUNTER_FILE);
    const alarmFile = join(dir, LOST_COMMITS_FILE);
    let report: DurabilityReport;
    const text = existsSync(counterFile) ? readFileSync(counterFile, 'utf8').trim() : null;
    if (text === null || !/^\d{1,20}$/.test(text))
      report = {
        status: 'unchecked',
        epoch: currentEpoch.toString(),
        reason:
          text === null
            ? 'no commit count yet (a new data folder, or one from an earlier version); counting from now'
            : 'the commit count is unreadable; counting from now',
      };
    else if (BigInt(text) > currentEpoch) {
      const expected = BigInt(text);
      report = {
        status: 'lost-commits',
        expectedEpoch: expected.toString(),
        foundEpoch: currentEpoch.toString(),
        missingEpochs: (expected - currentEpoch).toString(),
        detectedAt: new Date().toISOString(),
        action: ACTION,
      };
      const { status: _status, action: _action, ...kept } = report;
      writeFileSync(alarmFile, `${JSON.stringify(kept, null, 2)}\n`);
    } else report = { status: 'ok', epoch: currentEpoch.toString() };
    const fd = openSync(counterFile, existsSync(counterFile) ? 'r+' : 'w+');
    const counter = new CommitCounter(fd, readAlarm(alarmFile) ?? report);
    counter.acknowledge(currentEpoch);
    return counter;
  }

  /** Records that every commit up to `epoch` was acknowledged. */
  acknowledge(epoch: bigint): void {
    if (this.fd !== null) writeSync(this.fd, record(epoch), 0);
  }

  close(epoch: bigint): void {
    if (this.fd === null) return;
    this.acknowledge(epoch);
    closeSync(this.fd);
    this.fd = null;
  }
}
