/**
 * Paths as the path finder shows them. Each step names its relation (type and direction), so that two
 * paths through the same names can be told apart; paths through the same entities that differ only
 * in a parallel relation (Kim Jong Un LEADS and ADMITTED the troops) are one card with the options
 * for that step; cards are ranked so that "All paths" can show one at a time, best first.
 */
import type { RelationStatus } from '../generated/graphql.ts';
import type { CanvasRelation } from './graph-model.ts';

/** One relation of a path, as the path walks it. */
export interface PathStep {
  relation: string;
  type: string;
  /** The relation points the way the path walks: from the step's first entity to its second. */
  forward: boolean;
  status: RelationStatus | null;
  /** Sources its evidence cites. */
  sources: number;
}

/** One path as the API found it. */
export interface PathResult {
  entities: readonly string[];
  names: readonly string[];
  steps: readonly PathStep[];
}

/** Paths through one sequence of entities. */
export interface PathCard {
  /** The entity sequence, which is what makes a card. */
  key: string;
  entities: readonly string[];
  names: readonly string[];
  length: number;
  /** For each step, the relations found between its two entities, best first. */
  steps: readonly (readonly PathStep[])[];
  /** How many of the paths found go this way. */
  ways: number;
  /** Every relation of the card: what the canvas highlights for it. */
  relations: readonly string[];
}

export function toPathResult(
  entities: readonly { id: string; name: string }[],
  relations: readonly CanvasRelation[],
): PathResult {
  return {
    entities: entities.map((e) => e.id),
    names: entities.map((e) => e.name),
    steps: relations.map((r, i) => ({
      relation: r.id,
      type: r.type,
      forward: r.from === entities[i]?.id,
      status: r.status,
      sources: r.sources.length,
    })),
  };
}

/** A confirmed relation is the strongest link, a denied one the weakest: it says the link is disputed. */
const STATUS_RANK: Record<RelationStatus, number> = { confirmed: 0, reported: 1, estimated: 2, denied: 4 };
const statusRank = (s: RelationStatus | null): number => (s ? STATUS_RANK[s] : 3);

function compareSteps(a: PathStep, b: PathStep): number {
  return statusRank(a.status) - statusRank(b.status) || b.sources - a.sources || a.type.localeCompare(b.type);
}

/**
 * The order of cards: fewest steps first (a short chain is easier to check and to explain), then
 * fewest denied links, then most confirmed links, then most sources cited along the way, then by names
 * so that the same answer always lists the same way. Each step counts with its best option.
 */
function score(card: PathCard): readonly (number | string)[] {
  const best = card.steps.map((options) => options[0]);
  const count = (status: RelationStatus) => best.filter((s) => s?.status === status).length;
  const sources = best.reduce((n, s) => n + (s?.sources ?? 0), 0);
  return [card.length, count('denied'), -count('confirmed'), -sources, card.names.join('\u0000')];
}

function compareCards(a: PathCard, b: PathCard): number {
  const sa = score(a);
  const sb = score(b);
  for (let i = 0; i < sa.length; i++) {
    const x = sa[i] ?? 0;
    const y = sb[i] ?? 0;
    if (x !== y)
      return typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
  }
  return 0;
}

/** Groups paths by their entity sequence and ranks the groups (see `score`). */
export function pathCards(paths: readonly PathResult[]): PathCard[] {
  const groups = new Map<string, { path: PathResult; options: Map<string, PathStep>[]; ways: Set<string> }>();
  for (const path of paths) {
    const key = path.entities.join('\u0000');
    const group = groups.get(key) ?? {
      path,
      options: path.steps.map(() => new Map<string, PathStep>()),
      ways: new Set<string>(),
    };
    groups.set(key, group);
    path.steps.forEach((step, i) => group.options[i]?.set(step.relation, step));
    group.ways.add(path.steps.map((s) => s.relation).join('\u0000'));
  }
  const cards = [...groups.entries()].map(([key, { path, options, ways }]): PathCard => {
    const steps = options.map((o) => [...o.values()].sort(compareSteps));
    return {
      key,
      entities: path.entities,
      names: path.names,
      length: path.steps.length,
      steps,
      ways: ways.size,
      relations: steps.flatMap((o) => o.map((s) => s.relation)),
    };
  });
  return cards.sort(compareCards);
}

/** "—LEADS→" or "←PART_OF—": the relation between two names, pointing the way it goes. */
export function stepArrow(step: PathStep): string {
  return step.forward ? `—${step.type}→` : `←${step.type}—`;
}

/** "Kim Jong Un —LEADS→ North Korean troops ←PART_OF— …", options of a step joined by " / ". */
export function pathText(card: PathCard): string {
  let text = card.names[0] ?? '';
  card.steps.forEach((options, i) => {
    text += ` ${options.map(stepArrow).join(' / ')} ${card.names[i + 1] ?? ''}`;
  });
  return text;
}
