/**
 * The content security policies are tight (http/security-headers.ts): the explorer and GraphiQL
 * must still work under them in a real browser, with not one violation reported.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './support/browser.ts';
import { startServer, type TestServer } from './support/server.ts';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A page that records every CSP violation and error the browser reports. */
async function watched(path: string): Promise<{ page: Page; problems: () => Promise<string[]> }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`),
    );
  });
  const response = await page.goto(`${server.url}${path}`);
  expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  return {
    page,
    problems: async () => [
      ...errors,
      ...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)),
    ],
  };
}

describe('content security policy', () => {
  it('the start page lists the cases with no violation', async () => {
    const { page, problems } = await watched('/');
    await page.getByRole('link', { name: 'North Korean forces in Kursk' }).waitFor({ timeout: 30_000 });
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('the explorer draws the case and searches with no violation', async () => {
    const { page, problems } = await watched('/cases/kursk');
    await page.waitForSelector('canvas', { timeout: 30_000 });
    const search = page.getByRole('combobox').first();
    await search.fill('Kursk');
    await page.getByRole('option').first().waitFor({ timeout: 15_000 });
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('GraphiQL runs its first example with no violation', async () => {
    const { page, problems } = await watched('/graphql');
    await page.waitForSelector('.graphiql-execute-button', { timeout: 30_000 });
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(
      () => document.querySelector('.graphiql-response')?.textContent?.includes('"data"') ?? false,
      undefined,
      { timeout: 20_000 },
    );
    expect(await problems()).toEqual([]);
    await page.close();
  });
});
