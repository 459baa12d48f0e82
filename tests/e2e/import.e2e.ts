/**
 * The import dialog in a real browser: the file is uploaded (multipart) to a job whose progress
 * the dialog shows; stopping it writes nothing; a file that imports shows its report.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, RESULTS, screenshot } from './support/browser.ts';
import { startServer, type TestServer } from './support/server.ts';

let server: TestServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${server.url}/cases/kursk`);
  await mkdir(RESULTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function relationCount(): Promise<number> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ case(id: "kursk") { summary { relationCount } } }' }),
  });
  type Answer = { data: { case: { summary: { relationCount: number } } } };
  return ((await response.json()) as Answer).data.case.summary.relationCount;
}

async function openDialog() {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a file' });
  await dialog.waitFor();
  return dialog;
}

describe('the import dialog', () => {
  it('uploads a large file, shows the job progress, and stopping it writes nothing', async () => {
    // Relations among the case's own entities (placeholders for the rest): enough to run a while.
    const lines = ['id,from,to,type'];
    for (let i = 0; i < 120_000; i++) lines.push(`e2e-bulk-${i},e2e-person-${i % 5000},kursk-region,MET`);
    const file = join(RESULTS, 'import-large-relations.csv');
    await writeFile(file, `${lines.join('\n')}\n`);
    const before = await relationCount();

    const dialog = await openDialog();
    await dialog.getByLabel('File to import').setInputFiles(file);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    const progress = dialog.getByRole('region', { name: 'Import progress' });
    await progress.waitFor();
    await expect(progress.getByRole('progressbar', { name: 'Bytes read' }).isVisible()).resolves.toBe(true);
    // The job reports its progress as it reads: the bar moves past the start.
    await progress.getByText(/[1-9]\d*% read/).waitFor({ timeout: 60_000 });
    await screenshot(page, 'import-progress');
    await dialog.getByRole('button', { name: 'Stop import' }).click();
    const alert = dialog.getByRole('alert');
    await alert.waitFor({ timeout: 60_000 });
    await expect(alert.textContent()).resolves.toContain('cancelled; nothing was written');
    expect(await relationCount()).toBe(before);
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  }, 120_000);

  it('imports a file and shows what changed', async () => {
    const file = join(RESULTS, 'import-small.csv');
    await writeFile(file, 'id,from,to,type\ne2e-small-1,kursk-region,e2e-small-place,NEAR\n');
    const before = await relationCount();
    const dialog = await openDialog();
    await dialog.getByLabel('File to import').setInputFiles(file);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    const report = dialog.getByRole('region', { name: 'What the import changed' });
    await report.waitFor({ timeout: 60_000 });
    await expect(report.getByRole('row', { name: /Relations/ }).textContent()).resolves.toMatch(
      /Relations\s*1/,
    );
    expect(await relationCount()).toBe(before + 1);
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
