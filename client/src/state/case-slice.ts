/**
 * What the app has loaded about the whole case, once: its summary (counts, types, sources) and its
 * dated items (the timeline and the date histogram). Pure producers.
 */
import type { TimelineQuery } from '../generated/graphql.ts';

export interface TypeCount {
  type: string;
  count: number;
}

export interface SourceInfo {
  id: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
}

export interface CaseSummary {
  entityCount: number;
  relationCount: number;
  sourceCount: number;
  entityTypes: readonly TypeCount[];
  relationTypes: readonly TypeCount[];
  sources: readonly SourceInfo[];
  earliest: string | null;
  latest: string | null;
}

export type TimelineEntry = TimelineQuery['timeline']['items'][number];

export interface CaseTimeline {
  items: readonly TimelineEntry[];
  /** True when the case has more dated items than were loaded. */
  truncated: boolean;
}

export interface CaseSlice {
  summary: CaseSummary | null;
  /** Every dated relation and event of the case (the timeline and the date histogram). */
  timeline: CaseTimeline | null;
}

export const initialCase: CaseSlice = { summary: null, timeline: null };

export function setSummary<S extends CaseSlice>(s: S, summary: CaseSummary): S {
  return { ...s, summary };
}

export function setTimeline<S extends CaseSlice>(s: S, timeline: CaseTimeline): S {
  return { ...s, timeline };
}
