/**
 * Which source the details panel shows, when one is open: a source is read in the details panel, over
 * whatever was focused there, and closing it shows that again. Pure producers.
 */

export interface SourceSlice {
  /** The id of the source shown in the details panel, or null. */
  shownSource: string | null;
}

export const initialSource: SourceSlice = { shownSource: null };

/** Shows this source (null closes it). */
export function showSource<S extends SourceSlice>(s: S, shownSource: string | null): S {
  return s.shownSource === shownSource ? s : { ...s, shownSource };
}
