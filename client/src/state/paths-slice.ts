/** The path finder: its two ends and what the last search found. Pure producers. */
import type { PathCard } from './path-cards.ts';

export interface EntityRef {
  id: string;
  name: string;
  type: string;
}

export interface PathResults {
  label: string;
  /** Ranked best first; paths that differ only in parallel relations share a card. */
  paths: readonly PathCard[];
  truncated: boolean;
}

export interface PathsSlice {
  pathFrom: EntityRef | null;
  pathTo: EntityRef | null;
  pathResults: PathResults | null;
}

export const initialPaths: PathsSlice = { pathFrom: null, pathTo: null, pathResults: null };

export function setPathEnd<S extends PathsSlice>(s: S, end: 'from' | 'to', entity: EntityRef | null): S {
  return end === 'from' ? { ...s, pathFrom: entity } : { ...s, pathTo: entity };
}

export function setPathResults<S extends PathsSlice>(s: S, pathResults: PathResults | null): S {
  return { ...s, pathResults };
}
