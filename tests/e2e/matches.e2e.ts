/**
 * Matches across cases in a real browser: a second case names Kim Jong Un the way a Korean source
 * romanises him ("Gim Jeong Eun"); its details say he also appears in the Kursk case, where the
 * seed has him in Hangul, with the score and the reason; the link opens the Kursk case on him.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canvasInfo, launch, screenshot, settle } from './support/browser.ts';
import { serverApi, startServer, type TestServer } from './support/server.ts';

const KURSK = 'North Korean forces in Kursk';

let server: TestServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

const graphql = (query: string, variables: Record<string, unknown> = {}) =>
  serverApi(server).data(query, variables);

beforeAll(async () => {
  server = await startServer();
  await graphql(`
    mutation {
      createCase(input: { id: "dossier", name: "Dossier" }) {
        id
      }
    }
  `);
  await graphql(
    `
      mutation ($g: JSON!) {
        importGraph(case: "dossier", graph: $g) {
          entities {
            created
          }
        }
      }
    `,
    {
      g: {
        sources: [],
        entities: [
          { id: 'gim-jeong-eun', type: 'Person', name: 'Gim Jeong Eun', aliases: [], properties: {} },
        ],
        relations: [],
      },
    },
  );
  browser = await launch();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('also appears in', () => {
  it('lists the Kursk case for an entity of another case, with the score and the reason', async () => {
    await page.goto(`${server.url}/cases/dossier`);
    await page.getByRole('heading', { name: 'Dossier' }).waitFor();
    await settle(page);
    const search = page.getByRole('combobox', { name: 'Search entities' });
    await search.fill('Gim');
    await page.getByRole('option', { name: /Gim Jeong Eun/ }).waitFor();
    await search.press('Enter');
    const details = page.getByRole('article', { name: 'Details of Gim Jeong Eun' });
    await details.waitFor();
    const section = details.getByRole('region', { name: 'Also appears in' });
    await section.waitFor({ timeout: 15_000 });
    const link = section.getByRole('link', { name: `Kim Jong Un in ${KURSK}` });
    await link.waitFor();
    const text = await section.textContent();
    expect(text).toMatch(/\d+%/);
    expect(text).toContain('name “Gim Jeong Eun” and alias “김정은”: the same once transliterated');
    await expect.poll(() => link.getAttribute('href')).toMatch(/^\/cases\/kursk#view=/);
    await screenshot(page, 'matches-01-also-appears-in');
  });

  it('follows the link into the Kursk case, on Kim Jong Un', async () => {
    await page
      .getByRole('region', { name: 'Also appears in' })
      .getByRole('link', { name: `Kim Jong Un in ${KURSK}` })
      .click();
    await page.waitForURL(/\/cases\/kursk#view=/);
    await page.getByRole('heading', { name: KURSK }).waitFor();
    await expect
      .poll(async () => (await canvasInfo(page)).nodes, { timeout: 20_000 })
      .toEqual(['kim-jong-un']);
    await settle(page);
    await screenshot(page, 'matches-02-in-kursk');
    expect(pageErrors).toEqual([]);
  });
});
