/** How a relation's date reads in the panels and in exports: its date, or its span, or nothing. */

export function dateText(r: {
  date?: string | null;
  startDate?: string | null;
  endDate?: string | null;
}): string | null {
  if (r.date) return r.date;
  if (r.startDate || r.endDate) return `${r.startDate ?? '…'} – ${r.endDate ?? '…'}`;
  return null;
}
