/**
 * CSV formula injection (OWASP, "CSV Injection"): a spreadsheet runs a cell that starts with `=`,
 * `+`, `-`, `@`, tab or carriage return as a formula, so an exported `=HYPERLINK(...)` name would
 * run on the investigator's machine. The export prefixes such cells with a single quote, which
 * spreadsheets show as text. Two exceptions and one rule keep a round trip exact:
 *
 * - a plain number (`-3.5`, `+7`, `-1e3`) is not a formula, and stays a number in a spreadsheet;
 * - a cell that already starts with quotes before such a character gets one more quote, so
 * - the import takes one quote off any cell that starts with quotes before such a character:
 *   whatever the export wrote reads back as it was. docs/formats.md says so for users.
 */

const FORMULA_START = /^'*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const ESCAPED = /^'+[=+\-@\t\r]/;

/** The cell as the export writes it. */
export function neutraliseCell(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/** The cell as the export had it before `neutraliseCell`. */
export function restoreCell(cell: string): string {
  return ESCAPED.test(cell) ? cell.slice(1) : cell;
}
