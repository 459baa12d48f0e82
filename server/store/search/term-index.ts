/**
 * The terms of the index, both ways round. Inverted: per term its postings (postings.ts) and its
 * live document count per field, for the inverse document frequency, with the terms in a radix
 * tree (MiniSearch's `SearchableMap`) for prefix and typo lookups. Forward: per document its terms
 * and their postings' scoring bits, for checking a few candidates against a common term instead
 * of reading that term's postings.
 */
import SearchableMap from 'minisearch/SearchableMap';
import { SCORING_BITS, type Field } from './postings.ts';

export class TermIndex {
  /** Term ids by text: a Map, because the build looks up every term of every document. */
  private readonly ids = new Map<string, number>();
  /** The same as `ids`, in a radix tree for prefix and typo lookups. */
  readonly dictionary = new SearchableMap<number>();
  /** Per term id, its postings, in the order documents were added. */
  readonly postings: number[][] = [];
  /** Per term id, its text. */
  readonly text: string[] = [];
  /** Per term id, two slots: the live documents holding it in their name, then in their aliases. */
  private readonly fieldCounts: number[] = [];
  // The forward index: ordinal `ord`'s terms (ids) and their postings' scoring bits are at
  // `from[ord]` to `from[ord + 1]` of `terms` and `bits`, appended as documents are.
  private from = new Int32Array(1);
  private terms = new Int32Array(0);
  private bits = new Uint16Array(0);
  private count = 0;

  /** Where each ordinal's terms start in `docTerms` (length: ordinals + 1). */
  get termsFrom(): Int32Array {
    return this.from;
  }

  /** The term ids of every document, each document's together. */
  get docTerms(): Int32Array {
    return this.terms;
  }

  /** Beside each of `docTerms`, its posting's scoring bits. */
  get docTermBits(): Uint16Array {
    return this.bits;
  }

  /** Makes room for the forward index of `capacity` ordinals. */
  grow(capacity: number): void {
    const from = new Int32Array(capacity + 1);
    from.set(this.from);
    this.from = from;
  }

  /** The id of a term, if some document has ever held it. */
  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** Live documents holding term `id` in `field`. */
  documents(id: number, field: Field): number {
    return this.fieldCounts[id * 2 + field]!;
  }

  /** Adds a posting of the document being added; `endDocument` closes its term list. */
  post(term: string, entry: number): void {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.postings.length;
      this.ids.set(term, id);
      this.dictionary.set(term, id);
      this.postings.push([]);
      this.fieldCounts.push(0, 0);
      this.text.push(term);
    }
    this.postings[id]!.push(entry);
    this.fieldCounts[id * 2 + (entry & 1)]!++;
    if (this.count === this.terms.length) {
      const terms = new Int32Array(Math.max(4096, this.count * 2));
      terms.set(this.terms);
      this.terms = terms;
      const bits = new Uint16Array(terms.length);
      bits.set(this.bits);
      this.bits = bits;
    }
    this.terms[this.count] = id;
    this.bits[this.count++] = entry & SCORING_BITS;
  }

  /** Closes ordinal `ord`'s term list: every posting since the previous ordinal's is its. */
  endDocument(ord: number): void {
    this.from[ord + 1] = this.count;
  }

  /**
   * A retired document no longer counts towards its terms' document frequency. Its postings stay,
   * skipped by the searches, until the index is rebuilt.
   */
  uncount(term: string, field: Field): void {
    const id = this.ids.get(term);
    if (id !== undefined) this.fieldCounts[id * 2 + field]!--;
  }

  /** Whether every one of `ids` is a term of the ordinal's `field`. */
  holdsAll(ord: number, field: number, ids: readonly number[]): boolean {
    const { from, terms, bits } = this;
    return ids.every((id) => {
      for (let k = from[ord]!; k < from[ord + 1]!; k++)
        if (terms[k] === id && (bits[k]! & 1) === field) return true;
      return false;
    });
  }
}
