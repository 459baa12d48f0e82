/**
 * Made-up canvas entities and relations for the state tests: the smallest records that are valid,
 * so that each test spells out only what it is about. Not imported by the app.
 */
import type { CanvasEntity, CanvasRelation } from './graph-model.ts';

export const entity = (id: string): CanvasEntity => ({
  id,
  type: 'Person',
  name: id,
  aliases: [],
  degree: 1,
});

/** A relation `from-to` of type KNOWS, undated and unsourced. */
export const relation = (from: string, to: string): CanvasRelation => ({
  id: `${from}-${to}`,
  type: 'KNOWS',
  from,
  to,
  date: null,
  startDate: null,
  endDate: null,
  status: null,
  sources: [],
});
