/**
 * Caller input named in an error, bounded: a refusal must say what was wrong without sending a
 * megabyte of ids back (issue 13: one error echoed a million of them).
 */

/** The value as a JSON string, cut to `maxChars` characters with an ellipsis. */
export function quoteShort(value: unknown, maxChars = 80): string {
  const text = typeof value === 'string' ? value : String(value);
  return JSON.stringify(text.length > maxChars ? `${text.slice(0, maxChars)}…` : text);
}

/** The first `shown` values quoted, then how many more there are. */
export function quoteSome(values: readonly unknown[], shown = 5): string {
  const named = values.slice(0, shown).map((value) => quoteShort(value));
  const rest = values.length - named.length;
  return rest > 0 ? `${named.join(', ')} and ${rest} more` : named.join(', ');
}
