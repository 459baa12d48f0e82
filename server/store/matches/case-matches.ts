/**
 * The two questions of matching across cases, over the cases' match indexes (match-index.ts):
 * what an entity also appears as in the other cases, and which entities of one case appear in
 * another. Both look up blocking keys, never compare every pair: case A in case B costs one lookup
 * per key of each of A's entities and one comparison per candidate found.
 */
import { decodeCursor, encodeCursor } from '../cursors.ts';
import { pageSize, type StoreLimits } from '../limits.ts';
import { StoreInputError, type Entity } from '../types.ts';
import { comparePair, matchScore, MIN_SCORE, type MatchReason, type PairMatch } from './compare.ts';
import { turn } from './turn.ts';
import type { MatchIndex } from './match-index.ts';
import type { MatchProfile } from './profile.ts';

/** A case as matching sees it: its index, brought up to date, and its entities by id. */
export interface MatchingCase {
  readonly id: string;
  matchIndex(): Promise<MatchIndex>;
  getEntities(ids: readonly string[]): Promise<(Entity | null)[]>;
}

/** An entity of another case that seems to be the one asked about. */
export interface CaseMatch {
  caseId: string;
  entity: Entity;
  score: number;
  reasons: MatchReason[];
}

/** One entity of case A with what it matches in case B. */
export interface EntityMatches {
  entity: Entity;
  matches: CaseMatch[];
  cursor: string;
}

export interface MatchesPage {
  items: EntityMatches[];
  hasNextPage: boolean;
  endCursor: string | null;
  /** Entities of case A with at least one match in case B. */
  totalCount: number;
}

/** Most matches listed for one entity in one other case. */
export const MATCHES_PER_ENTITY = 10;
/** Most matches `alsoAppearsIn` lists. */
export const MAX_ALSO_APPEARS = 100;

interface Found {
  caseId: string;
  id: string;
  match: PairMatch;
}

function matchesOf(profile: MatchProfile, caseId: string, other: MatchIndex): Found[] {
  const found: Found[] = [];
  for (const candidate of other.candidates(profile)) {
    const match = comparePair(profile, candidate);
    if (match) found.push({ caseId, id: candidate.id, match });
  }
  return found;
}

const byScore = (a: Found, b: Found) =>
  b.match.score - a.match.score || a.caseId.localeCompare(b.caseId) || a.id.localeCompare(b.id);

/**
 * Reads the entities of `found`, one round trip per case, in the order of `found`; null for one
 * deleted since the index last looked.
 */
async function withEntities(
  found: Found[],
  cases: ReadonlyMap<string, MatchingCase>,
): Promise<(CaseMatch | null)[]> {
  const byCase = new Map<string, string[]>();
  for (const f of found) byCase.set(f.caseId, [...(byCase.get(f.caseId) ?? []), f.id]);
  const entities = new Map<string, Entity>();
  await Promise.all(
    [...byCase].map(async ([caseId, ids]) => {
      const read = await cases.get(caseId)!.getEntities(ids);
      read.forEach((entity) => entity && entities.set(`${caseId}\u0000${entity.id}`, entity));
    }),
  );
  return found.map((f) => {
    const entity = entities.get(`${f.caseId}\u0000${f.id}`);
    return entity ? { caseId: f.caseId, entity, score: f.match.score, reasons: f.match.reasons } : null;
  });
}

/** Entities of the other cases that seem to be entity `id` of `here`, best first. */
export async function alsoAppearsIn(
  here: MatchingCase,
  id: string,
  others: readonly MatchingCase[],
  first: number | null | undefined,
): Promise<CaseMatch[]> {
  const limit = first ?? 20;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_ALSO_APPEARS)
    throw new StoreInputError(`first must be between 0 and ${MAX_ALSO_APPEARS}, got ${limit}`, 'LIMIT');
  const profile = (await here.matchIndex()).get(id);
  if (!profile || limit === 0) return [];
  const found: Found[] = [];
  for (const other of others) {
    if (other.id === here.id) continue;
    found.push(...matchesOf(profile, other.id, await other.matchIndex()));
  }
  found.sort(byScore);
  const matches = await withEntities(found.slice(0, limit), new Map(others.map((c) => [c.id, c])));
  return matches.filter((m): m is CaseMatch => m !== null);
}

/** Entities a join looks at between two turns of the event loop. */
const JOIN_SLICE = 2_000;

/**
 * The ids of `a`'s entities with a match in `b`, in id order: kept per version of both indexes,
 * so the pages of one question are slices of one join. At 100k × 100k the join takes seconds: it
 * gives the event loop a turn every JOIN_SLICE entities, so that other requests are served
 * meanwhile, and requests that ask for it at the same time share it.
 */
function matchedIds(a: MatchIndex, b: MatchIndex, bId: string): Promise<string[]> {
  const kept = a.joins.get(bId);
  if (kept && kept.version === a.version && kept.otherVersion === b.version) return kept.ids;
  const ids = (async () => {
    const found: string[] = [];
    const all = a.ids();
    for (let at = 0; at < all.length; at += JOIN_SLICE) {
      if (at > 0) await turn();
      for (const id of all.slice(at, at + JOIN_SLICE)) {
        const profile = a.get(id)!;
        if (b.candidates(profile).some((candidate) => matchScore(profile, candidate) >= MIN_SCORE))
          found.push(id);
      }
    }
    return found;
  })();
  a.joins.set(bId, { version: a.version, otherVersion: b.version, ids });
  // A failed join is not kept: the next question tries again.
  ids.catch(() => a.joins.delete(bId));
  return ids;
}

/** The first index of `ids` (sorted) past `after`. */
function startAfter(ids: readonly string[], after: string): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (ids[mid]! <= after) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Which entities of case `a` appear in case `b`, in id order, a page at a time. */
export async function matchesIn(
  a: MatchingCase,
  b: MatchingCase,
  limits: StoreLimits,
  options: { first?: number | null; after?: string | null },
): Promise<MatchesPage> {
  if (a.id === b.id)
    throw new StoreInputError(
      `matchesIn compares a case with another: ${JSON.stringify(a.id)} is the case asked about`,
    );
  const first = pageSize(limits, options.first, 50);
  const after = decodeCursor(options.after, 1)?.[0] ?? null;
  const [indexA, indexB] = [await a.matchIndex(), await b.matchIndex()];
  const ids = await matchedIds(indexA, indexB, b.id);
  const start = after === null ? 0 : startAfter(ids, after);
  const pageIds = ids.slice(start, start + first);
  const cases = new Map([
    [a.id, a],
    [b.id, b],
  ]);
  const perEntity = pageIds.map((id) =>
    matchesOf(indexA.get(id)!, b.id, indexB).sort(byScore).slice(0, MATCHES_PER_ENTITY),
  );
  const [entities, matches] = await Promise.all([
    a.getEntities(pageIds),
    withEntities(perEntity.flat(), cases),
  ]);
  const items: EntityMatches[] = [];
  let from = 0;
  pageIds.forEach((id, i) => {
    const count = perEntity[i]!.length;
    const own = matches.slice(from, from + count).filter((m): m is CaseMatch => m !== null);
    from += count;
    const entity = entities[i];
    if (entity && own.length > 0) items.push({ entity, matches: own, cursor: encodeCursor([id]) });
  });
  const last = pageIds[pageIds.length - 1];
  return {
    items,
    hasNextPage: start + first < ids.length,
    endCursor: last === undefined ? null : encodeCursor([last]),
    totalCount: ids.length,
  };
}
