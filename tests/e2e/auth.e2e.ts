/**
 * Signing in to the explorer in a real browser, on a server with REDSTRING_AUTH=on: the sign-in
 * screen, a wrong token's error, a viewer without write controls, an editor with them, signing out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './support/browser.ts';
import { startServer, type TestServer } from './support/server.ts';

let server: TestServer;
let browser: Browser;
const tokens: Record<'viewer' | 'editor', string> = { viewer: '', editor: '' };

async function createToken(admin: string, name: string, role: 'VIEWER' | 'EDITOR'): Promise<string> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
    body: JSON.stringify({
      query: 'mutation($name: String!, $role: Role!) { createToken(name: $name, role: $role) { secret } }',
      variables: { name, role },
    }),
  });
  const body = (await response.json()) as { data: { createToken: { secret: string } } };
  return body.data.createToken.secret;
}

beforeAll(async () => {
  server = await startServer({ env: { REDSTRING_AUTH: 'on' } });
  const admin = readFileSync(join(server.dataDir, 'first-admin-token'), 'utf8').trim();
  tokens.viewer = await createToken(admin, 'alice', 'VIEWER');
  tokens.editor = await createToken(admin, 'bob', 'EDITOR');
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(page: Page, token: string): Promise<void> {
  await page.getByLabel('API token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('signing in to the explorer', () => {
  let page: Page;

  it('shows the sign-in screen, and a clear error for a wrong token', async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}/cases/kursk`);
    await page.getByRole('form', { name: 'Sign in' }).waitFor();
    expect(await page.locator('.top-bar').count()).toBe(0);
    await signIn(page, 'rs_not-a-token');
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/not valid/);
    expect(await page.locator('.top-bar').count()).toBe(0);
  });

  it('signs a viewer in: who is shown, and no control that writes', async () => {
    await signIn(page, tokens.viewer);
    const who = page.getByLabel('Signed in');
    await who.waitFor();
    expect(await who.textContent()).toMatch(/signed in as alice · viewer/);
    // The case loads through the cookie.
    await expect
      .poll(() => page.getByLabel('Case size').textContent(), { timeout: 20_000 })
      .toMatch(/\d+ entities/);
    expect(await page.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
    // The case's imports are there to read (the seed's), but not to undo.
    await page.getByRole('button', { name: 'Imports', exact: true }).click();
    const imports = page.getByRole('dialog', { name: 'Imports' });
    await imports.getByRole('listitem', { name: 'Import of server/seed/kursk-case.json' }).waitFor();
    expect(await imports.getByText(/by seed$/).count()).toBe(1);
    expect(await imports.getByRole('button', { name: 'Undo this import' }).count()).toBe(0);
    await imports.getByRole('button', { name: 'Close', exact: true }).click();
    // Nor on the start page: the cases, but no form that makes one.
    await page.getByRole('link', { name: 'All cases' }).click();
    await page.getByRole('link', { name: 'North Korean forces in Kursk' }).waitFor();
    expect(await page.getByRole('form', { name: 'New case' }).count()).toBe(0);
    await page.getByRole('link', { name: 'North Korean forces in Kursk' }).click();
    await page.getByLabel('Case size').waitFor();
  });

  it('signs out, back to the sign-in screen; the cookie no longer works', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('form', { name: 'Sign in' }).waitFor();
    await page.reload();
    await page.getByRole('form', { name: 'Sign in' }).waitFor();
  });

  it('signs an editor in, with the write controls', async () => {
    await signIn(page, tokens.editor);
    await page.getByLabel('Signed in').waitFor();
    expect(await page.getByLabel('Signed in').textContent()).toMatch(/signed in as bob · editor/);
    await page.getByRole('button', { name: 'Import', exact: true }).waitFor();
    await page.close();
  });
});
