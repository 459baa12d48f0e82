/**
 * The scores of one search, added up term by term into one preallocated typed array: no object
 * per matching document, and nothing to clear between searches. Query terms are ANDed: each term
 * is one step, and a document takes part in a step only if it matched every earlier one.
 */
import type { Expansion } from './expansion.ts';
import type { Page } from './page.ts';
import { ALIASES, NAME, ORDINAL_UNIT, SCORING_BITS } from './postings.ts';
import { BM25_D, BM25_K, fieldWeight, prefixWeight, SCALE, type Scoring } from './scoring.ts';
import type { TermIndex } from './term-index.ts';

export class ScoreAccumulator {
  // Two slots per ordinal, side by side so that a posting costs one cache line: the step of the
  // search that last reached the document (-1 once retired; a document has matched every term so
  // far when it holds the previous step) and its score so far. Steps only grow, so nothing is
  // cleared between searches.
  private scratch = new Float64Array(0);
  private current = 0;
  /** The first term's candidates (ordinals) when later terms may be verified on them. */
  private found = new Int32Array(0);
  // `verify`'s per-term weights (name, aliases), valid for the step in `memoStep`.
  private memoStep = new Float64Array(0);
  private memoWeights = new Float64Array(0);

  /** The step last started. */
  get step(): number {
    return this.current;
  }

  /** Starts the next step: one query term. */
  next(): number {
    return ++this.current;
  }

  /** Makes room for `capacity` ordinals. */
  grow(capacity: number): void {
    const scratch = new Float64Array(capacity * 2);
    scratch.set(this.scratch);
    this.scratch = scratch;
  }

  /** A new ordinal takes part in searches. */
  admit(ord: number): void {
    this.scratch[ord * 2] = 0;
  }

  /** A retired ordinal never does again, though its postings stay. */
  retire(ord: number): void {
    this.scratch[ord * 2] = -1;
  }

  /** Makes room for the first term's candidates, when a later term may be verified on them. */
  reserve(candidates: number): void {
    if (this.found.length < candidates)
      this.found = new Int32Array(Math.max(candidates, this.found.length * 2));
  }

  /** Whether the ordinal matched every term up to `step`. */
  reached(ord: number, step: number): boolean {
    return this.scratch[ord * 2] === step;
  }

  /** Multiplies the ordinal's score, and returns the new one. */
  boost(ord: number, factor: number): number {
    return (this.scratch[ord * 2 + 1]! *= factor);
  }

  /**
   * Adds one query term's BM25+ scores (MiniSearch's formula, a term frequency of 1) into the
   * scratch, for documents that every earlier term reached (all, for the first term). The last
   * term's scan offers each document it updates to the page: scores only grow, so a document
   * below the page's last place when last updated stays below it, and no pass over all the
   * candidates (a cache miss each, tens of thousands for a short prefix) is needed after. Returns
   * how many candidates it collected (`collect`, first term only).
   */
  scan(
    terms: TermIndex,
    expansion: Expansion,
    step: number,
    scoring: Scoring,
    first: boolean,
    collect: boolean,
    page: Page | null,
  ): number {
    const { scratch, found } = this;
    const { postings } = terms;
    const { base, nameSlope, aliasSlope } = scoring;
    // Imported constants as locals: V8 reads an imported binding through its module's cell each
    // time, and this loop reads them for every posting (inline reads measured slower, under load).
    const scale = SCALE;
    const d = BM25_D;
    const k1 = BM25_K + 1;
    const scoringBits = SCORING_BITS;
    const unit = ORDINAL_UNIT;
    const lowBits = ORDINAL_UNIT - 1;
    const name = NAME;
    const previous = step - 1;
    let collected = 0;
    for (let t = 0; t < expansion.termIds.length; t++) {
      const id = expansion.termIds[t]!;
      const list = postings[id]!;
      const nameWeight = expansion.weights[t]! * fieldWeight(terms.documents(id, NAME), NAME, scoring);
      const aliasWeight = expansion.weights[t]! * fieldWeight(terms.documents(id, ALIASES), ALIASES, scoring);
      // The hot loop of every search: postings are decoded inline (postings.ts has the layout).
      for (let j = 0; j < list.length; j++) {
        const entry = list[j]!;
        const low = entry & scoringBits;
        const ord = (entry - (entry & lowBits)) / unit;
        const at = ord * 2;
        const seen = scratch[at]!;
        if (seen !== step) {
          if (first ? seen < 0 : seen !== previous) continue;
          scratch[at] = step;
          if (first) {
            scratch[at + 1] = 0;
            if (collect) found[collected++] = ord;
          }
        }
        const total =
          scratch[at + 1]! +
          Math.round(
            scale *
              ((low & 1) === name
                ? nameWeight * (d + k1 / (base + nameSlope * (low >>> 1)))
                : aliasWeight * (d + k1 / (base + aliasSlope * (low >>> 1)))),
          );
        scratch[at + 1] = total;
        if (page !== null && total >= page.threshold) page.offer(ord, total);
      }
    }
    return collected;
  }

  /** Keeps the candidates that matched the last term scanned (`step`), in order. */
  survivors(candidates: number, step: number): number {
    const { scratch, found } = this;
    let kept = 0;
    for (let i = 0; i < candidates; i++) if (scratch[found[i]! * 2] === step) found[kept++] = found[i]!;
    return kept;
  }

  /**
   * What `scan` does for one term, for a few candidates: each one's own terms are checked against
   * the query term (completions by `startsWith`, typos by the expansion's list) instead of reading
   * the term's postings. Same terms, weights and lengths, so the same scores.
   */
  verify(
    terms: TermIndex,
    expansion: Expansion,
    step: number,
    scoring: Scoring,
    candidates: number,
    page: Page | null,
  ): void {
    const { scratch, found } = this;
    const { termsFrom, docTerms, docTermBits, text: termText } = terms;
    const { term: query, typos } = expansion;
    // Candidates share terms (a given name, a company form): each term's weights are worked out
    // once per step.
    if (this.memoStep.length < termText.length) {
      const size = Math.max(termText.length, this.memoStep.length * 2);
      this.memoStep = new Float64Array(size);
      this.memoWeights = new Float64Array(size * 2);
    }
    const { memoStep, memoWeights } = this;
    const { base, nameSlope, aliasSlope } = scoring;
    // As in `scan`: module constants read once, not per term of every candidate.
    const scale = SCALE;
    const d = BM25_D;
    const k1 = BM25_K + 1;
    const name = NAME;
    for (let i = 0; i < candidates; i++) {
      const ord = found[i]!;
      const at = ord * 2;
      if (scratch[at] !== step - 1) continue;
      let score = 0;
      let matched = false;
      for (let k = termsFrom[ord]!; k < termsFrom[ord + 1]!; k++) {
        const id = docTerms[k]!;
        if (memoStep[id] !== step) {
          const term = termText[id]!;
          const weight = term.startsWith(query)
            ? prefixWeight(term.length, term.length - query.length)
            : (typos.get(term) ?? 0);
          memoStep[id] = step;
          memoWeights[id * 2] = weight && weight * fieldWeight(terms.documents(id, NAME), NAME, scoring);
          memoWeights[id * 2 + 1] =
            weight && weight * fieldWeight(terms.documents(id, ALIASES), ALIASES, scoring);
        }
        const bits = docTermBits[k]!;
        const field = bits & 1;
        const weight = memoWeights[id * 2 + field]!;
        if (weight === 0) continue;
        matched = true;
        score += Math.round(
          scale * (weight * (d + k1 / (base + (field === name ? nameSlope : aliasSlope) * (bits >>> 1)))),
        );
      }
      if (!matched) continue;
      scratch[at] = step;
      const total = scratch[at + 1]! + score;
      scratch[at + 1] = total;
      if (page !== null && total >= page.threshold) page.offer(ord, total);
    }
  }
}
