/** The path finder: its two ends and what the last search found. Pure producers. */

export interface EntityRef {
  id: string;
  name: string;
  type: string;
}

export interface PathResult {
  entities: readonly string[];
  relations: readonly string[];
  names: readonly string[];
  length: number;
}

export interface PathResults {
  label: string;
  paths: readonly PathResult[];
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
