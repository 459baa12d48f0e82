/**
 * Reading an import input a piece at a time, so that a large file is never held whole (except by
 * the JSON formats, which parse the whole text; see docs/formats.md for their bound).
 */
import { createReadStream, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { checkFirstBytes, invalidUtf8Error } from './encoding.ts';
import { depthMessage, excessDepthOffset } from './json-depth.ts';
import { FormatRequestError, type ImportInput } from './types.ts';

const CHUNK_CHARS = 256 * 1024;

/** Largest file the whole-text JSON formats accept, in bytes. */
export const MAX_WHOLE_FILE_BYTES = 512 * 1024 * 1024;

export function inputName(input: ImportInput): string {
  return 'content' in input ? input.name : (input.name ?? basename(input.path));
}

/** Size of the input in bytes, for progress. */
export function inputSize(input: ImportInput): number {
  return 'content' in input ? Buffer.byteLength(input.content) : statSync(input.path).size;
}

/**
 * The text of the input in pieces, without a byte-order mark, reporting the bytes read so far.
 */
export async function* textChunks(
  input: ImportInput,
  progress?: (bytes: number) => void,
): AsyncGenerator<string> {
  let first = true;
  const strip = (text: string) => {
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    first = false;
    return text;
  };
  if ('content' in input) {
    let bytes = 0;
    for (let i = 0; i < input.content.length; i += CHUNK_CHARS) {
      const piece = input.content.slice(i, i + CHUNK_CHARS);
      bytes += Buffer.byteLength(piece);
      progress?.(bytes);
      yield strip(piece);
    }
    return;
  }
  const file = inputName(input);
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const stream = createReadStream(input.path, { highWaterMark: CHUNK_CHARS });
  let piece: string;
  try {
    for await (const bytes of stream as AsyncIterable<Buffer>) {
      if (first) checkFirstBytes(bytes, file);
      try {
        piece = decoder.decode(bytes, { stream: true });
      } catch {
        throw await invalidUtf8Error(input.path, file);
      }
      progress?.(stream.bytesRead);
      yield strip(piece);
    }
    try {
      piece = decoder.decode();
    } catch {
      throw await invalidUtf8Error(input.path, file);
    }
    if (piece) yield strip(piece);
  } finally {
    stream.destroy();
  }
}

/** The lines of the input with their 1-based numbers (a final line without newline included). */
export async function* textLines(
  input: ImportInput,
  progress?: (bytes: number) => void,
): AsyncGenerator<{ line: string; number: number }> {
  let rest = '';
  let number = 0;
  for await (const piece of textChunks(input, progress)) {
    rest += piece;
    let start = 0;
    for (let end = rest.indexOf('\n'); end !== -1; end = rest.indexOf('\n', start)) {
      number++;
      yield { line: rest.slice(start, end).replace(/\r$/, ''), number };
      start = end + 1;
    }
    rest = rest.slice(start);
  }
  if (rest.length > 0) yield { line: rest.replace(/\r$/, ''), number: number + 1 };
}

/** The whole text (JSON formats), refusing inputs past MAX_WHOLE_FILE_BYTES. */
export async function wholeText(input: ImportInput): Promise<string> {
  const size = inputSize(input);
  if (size > MAX_WHOLE_FILE_BYTES)
    throw new FormatRequestError(
      'too-large',
      `${inputName(input)} is ${Math.round(size / 1e6)} MB; JSON graph files are read whole and may be at most ${MAX_WHOLE_FILE_BYTES / 1e6} MB. Split it, or convert it to FollowTheMoney JSON lines or CSV, which stream.`,
      { file: inputName(input) },
    );
  let text: string;
  if ('content' in input) text = input.content;
  else {
    const bytes = await readFile(input.path);
    checkFirstBytes(bytes, inputName(input));
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      throw await invalidUtf8Error(input.path, inputName(input));
    }
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The first few kilobytes, for detecting a format. */
export async function head(input: ImportInput, chars = 4096): Promise<string> {
  if ('content' in input) return input.content.slice(0, chars);
  for await (const piece of textChunks(input)) return piece.slice(0, chars);
  return '';
}

/** 1-based line and column of a character offset, for JSON syntax errors. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++)
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  return { line, column: offset - lineStart + 1 };
}

/** Parses JSON text, turning a syntax error into `line L, column C: message`. */
export function parseJsonText(
  text: string,
): { ok: true; value: unknown } | { ok: false; at: string; detail: string } {
  const deep = excessDepthOffset(text);
  if (deep !== -1) {
    const { line, column } = lineAndColumn(text, deep);
    return { ok: false, at: `line ${line}, column ${column}`, detail: depthMessage };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : text.length;
    const { line, column } = lineAndColumn(text, offset);
    return { ok: false, at: `line ${line}, column ${column}`, detail: `not valid JSON (${message})` };
  }
}
