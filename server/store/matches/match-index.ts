/**
 * One case's match index: every entity's match profile (profile.ts) filed under its blocking keys,
 * so that matching a case against another looks keys up instead of comparing every pair.
 *
 * It follows the case's writes through the search index, which every write path already keeps in
 * step after its commit (`SearchIndex.onChange`): the ids written or removed are marked, and the
 * next question re-reads just those; a cleared search index (the case opened, rebuilt) means a
 * full read. It is built on the first question, not when the case opens, so a store that never
 * asks about matches never pays for it.
 */
import type { MatchProfile, ProfileSource } from './profile.ts';
import { profileOf } from './profile.ts';
import { turn } from './turn.ts';

/** How the index reads its case: all entities, or some by id (null for one that is gone). */
export interface ProfileReader {
  all(): Promise<ProfileSource[]>;
  byIds(ids: readonly string[]): Promise<(ProfileSource | null)[]>;
}

/**
 * A key shared by more entities than this in one case identifies none of them (a generic alias,
 * a placeholder number): it is not followed, which also bounds the work of one lookup.
 */
export const MAX_BLOCK = 50;
const READ_BATCH = 1_000;
const BUILD_SLICE = 2_000;

export class MatchIndex {
  private profiles = new Map<string, MatchProfile>();
  // A key's entities: one id as a string (most keys: a Set each would double the index), several
  // as a Set.
  private blocks = new Map<string, string | Set<string>>();
  private sorted: string[] | null = null;
  private dirty = new Set<string>();
  private stale = true;
  private refreshing: Promise<void> | null = null;
  /** Grows with every change the index takes in, so answers kept per version stay right. */
  version = 0;
  /**
   * Which of this case's entities match in another case, by that case's id, as last answered
   * (case-matches.ts): the pages of one question are slices of one join, not a join each.
   */
  readonly joins = new Map<string, { version: number; otherVersion: number; ids: Promise<string[]> }>();

  constructor(private readonly reader: ProfileReader) {}

  /** A write changed these entities (null: anything may have changed). */
  changed(ids: readonly string[] | null): void {
    if (ids === null) {
      this.stale = true;
      this.dirty.clear();
    } else if (!this.stale) for (const id of ids) this.dirty.add(id);
  }

  /** Brings the index up to the writes it was told of. */
  async ready(): Promise<void> {
    // A write during a refresh marks again: go round until nothing is left (a few times at most).
    for (let round = 0; round < 3; round++) {
      if (this.refreshing) await this.refreshing;
      else if (this.stale || this.dirty.size > 0) {
        this.refreshing = this.refresh().finally(() => (this.refreshing = null));
        await this.refreshing;
      } else return;
    }
  }

  get size(): number {
    return this.profiles.size;
  }

  get(id: string): MatchProfile | undefined {
    return this.profiles.get(id);
  }

  /** Every entity id, in order (cached until the next change). */
  ids(): string[] {
    this.sorted ??= [...this.profiles.keys()].sort();
    return this.sorted;
  }

  /** This case's profiles that share a key with `profile` (from any case), without itself. */
  candidates(profile: MatchProfile): MatchProfile[] {
    const found = new Map<string, MatchProfile>();
    for (const key of profile.keys) {
      const block = this.blocks.get(key);
      if (block === undefined) continue;
      if (typeof block === 'string') {
        this.collect(found, block);
        continue;
      }
      if (block.size > MAX_BLOCK) continue;
      for (const id of block) this.collect(found, id);
    }
    return [...found.values()];
  }

  private collect(found: Map<string, MatchProfile>, id: string): void {
    const profile = this.profiles.get(id);
    if (profile) found.set(id, profile);
  }

  private async refresh(): Promise<void> {
    if (this.stale || this.dirty.size > Math.max(READ_BATCH, this.profiles.size / 4)) {
      this.stale = false;
      this.dirty.clear();
      const all = await this.reader.all();
      this.profiles = new Map();
      this.blocks = new Map();
      for (let at = 0; at < all.length; at += BUILD_SLICE) {
        // Profiles of 100,000 entities take seconds: other requests are served in between.
        if (at > 0) await turn();
        for (const entity of all.slice(at, at + BUILD_SLICE)) this.put(profileOf(entity));
      }
    } else {
      const ids = [...this.dirty];
      this.dirty.clear();
      for (let at = 0; at < ids.length; at += READ_BATCH) {
        const batch = ids.slice(at, at + READ_BATCH);
        const read = await this.reader.byIds(batch);
        batch.forEach((id, i) => {
          this.drop(id);
          const entity = read[i];
          if (entity) this.put(profileOf(entity));
        });
      }
    }
    this.sorted = null;
    this.version++;
  }

  private put(profile: MatchProfile): void {
    this.profiles.set(profile.id, profile);
    for (const key of profile.keys) {
      const block = this.blocks.get(key);
      if (block === undefined) this.blocks.set(key, profile.id);
      else if (typeof block === 'string') {
        if (block !== profile.id) this.blocks.set(key, new Set([block, profile.id]));
      } else block.add(profile.id);
    }
  }

  private drop(id: string): void {
    const profile = this.profiles.get(id);
    if (!profile) return;
    this.profiles.delete(id);
    for (const key of profile.keys) {
      const block = this.blocks.get(key);
      if (block === undefined) continue;
      if (typeof block === 'string') {
        if (block === id) this.blocks.delete(key);
        continue;
      }
      block.delete(id);
      if (block.size === 1) this.blocks.set(key, block.values().next().value!);
    }
  }
}
