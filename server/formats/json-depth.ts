/**
 * A bound on how deeply JSON may nest, checked on the text before it is parsed. V8 parses any
 * depth, but what comes after (validation, `JSON.stringify` of a structured property value)
 * recurses, and a 100,000-deep file ended in "Maximum call stack size exceeded" with no file or
 * line. No graph format nests anywhere near the limit: the native format needs 5 levels.
 */

/** Deepest nesting of arrays and objects accepted in any JSON a format reads. */
export const MAX_JSON_DEPTH = 100;

/** Offset of the first `[` or `{` that opens level MAX_JSON_DEPTH + 1, or -1. Skips strings. */
export function excessDepthOffset(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: skip to its closing quote (a malformed one is the parser's to report).
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return -1;
}

/** What to say about JSON nested past the limit. */
export const depthMessage = `nested deeper than ${MAX_JSON_DEPTH} levels of arrays and objects, the most Redstring reads`;

/** `JSON.parse` that refuses text nested past MAX_JSON_DEPTH (a SyntaxError, like any bad JSON). */
export function parseBoundedJson(text: string): unknown {
  const at = excessDepthOffset(text);
  if (at !== -1) throw new SyntaxError(`${depthMessage} (position ${at})`);
  return JSON.parse(text) as unknown;
}
