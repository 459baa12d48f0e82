/**
 * How much of the case the canvas shows, said honestly: "Showing 30 of 120,000 entities · 55 of
 * 500,000 relations — 619,915 more" (entities and relations not on the canvas), from the case's own counts (its summary)
 * against the canvas. Pure; the footer prints it (canvas/CaseCoverage.tsx).
 */
import { CANVAS_BUDGET, fitsCanvas, type CaseCounts } from './whole-case.ts';

export interface Coverage {
  text: string;
  /** Entities and relations of the case that are not on the canvas. */
  more: number;
  /** Whether the whole case fits on the canvas, so that it can be opened whole. */
  fits: boolean;
}

const number = new Intl.NumberFormat('en');

export const formatCount = (n: number): string => number.format(n);

/** What the canvas leaves out of the case, or null when it holds all of it (or nothing yet). */
export function coverage(caseCounts: CaseCounts | null, canvas: CaseCounts): Coverage | null {
  if (!caseCounts || canvas.entities === 0) return null;
  // The canvas holds only the case's own records; a count below it is a summary not yet refreshed.
  const more =
    Math.max(0, caseCounts.entities - canvas.entities) + Math.max(0, caseCounts.relations - canvas.relations);
  if (more === 0) return null;
  return {
    text:
      `Showing ${formatCount(canvas.entities)} of ${formatCount(caseCounts.entities)} entities · ` +
      `${formatCount(canvas.relations)} of ${formatCount(caseCounts.relations)} relations — ` +
      `${formatCount(more)} more`,
    more,
    fits: fitsCanvas(caseCounts),
  };
}

/** Why a case does not open whole. */
export function tooLargeText(caseCounts: CaseCounts): string {
  return (
    `The whole case (${formatCount(caseCounts.entities + caseCounts.relations)} entities and relations) ` +
    `is more than the canvas holds (${formatCount(CANVAS_BUDGET)}): expand from what is shown, or search.`
  );
}
