/**
 * Which addresses from the data may become clickable links. Source URLs come from imported files and
 * are hostile until shown otherwise: a `javascript:` or `data:` address in an href runs or shows
 * whatever its author wrote, so only http(s) addresses become links; the rest are shown as text.
 */

/** The address itself when it is an absolute http(s) URL, else null. */
export function webHref(url: string | null | undefined): string | null {
  if (!url) return null;
  // The platform's parser decides the scheme, so that "JavaScript:", leading spaces or tabs inside
  // the scheme cannot slip past a hand-written check.
  const parsed = URL.canParse(url) ? new URL(url) : null;
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return null;
  // The address as the data gives it (not the parser's normal form), so what the link opens is what
  // the source record says.
  return url.trim() === url ? url : null;
}
