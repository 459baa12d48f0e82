/**
 * Partial ISO dates (`2024`, `2024-10`, `2024-10-15`) as the API gives them. A partial date is a span:
 * `2024` runs from 2024-01-01 to 2024-12-31, so comparisons use its first or last day as fits.
 */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day a partial date covers, as `YYYY-MM-DD`; null when it is not a date. */
export function dateStart(value: string | null | undefined): string | null {
  const m = value ? PARTIAL_DATE.exec(value) : null;
  if (!m) return null;
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
}

/** The last day a partial date covers, as `YYYY-MM-DD`; null when it is not a date. */
export function dateEnd(value: string | null | undefined): string | null {
  const m = value ? PARTIAL_DATE.exec(value) : null;
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ?? '12';
  const day = m[3] ?? String(daysInMonth(year, Number(month))).padStart(2, '0');
  return `${m[1]}-${month}-${day}`;
}

/** The year of a partial date, or null. */
export function yearOf(value: string | null | undefined): number | null {
  const m = value ? PARTIAL_DATE.exec(value) : null;
  return m ? Number(m[1]) : null;
}

export interface Dated {
  date?: string | null;
  startDate?: string | null;
  endDate?: string | null;
}

/** When a dated thing began and ended (inclusive days); both null when it has no date at all. */
export function spanOf(item: Dated): { start: string | null; end: string | null } {
  if (item.date) return { start: dateStart(item.date), end: dateEnd(item.date) };
  const start = dateStart(item.startDate);
  const end = dateEnd(item.endDate);
  // A span with one end open runs on (or back) indefinitely.
  return { start, end: end ?? (start ? '9999-12-31' : null) };
}

export function isDated(item: Dated): boolean {
  return Boolean(item.date || item.startDate || item.endDate);
}

/** The date a dated thing is shown at on a timeline: its date, else where it began, else where it ended. */
export function anchorDate(item: Dated): string | null {
  return item.date ?? item.startDate ?? item.endDate ?? null;
}

/**
 * Whether a dated thing overlaps the window [from, to] (partial dates, either end open), as the
 * API's TraversalFilter decides: left out when it ended before `from` or began after `to`.
 */
export function inDateWindow(
  item: Dated,
  window: { from: string | null; to: string | null; includeUndated: boolean },
): boolean {
  if (!window.from && !window.to) return true;
  if (!isDated(item)) return window.includeUndated;
  const { start, end } = spanOf(item);
  const from = dateStart(window.from);
  const to = dateEnd(window.to);
  if (from && end && end < from) return false;
  if (to && start && start > to) return false;
  return true;
}
