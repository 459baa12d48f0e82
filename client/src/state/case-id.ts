/**
 * The identifier rule for case ids, checked before anything is sent, so that a bad id is refused
 * with a message that says what an id may hold rather than with the server's regular expression.
 * The server holds the same rule (server/model/case-format.ts) and refuses what slips past this one.
 */

export const CASE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;

/** Why `id` cannot be a case id, in words fit to show beside the field; null when it can. */
export function caseIdProblem(id: string): string | null {
  if (CASE_ID_PATTERN.test(id)) return null;
  if (id === '') return 'Give the case an id, e.g. kursk-2024.';
  const shown = id.length > 40 ? `${id.slice(0, 40)}…` : id;
  return (
    `“${shown}” is not a valid case id: use letters, digits and _ . : - only, start with a letter ` +
    'or digit, at most 128 characters.'
  );
}
