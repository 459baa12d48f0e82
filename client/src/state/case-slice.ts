/**
 * The open case and what the app has loaded about the whole of it, once: its record (name, counts),
 * its summary (counts, types, sources) and its dated items (the timeline and the date histogram).
 * Pure producers.
 */
import type { CaseFieldsFragment, TimelineQuery } from '../generated/graphql.ts';

export type CaseInfo = CaseFieldsFragment;

/** The case the explorer shows, from the moment its page is asked for. */
export type OpenCase =
  | { id: string; status: 'loading' }
  | { id: string; status: 'open'; info: CaseInfo }
  /** The server knows no case of this id (CASE_NOT_FOUND). */
  | { id: string; status: 'missing' }
  | { id: string; status: 'failed'; error: string };

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

export type TimelineEntry = TimelineQuery['case']['timeline']['items'][number];

export interface CaseTimeline {
  items: readonly TimelineEntry[];
  /** True when the case has more dated items than were loaded. */
  truncated: boolean;
}

export interface CaseSlice {
  /** Null on the start page. */
  openCase: OpenCase | null;
  summary: CaseSummary | null;
  /** Every dated relation and event of the case (the timeline and the date histogram). */
  timeline: CaseTimeline | null;
}

export const initialCase: CaseSlice = { openCase: null, summary: null, timeline: null };

/** Another case (or none): nothing loaded about the previous one stays. */
export function switchCase<S extends CaseSlice>(s: S, openCase: OpenCase | null): S {
  return { ...s, ...initialCase, openCase };
}

/** How opening case `id` went; ignored when another case has been opened since. */
export function caseSettled<S extends CaseSlice>(s: S, settled: OpenCase): S {
  return s.openCase?.id === settled.id ? { ...s, openCase: settled } : s;
}

export function setSummary<S extends CaseSlice>(s: S, summary: CaseSummary): S {
  return { ...s, summary };
}

export function setTimeline<S extends CaseSlice>(s: S, timeline: CaseTimeline): S {
  return { ...s, timeline };
}
