/** Page cursors: the sort key of a page's last item (an id, or a date and an id), opaque to clients. */
import { StoreInputError } from './types.ts';
import { quoteShort } from './quote.ts';

/** The cursor of a page that ends at `parts`. */
export const encodeCursor = (parts: (string | null)[]) =>
  Buffer.from(JSON.stringify(parts)).toString('base64url');

/** The parts of a cursor this server issued (null for none); any other string is refused. */
export function decodeCursor(cursor: string | null | undefined, arity: number): (string | null)[] | null {
  if (!cursor) return null;
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parts) &&
      parts.length === arity &&
      parts.every((p) => p === null || typeof p === 'string')
    )
      return parts as (string | null)[];
  } catch {
    // fall through to the error below
  }
  throw new StoreInputError(`cursor ${quoteShort(cursor)} is not one this server issued`);
}
