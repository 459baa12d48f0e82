/**
 * `redstring token create | list | revoke`: API tokens from the command line, in the store the
 * server reads (docs/architecture.md, security). On the embedded engine the running server holds
 * the database, so these need it stopped; an admin can use the GraphQL API instead.
 */
import { userInfo } from 'node:os';
import { InvalidArgumentError, type Command } from 'commander';
import { issueToken } from '../auth/token-secret.ts';
import { ROLES, type Actor, type Role } from '../store/actor.ts';
import type { GraphStore } from '../store/graph-store.ts';
import type { ApiToken } from '../store/token-store.ts';

export interface TokenCommandIo {
  stdout: NodeJS.WritableStream;
  withStore<T>(work: (store: GraphStore) => Promise<T>): Promise<T>;
  done(code: number): void;
}

/** Whoever runs the command: they can open the store, so they may manage tokens; audited as such. */
function cliActor(): Actor {
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // No passwd entry (some containers): the audit log still says it came from the CLI.
  }
  return { name: `cli:${user}`, role: 'admin', tokenId: null };
}

function parseRole(value: string): Role {
  if (!(ROLES as readonly string[]).includes(value))
    throw new InvalidArgumentError(`one of ${ROLES.join(', ')}`);
  return value as Role;
}

/** The store, or an error that says what to do when the server holds it. */
async function withTokenStore<T>(io: TokenCommandIo, work: (store: GraphStore) => Promise<T>): Promise<T> {
  try {
    return await io.withStore(work);
  } catch (error) {
    if (error instanceof Error && /in use by another process/.test(error.message))
      throw new Error(
        `${error.message.split('(')[0]!.trim()}: the running server holds it. Stop the server to manage tokens from the command line, or, as an admin, use GraphQL (tokens, createToken, revokeToken).`,
        { cause: error },
      );
    throw error;
  }
}

function table(tokens: readonly ApiToken[]): string {
  const header = ['ID', 'NAME', 'ROLE', 'CREATED', 'LAST USED', 'REVOKED'];
  const rows = tokens.map((t) => [
    t.id,
    t.name,
    t.role,
    t.createdAt.slice(0, 16),
    t.lastUsedAt?.slice(0, 16) ?? '-',
    t.revokedAt?.slice(0, 16) ?? '-',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return (
    [header, ...rows]
      .map((r) =>
        r
          .map((cell, i) => cell.padEnd(widths[i]!))
          .join('  ')
          .trimEnd(),
      )
      .join('\n') + '\n'
  );
}

export function addTokenCommands(cli: Command, io: TokenCommandIo): void {
  const token = cli
    .command('token')
    .description('Manage API tokens (viewer, editor, admin). Tokens are stored hashed.');

  token
    .command('create')
    .description('Make a token and print its secret, once.')
    .requiredOption('--name <name>', 'who or what uses it (unique among tokens that work)')
    .requiredOption('--role <role>', `${ROLES.join(', ')}`, parseRole)
    .action(async (options: { name: string; role: Role }) => {
      const { token: made, secret } = await withTokenStore(io, (store) =>
        issueToken(store.tokens, cliActor(), options),
      );
      io.stdout.write(
        `Created token ${made.id} "${made.name}" (${made.role}). Its secret is shown only now:\n\n` +
          `  ${secret}\n\n` +
          `Send it as "Authorization: Bearer <secret>", or paste it into the explorer's sign-in screen.\n`,
      );
      io.done(0);
    });

  token
    .command('list')
    .description('List tokens: id, name, role, created, last used, revoked (never their secrets).')
    .option('--json', 'print JSON', false)
    .action(async (options: { json: boolean }) => {
      const tokens = await withTokenStore(io, (store) => store.tokens.list());
      io.stdout.write(options.json ? `${JSON.stringify(tokens, null, 2)}\n` : table(tokens));
      io.done(0);
    });

  token
    .command('revoke')
    .description('Revoke a token by id or name: it stops working, and so do sessions opened with it.')
    .argument('<ref>', "the token's id or name")
    .action(async (ref: string) => {
      const revoked = await withTokenStore(io, (store) => store.tokens.revoke(cliActor(), ref));
      io.stdout.write(`Revoked token ${revoked.id} "${revoked.name}" (${revoked.role}).\n`);
      io.done(0);
    });
}
