/**
 * Which characters a text field may hold. One rule for every way in (upserts, every import
 * format), because the graph file schema (case-format.ts) applies it and both paths go through
 * that schema; docs/formats.md says the same for users.
 *
 * - Control characters (C0 but tab, line feed and carriage return; DEL; C1) are refused in every
 *   text field: NUL cuts strings short in other tools, ESC drives terminals, BEL and the rest are
 *   never part of a name or a quote, and they are invisible in the explorer.
 * - Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are refused
 *   in names, aliases, titles and kinds: `Ivan\u202Evon` displays as another name, the classic
 *   spoofing trick. In descriptions, quotes and property values they are kept: a quote copied
 *   exactly from an Arabic or Hebrew source may carry them, and there they change how a
 *   paragraph shows, not whom a node appears to be.
 */
import type { z } from 'zod';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

const NAMES: Readonly<Record<number, string>> = {
  0x00: 'NUL',
  0x07: 'BEL',
  0x08: 'BS',
  0x1b: 'ESC',
  0x7f: 'DEL',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

function describeCharacter(text: string, index: number): string {
  const code = text.codePointAt(index)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[code];
  return `${hex}${name ? ` (${name})` : ''} at character ${index + 1}`;
}

/** Why `text` is refused as a name (controls and bidirectional controls), or null. */
export function nameTextProblem(text: string): string | null {
  const control = CONTROL.exec(text);
  if (control)
    return `contains the control character ${describeCharacter(text, control.index)}; only tab and line breaks are allowed`;
  const bidi = BIDI_CONTROL.exec(text);
  if (bidi)
    return `contains the bidirectional control ${describeCharacter(text, bidi.index)}, which can make a name display as another; remove it`;
  return null;
}

/** Why `text` is refused as free text (controls only), or null. */
export function freeTextProblem(text: string): string | null {
  const control = CONTROL.exec(text);
  return control
    ? `contains the control character ${describeCharacter(text, control.index)}; only tab and line breaks are allowed`
    : null;
}

function checked(schema: z.ZodString, problem: (text: string) => string | null) {
  return schema.superRefine((text, ctx) => {
    const message = problem(text);
    if (message) ctx.addIssue({ code: 'custom', message });
  });
}

/** A string schema for names, aliases, titles and kinds. */
export const nameText = (schema: z.ZodString) => checked(schema, nameTextProblem);
/** A string schema for descriptions, quotes, locators and property values. */
export const freeText = (schema: z.ZodString) => checked(schema, freeTextProblem);
