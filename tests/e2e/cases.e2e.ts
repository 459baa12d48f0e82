/**
 * Cases in the explorer, in a real browser: the start page lists them with their size; a new case is
 * made from the import dialog while a real third-party file (Les Misérables, GEXF) is imported into
 * it; the new case opens on its own entities, and the Kursk case is as it was. A bad case id is
 * refused before anything is sent, and an unknown case says so. Each case keeps its last view. The
 * import is undone from the case's imports, which empties the new case and leaves Kursk as it was.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canvasInfo, launch, overviewDrawn, screenshot, settle } from './support/browser.ts';
import { caseExport } from '../support/graphql.ts';
import { REPO, serverApi, startServer, type TestServer } from './support/server.ts';

/**
 * Knuth's Les Misérables co-appearance graph, 77 characters (shared/data/README.md): from shared/
 * beside the clone, else its copy among the fixtures, as the format suites take it.
 */
const SHARED_GEXF = join(REPO, '../shared/data/gexf/les_miserables.gexf');
const GEXF = existsSync(SHARED_GEXF) ? SHARED_GEXF : join(REPO, 'tests/fixtures/formats/les_miserables.gexf');
const KURSK = 'North Korean forces in Kursk';
const KURSK_SIZE = '49 entities · 88 relations · 11 sources';

let server: TestServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
/** What the Les Misérables canvas was left with. */
let valjean: string[] = [];
/** The Kursk case before anything was imported anywhere. */
let kurskBefore = '';

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  kurskBefore = await kurskExport();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The Kursk case as a native JSON file, from the API: what "unchanged" is measured against. */
const kurskExport = () => caseExport(serverApi(server), 'kursk');

async function caseIds(): Promise<string[]> {
  const data = await serverApi(server).data<{ cases: { id: string }[] }>('{ cases { id } }');
  return data.cases.map((c) => c.id);
}

/** The start page's entry of a case: its list item, found by the link to it. */
function entry(name: string) {
  return page
    .getByRole('list', { name: 'Cases' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name, exact: true }) });
}

async function searchFinds(text: string, option: RegExp): Promise<void> {
  const search = page.getByRole('combobox', { name: 'Search entities' });
  await search.fill(text);
  await page.getByRole('option', { name: option }).first().waitFor({ timeout: 15_000 });
  await search.press('Escape');
  await search.fill('');
}

describe('cases in the explorer', () => {
  it('lists the cases on the start page, with their size and last change, as links', async () => {
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Cases', level: 1 }).waitFor();
    const kursk = entry(KURSK);
    await kursk.waitFor();
    await expect(kursk.textContent()).resolves.toContain(KURSK_SIZE);
    await expect(kursk.textContent()).resolves.toMatch(/changed /);
    await expect(kursk.getByRole('heading', { name: KURSK }).isVisible()).resolves.toBe(true);
    await expect(kursk.getByRole('link', { name: KURSK }).getAttribute('href')).resolves.toBe('/cases/kursk');
    await screenshot(page, 'cases-01-start-page');
  });

  it('refuses a bad case id in the new-case form with a clear message, and sends nothing', async () => {
    const form = page.getByRole('form', { name: 'New case' });
    await form.getByLabel('Case id').fill('bad id!');
    await form.getByLabel('Case name').fill('Not a case');
    await form.getByRole('button', { name: 'Create case' }).click();
    const alert = form.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('“bad id!” is not a valid case id');
    expect(await caseIds()).toEqual(['kursk']);
  });

  it('opens a case from its link, with its name in the top bar', async () => {
    await entry(KURSK).getByRole('link', { name: KURSK }).click();
    await page.waitForURL(/\/cases\/kursk/);
    await overviewDrawn(page);
    await expect(page.getByRole('heading', { name: KURSK }).isVisible()).resolves.toBe(true);
    await expect(page.getByLabel('Case size').textContent()).resolves.toMatch(/49 entities · 88 relations/);
    expect((await canvasInfo(page)).nodes).toContain('north-korea');
  });

  it('creates a new case from the import dialog while importing a file into it', async () => {
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a file' });
    await dialog.waitFor();
    const into = dialog.getByLabel('Import into');
    await expect(into.locator('option:checked').textContent()).resolves.toContain(KURSK);
    await into.selectOption({ label: 'A new case…' });
    await dialog.getByLabel('File to import').setInputFiles(GEXF);

    // A bad id is refused here too, before anything is sent.
    await dialog.getByLabel('Case id').fill('les miserables');
    await dialog.getByLabel('Case name').fill('Les Misérables');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog.getByRole('alert').textContent()).resolves.toContain(
      '“les miserables” is not a valid case id',
    );
    expect(await caseIds()).toEqual(['kursk']);

    await dialog.getByLabel('Case id').fill('les-miserables');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    const report = dialog.getByRole('region', { name: 'What the import changed' });
    await report.waitFor({ timeout: 60_000 });
    await expect(report.getByRole('row', { name: /Entities/ }).textContent()).resolves.toMatch(
      /Entities\s*77/,
    );
    expect((await caseIds()).sort()).toEqual(['kursk', 'les-miserables']);
    await screenshot(page, 'cases-02-imported-into-new-case');
    // Nothing of it went into the open case.
    await expect(page.getByLabel('Case size').textContent()).resolves.toMatch(/49 entities · 88 relations/);
  });

  it('offers to open the new case, which shows its own entities, searchable', async () => {
    const dialog = page.getByRole('dialog', { name: 'Import a file' });
    await dialog.getByRole('link', { name: 'Open “Les Misérables”' }).click();
    await page.waitForURL(/\/cases\/les-miserables/);
    await overviewDrawn(page);
    await expect(page.getByRole('heading', { name: 'Les Misérables' }).isVisible()).resolves.toBe(true);
    await expect(page.getByLabel('Case size').textContent()).resolves.toMatch(/^77 entities/);
    const info = await canvasInfo(page);
    // The canvas was cleared: nothing of Kursk is on it.
    expect(info.nodes).not.toContain('north-korea');
    await searchFinds('Valjean', /Valjean/);
    await screenshot(page, 'cases-03-new-case');
  });

  it('remembers the last view of each case', async () => {
    // Les Misérables: only Valjean on the canvas, left behind through "All cases".
    await page.getByRole('button', { name: 'Clear canvas' }).click();
    await expect.poll(async () => (await canvasInfo(page)).nodes.length).toBe(0);
    const search = page.getByRole('combobox', { name: 'Search entities' });
    await search.fill('Valjean');
    await page
      .getByRole('option', { name: /Valjean/ })
      .first()
      .waitFor();
    await search.press('Enter');
    await settle(page);
    valjean = (await canvasInfo(page)).nodes;
    expect(valjean).toHaveLength(1);
    await page.getByRole('link', { name: 'All cases' }).click();
    await entry('Les Misérables').waitFor();

    // Back in: the same canvas, from this browser's memory (the link has no view).
    await entry('Les Misérables').getByRole('link', { name: 'Les Misérables' }).click();
    await page.waitForURL(/\/cases\/les-miserables/);
    await page.waitForFunction(() => (window.__redstring?.cy?.nodes().length ?? 0) > 0, undefined, {
      timeout: 20_000,
    });
    await settle(page);
    expect((await canvasInfo(page)).nodes).toEqual(valjean);
  });

  it('leaves the Kursk case as it was: the same size on the start page, and its search', async () => {
    await page.getByRole('link', { name: 'All cases' }).click();
    const kursk = entry(KURSK);
    await kursk.waitFor();
    await expect(kursk.textContent()).resolves.toContain(KURSK_SIZE);
    await expect(entry('Les Misérables').textContent()).resolves.toMatch(/77 entities/);
    // The most recently changed case comes first.
    await expect(
      page.getByRole('list', { name: 'Cases' }).getByRole('listitem').first().textContent(),
    ).resolves.toContain('Les Misérables');
    await screenshot(page, 'cases-04-two-cases');

    await page.goto(`${server.url}/cases/kursk`);
    await overviewDrawn(page);
    await expect(page.getByLabel('Case size').textContent()).resolves.toMatch(/49 entities · 88 relations/);
    const info = await canvasInfo(page);
    expect(info.nodes).toContain('north-korea');
    for (const id of valjean) expect(info.nodes).not.toContain(id);
    await searchFinds('Shoigu', /Sergei Shoigu/);
    // Nothing of the other case is found here.
    const search = page.getByRole('combobox', { name: 'Search entities' });
    await search.fill('Valjean');
    await page.getByText('No entity matches “Valjean”').waitFor({ timeout: 15_000 });
    await search.fill('');
  });

  it('undoes the import into the new case from its imports, and the Kursk case is as it was', async () => {
    await page.goto(`${server.url}/cases/les-miserables`);
    await page.waitForFunction(() => (window.__redstring?.cy?.nodes().length ?? 0) > 0, undefined, {
      timeout: 20_000,
    });
    await page.getByRole('button', { name: 'Imports', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Imports' });
    const record = dialog.getByRole('listitem', { name: 'Import of les_miserables.gexf' });
    await record.waitFor({ timeout: 15_000 });
    await expect(record.textContent()).resolves.toMatch(/gexf.*Entities: 77 new · Relations: 254 new/);
    await record.getByRole('button', { name: 'Undo this import' }).click();
    await record
      .getByRole('group', { name: 'Confirm undo' })
      .getByRole('button', { name: 'Undo it' })
      .click();
    const status = record.getByRole('status');
    await status.waitFor({ timeout: 30_000 });
    await expect(status.textContent()).resolves.toBe(
      'Undone: removed 77 entities, 254 relations, restored nothing.',
    );
    await record.getByText(/^Undone .* by local$/).waitFor();
    await screenshot(page, 'cases-05-import-undone');
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();

    // The case is empty now: its size, its canvas (Valjean left it) and its search.
    await expect
      .poll(() => page.getByLabel('Case size').textContent(), { timeout: 15_000 })
      .toMatch(/^0 entities · 0 relations/);
    await expect.poll(async () => (await canvasInfo(page)).nodes.length).toBe(0);
    const search = page.getByRole('combobox', { name: 'Search entities' });
    await search.fill('Valjean');
    await page.getByText('No entity matches “Valjean”').waitFor({ timeout: 15_000 });
    await search.fill('');

    // Back to Kursk: the same size, the same graph to the byte.
    await page.getByRole('link', { name: 'All cases' }).click();
    await expect(entry('Les Misérables').textContent()).resolves.toMatch(/0 entities/);
    await entry(KURSK).getByRole('link', { name: KURSK }).click();
    await overviewDrawn(page);
    await expect(page.getByLabel('Case size').textContent()).resolves.toMatch(/49 entities · 88 relations/);
    expect(await kurskExport()).toBe(kurskBefore);
  });

  it('says so, naming it, when a case does not exist', async () => {
    await page.goto(`${server.url}/cases/nope`);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    await expect(alert.textContent()).resolves.toContain('There is no case “nope”');
    await screenshot(page, 'cases-06-not-found');
    await page.getByRole('link', { name: 'All cases' }).click();
    await entry(KURSK).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
