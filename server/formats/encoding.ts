/**
 * Every text format is read as UTF-8, strictly: invalid bytes are refused with their line, never
 * replaced with U+FFFD (which would change names and ids without a word). A file in another
 * encoding gets a message that says how to convert it. Decisions: docs/formats.md, "Encoding".
 */
import { createReadStream } from 'node:fs';
import { FormatError } from './types.ts';

const CONVERT = 'Redstring reads UTF-8 only: convert the file first, e.g.';

/** A refusal for the first bytes of a file: UTF-16 (by its byte-order mark) and binary files. */
export function checkFirstBytes(bytes: Uint8Array, file: string): void {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw new FormatError(
      file,
      'line 1',
      null,
      `the file is UTF-16 (it starts with a UTF-16 byte-order mark). ${CONVERT} \`iconv -f UTF-16 -t UTF-8 ${file} > converted\`, or save it as "UTF-8" from the program that wrote it`,
    );
  const nul = bytes.indexOf(0);
  if (nul !== -1)
    throw new FormatError(
      file,
      'line 1',
      null,
      `the file holds a NUL byte (offset ${nul}): it is binary, or UTF-16 without a byte-order mark. ${CONVERT} \`iconv -f UTF-16LE -t UTF-8 ${file} > converted\``,
    );
}

/** Where the first invalid UTF-8 sequence starts in `bytes`, or -1 (a sequence cut at the end too). */
function firstInvalid(
  bytes: Uint8Array,
  state: { need: number; lower: number; upper: number; start: number },
  base: number,
): number {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (state.need === 0) {
      if (b < 0x80) continue;
      state.start = base + i;
      state.lower = 0x80;
      state.upper = 0xbf;
      if (b >= 0xc2 && b <= 0xdf) state.need = 1;
      else if (b >= 0xe0 && b <= 0xef) {
        state.need = 2;
        if (b === 0xe0) state.lower = 0xa0;
        if (b === 0xed) state.upper = 0x9f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        state.need = 3;
        if (b === 0xf0) state.lower = 0x90;
        if (b === 0xf4) state.upper = 0x8f;
      } else return state.start;
    } else {
      if (b < state.lower || b > state.upper) return state.start;
      state.lower = 0x80;
      state.upper = 0xbf;
      state.need--;
    }
  }
  return -1;
}

/**
 * The error for a file that failed strict decoding: reads it again (only on this path) to find
 * the first invalid byte and its line.
 */
export async function invalidUtf8Error(path: string, file: string): Promise<FormatError> {
  const state = { need: 0, lower: 0x80, upper: 0xbf, start: 0 };
  let base = 0;
  let line = 1;
  let found = -1;
  let shown = '';
  const stream = createReadStream(path);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const at = firstInvalid(chunk, state, base);
      const end = at === -1 ? chunk.length : Math.max(0, at - base);
      for (let i = 0; i < end; i++) if (chunk[i] === 0x0a) line++;
      if (at !== -1) {
        found = at;
        const from = Math.max(0, at - base);
        shown = [...chunk.subarray(from, from + 4)].map((b) => `0x${b.toString(16).toUpperCase()}`).join(' ');
        break;
      }
      base += chunk.length;
    }
  } finally {
    stream.destroy();
  }
  const where =
    found === -1 ? `at the end of the file (a character cut short)` : `bytes ${shown} at offset ${found}`;
  return new FormatError(
    file,
    `line ${line}`,
    null,
    `not valid UTF-8 (${where}). ${CONVERT} \`iconv -f WINDOWS-1252 -t UTF-8 ${file} > converted\` for Latin-1 or Windows-1252`,
  );
}
