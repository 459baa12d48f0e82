/**
 * The way in for the operator of a fresh server with authentication on and no token at all: one
 * admin token is made and its secret written to a file in the data folder that only the server's
 * user can read (mode 0600), as Jenkins does with its initial password. The log names the file,
 * never the secret. `npx redstring token create --role admin` is the other way in.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Logger } from 'pino';
import type { Actor } from '../store/actor.ts';
import type { TokenStore } from '../store/token-store.ts';
import { issueToken } from './token-secret.ts';

export const FIRST_ADMIN_FILE = 'first-admin-token';
export const FIRST_ADMIN_NAME = 'first-admin';

/** The server itself, when it makes the first token: nobody else exists yet. */
const SERVER_ACTOR: Actor = { name: 'server', role: 'admin', tokenId: null };

/** Makes the first admin token when there is no token; returns the file written, or null. */
export async function ensureFirstAdmin(
  tokens: TokenStore,
  dataDir: string,
  logger: Logger,
): Promise<string | null> {
  if ((await tokens.list()).length > 0) return null;
  const file = resolve(join(dataDir, FIRST_ADMIN_FILE));
  const { token, secret } = await issueToken(tokens, SERVER_ACTOR, { name: FIRST_ADMIN_NAME, role: 'admin' });
  try {
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    // A stale file of an earlier database goes first: the mode applies only to a file created
    // here, and 'wx' refuses one that someone slipped in between.
    await rm(file, { force: true });
    await writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // A token nobody can read is a door nobody should have: take it back.
    await tokens.revoke(SERVER_ACTOR, token.id);
    logger.error(
      { err: error, file },
      'could not write the first admin token; make one with `npx redstring token create --role admin --name <you>`',
    );
    return null;
  }
  logger.warn(
    { file },
    `authentication is on and there was no token: an admin token "${FIRST_ADMIN_NAME}" was made; its secret is in ${file} (readable by this user only). Sign in with it, make your own tokens, then revoke "${FIRST_ADMIN_NAME}" and delete the file`,
  );
  return file;
}
