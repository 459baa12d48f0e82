/**
 * The top-k page of a search: the best `limit` documents offered so far, by score and then by id
 * for a stable order, kept sorted. The scoring loops offer a document only when it reaches the
 * page's `threshold`, so that no pass over all the candidates is needed after them.
 */
export class Page {
  readonly ords: number[] = [];
  readonly scores: number[] = [];
  /** What a document must reach to be offered: the last place's score once the page is full. */
  threshold = -Infinity;

  /**
   * `allowed` is indexed by type id (null: every type), `typeOf` by ordinal. A short prefix ties
   * thousands of documents (same word, same length): ordinals below `ascendingUntil` were given in
   * id order, and are compared as numbers, without reading the strings in `ids`.
   */
  constructor(
    private readonly limit: number,
    private readonly allowed: Uint8Array | null,
    private readonly typeOf: Int32Array,
    private readonly ids: readonly string[],
    private readonly ascendingUntil: number,
  ) {}

  offer(ord: number, score: number): void {
    const { ords, scores, limit } = this;
    if (ords.length === limit && score === this.threshold && !this.before(ord, ords[limit - 1]!)) return;
    if (this.allowed !== null && this.allowed[this.typeOf[ord]!] === 0) return;
    const known = ords.indexOf(ord);
    if (known >= 0) {
      ords.splice(known, 1);
      scores.splice(known, 1);
    }
    let at = ords.length;
    while (
      at > 0 &&
      (scores[at - 1]! < score || (scores[at - 1] === score && this.before(ord, ords[at - 1]!)))
    )
      at--;
    ords.splice(at, 0, ord);
    scores.splice(at, 0, score);
    if (ords.length > limit) {
      ords.pop();
      scores.pop();
    }
    if (ords.length === limit) this.threshold = scores[limit - 1]!;
  }

  private before(a: number, b: number): boolean {
    if (a < this.ascendingUntil && b < this.ascendingUntil) return a < b;
    return this.ids[a]! < this.ids[b]!;
  }
}
