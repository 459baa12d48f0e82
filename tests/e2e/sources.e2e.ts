/**
 * Sources are first-class (issue 16, item 4), walked on the Kursk case in a real Chromium. The issue
 * measured that a source showed no URL or date, could not be clicked, and that nothing showed what a
 * source supports. Here: one click from a quote opens its source (title, publisher, date, a safe
 * link, every fact it supports, kept in the URL), a fact goes onto the canvas selected, and a path's
 * evidence is explained step by step and exported with every quote verbatim. Every expected value is
 * read from the API, not written here.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canvasInfo,
  launch,
  overviewDrawn,
  pickOption,
  RESULTS,
  screenshot,
  settle,
} from './support/browser.ts';
import { serverApi, startServer, type TestServer } from './support/server.ts';
import { decodeView } from '../../client/src/state/url-state.ts';

interface ApiSource {
  id: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  url: string | null;
  kind: string;
  supports: {
    quote: string;
    entity: { id: string; name: string } | null;
    relation: {
      id: string;
      type: string;
      from: { id: string; name: string };
      to: { id: string; name: string };
    } | null;
  }[];
}

interface ApiRelation {
  id: string;
  type: string;
  from: { id: string };
  to: { id: string };
  evidence: { quote: string; source: { title: string } }[];
}

const SOURCE_FIELDS = `id title publisher publishedAt url kind
  supports { quote entity { id name } relation { id type from { id name } to { id name } } }`;

let server: TestServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

const gql = <T>(query: string, variables?: Record<string, unknown>) =>
  serverApi(server).data<T>(query, variables);

async function source(id: string): Promise<ApiSource> {
  const data = await gql<{ case: { source: ApiSource | null } }>(
    `query ($id: ID!) { case(id: "kursk") { source(id: $id) { ${SOURCE_FIELDS} } } }`,
    { id },
  );
  if (!data.case.source) throw new Error(`no source ${id}`);
  return data.case.source;
}

/** Gives a source of the case a web address (the seed has none), through the API like any edit. */
async function setUrl(s: ApiSource, url: string): Promise<void> {
  await gql(`mutation ($input: SourceInput!) { upsertSource(case: "kursk", input: $input) { id } }`, {
    input: {
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      publishedAt: s.publishedAt,
      kind: s.kind,
      url,
    },
  });
}

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a source is one click from its evidence, and shows everything it supports', () => {
  let cited: ApiSource;
  let relation: NonNullable<ApiSource['supports'][number]['relation']>;

  it('opens the source of a relation’s quote with its title, publisher, date, link and every fact', async () => {
    // A source with a publisher and a date that supports a relation and an entity, given a web address.
    const all = await gql<{ case: { sources: ApiSource[] } }>(
      `{ case(id: "kursk") { sources { ${SOURCE_FIELDS} } } }`,
    );
    const candidate = all.case.sources.find(
      (s) =>
        s.publisher &&
        s.publishedAt &&
        s.supports.some((f) => f.relation) &&
        s.supports.some((f) => f.entity),
    );
    if (!candidate) throw new Error('the case has no dated, published source of a relation and an entity');
    await setUrl(candidate, `https://example.org/reports/${candidate.id}?lang=en&page=2`);
    cited = await source(candidate.id);
    const first = cited.supports.find((f) => f.relation)?.relation;
    if (!first || !cited.url) throw new Error('the source lost its relation or its address');
    relation = first;

    await page.goto(`${server.url}/cases/kursk`);
    await overviewDrawn(page);
    // Select the relation: its start entity from the search, then the relation in its details.
    const name = relation.from.name;
    await pickOption(page, 'Search entities', name, new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await page.getByRole('article', { name: `Details of ${relation.from.name}` }).waitFor();
    // A relation row is named by what it shows: the relation, the other end's type and name, its date.
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const label = new RegExp(
      `^${escape(relation.type.toLowerCase().replace(/_/g, ' '))} .*${escape(relation.to.name)}`,
    );
    await page.getByRole('button', { name: label }).first().click();
    const details = page.getByRole('article', { name: /^Relation / });
    await details.waitFor();

    await details.getByRole('button', { name: cited.title, exact: true }).first().click();
    const panel = page.getByRole('article', { name: `Source ${cited.title}` });
    await panel.waitFor();
    await expect(panel.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(cited.title);
    await expect(panel.locator('.source-publisher').textContent()).resolves.toBe(cited.publisher);
    await expect(panel.locator('.source-date').textContent()).resolves.toBe(cited.publishedAt);
    const link = panel.getByRole('link', { name: cited.url });
    await expect(link.getAttribute('href')).resolves.toBe(cited.url);
    await expect(link.getAttribute('target')).resolves.toBe('_blank');
    await expect(link.getAttribute('rel')).resolves.toBe('noopener noreferrer');
    await expect(panel.locator('.source-fact').count()).resolves.toBe(cited.supports.length);
    // Every fact with its quote, as the API lists them (the panel groups relations, then entities).
    const quotes = await panel.locator('.source-fact blockquote').allTextContents();
    expect(quotes.sort()).toEqual(cited.supports.map((f) => f.quote).sort());
    await screenshot(page, 'sources-01-source-panel');
  });

  it('puts a fact it supports on the canvas, selected, and Escape goes back to where it was opened', async () => {
    const panel = page.getByRole('article', { name: `Source ${cited.title}` });
    const relations = panel.getByRole('region', { name: 'Relations it supports' });
    await relations.locator('.source-fact button').first().click();
    await settle(page);
    const info = await canvasInfo(page);
    expect(info.selectedEdges).toEqual([relation.id]);
    expect(info.nodes).toEqual(expect.arrayContaining([relation.from.id, relation.to.id]));

    const entityFact = cited.supports.find((f) => f.entity)?.entity;
    if (!entityFact) throw new Error('the source lost its entity');
    await panel
      .getByRole('region', { name: 'Entities it supports' })
      .locator('.source-fact button')
      .first()
      .click();
    await settle(page);
    const after = await canvasInfo(page);
    expect(after.selectedNodes).toEqual([entityFact.id]);
    expect(after.selectedEdges).toEqual([]);

    // The source is still open (a fact is shown, not opened instead), and Escape closes it.
    await expect(panel.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    await page.getByRole('article', { name: /^Relation / }).waitFor();
  });

  it('keeps the open source in the URL: a reload opens it again, and × closes it', async () => {
    const details = page.getByRole('article', { name: /^Relation / });
    await details.getByRole('button', { name: cited.title, exact: true }).first().click();
    const panel = page.getByRole('article', { name: `Source ${cited.title}` });
    await panel.waitFor();
    await expect
      .poll(async () => (await decodeView(await page.evaluate(() => window.location.hash)))?.source)
      .toBe(cited.id);
    await page.reload();
    await panel.waitFor();
    await settle(page);
    await page.getByRole('button', { name: 'Close source' }).click();
    await expect.poll(() => panel.count()).toBe(0);
    await expect
      .poll(async () => (await decodeView(await page.evaluate(() => window.location.hash)))?.source)
      .toBeNull();
  });

  it('opens a source from the case’s list of sources, and never links a hostile address', async () => {
    const all = await gql<{ case: { sources: ApiSource[] } }>(
      `{ case(id: "kursk") { sources { ${SOURCE_FIELDS} } } }`,
    );
    const other = all.case.sources.find((s) => s.id !== cited.id);
    if (!other) throw new Error('the case has one source only');
    await setUrl(other, 'javascript:alert(document.domain)');
    const planted = await source(other.id);
    expect(planted.url).toBe('javascript:alert(document.domain)');

    const overview = page.getByRole('article', { name: 'Case overview' });
    await overview.getByRole('button', { name: planted.title, exact: true }).click();
    const panel = page.getByRole('article', { name: `Source ${planted.title}` });
    await panel.waitFor();
    await expect(panel.locator('.source-url').textContent()).resolves.toBe(planted.url);
    await expect(page.locator('a[href^="javascript"]').count()).resolves.toBe(0);
    await expect(panel.locator('.source-fact').count()).resolves.toBe(planted.supports.length);
    await page.getByRole('button', { name: 'Close source' }).click();
    await overview.waitFor();

    // The filter list names the sources too, and opens them the same way.
    await page.getByRole('tab', { name: 'Filters' }).click();
    await page.getByRole('button', { name: `Open source ${cited.title}`, exact: true }).click();
    await page.getByRole('article', { name: `Source ${cited.title}` }).waitFor();
    await page.getByRole('button', { name: 'Close source' }).click();
    await overview.waitFor();
  });
});

describe('why two entities are connected: a path’s evidence, step by step, exported', () => {
  it('lists every relation of the path in order with its quotes, and exports them with their sources', async () => {
    await page.getByRole('tab', { name: 'Paths' }).click();
    await pickOption(page, 'Path start', 'Kim Jong', /Kim Jong Un/);
    await pickOption(page, 'Path end', 'Kursk reg', /Kursk Region/);
    await page.getByRole('button', { name: 'Shortest path' }).click();
    await settle(page);
    const card = await page.evaluate(
      () => window.__redstring?.store.getState().pathResults?.paths[0] ?? null,
    );
    if (!card) throw new Error('no path was found');
    const ids = card.steps.flatMap((options) => options.map((s) => s.relation));
    expect(ids.length).toBeGreaterThan(1);

    const relations: ApiRelation[] = [];
    for (const id of ids) {
      const data = await gql<{ case: { relation: ApiRelation | null } }>(
        `query ($id: ID!) { case(id: "kursk") { relation(id: $id) {
          id type from { id } to { id } evidence { quote source { title } } } } }`,
        { id },
      );
      if (!data.case.relation) throw new Error(`no relation ${id}`);
      relations.push(data.case.relation);
    }

    await page.getByRole('button', { name: /^Why connected\? Path #1\b/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Why connected' });
    await dialog.waitFor();
    const shown = dialog.locator('.why-relation');
    await expect.poll(() => shown.count()).toBe(relations.length);
    const steps = dialog.locator('.why-step');
    for (const [i, r] of relations.entries()) {
      const section = shown.nth(i);
      await expect(section.getAttribute('data-relation')).resolves.toBe(r.id);
      await expect(section.locator('blockquote').allTextContents()).resolves.toEqual(
        r.evidence.map((e) => e.quote),
      );
      // Each step reads the way the path walks it, with the relation's direction.
      const arrow = r.from.id === card.entities[i] ? `—${r.type}→` : `←${r.type}—`;
      await expect(steps.nth(i).locator('h3').textContent()).resolves.toContain(arrow);
    }
    await screenshot(page, 'sources-02-why-connected');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download Markdown' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.md$/);
    const file = join(RESULTS, download.suggestedFilename());
    await download.saveAs(file);
    const markdown = await readFile(file, 'utf8');
    await dialog.getByRole('button', { name: 'Copy as text' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    for (const text of [markdown, copied])
      for (const r of relations)
        for (const e of r.evidence) {
          expect(text).toContain(e.quote);
          expect(text).toContain(e.source.title);
        }

    // Escape closes the explanation and keeps the path highlighted.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    const highlight = await page.evaluate(() => window.__redstring?.store.getState().highlight ?? null);
    expect(highlight?.relations).toEqual(card.relations);

    // A quote's source is one click away here too: the dialog makes way for the source panel.
    await page.getByRole('button', { name: /^Why connected\? Path #1\b/ }).click();
    await dialog.waitFor();
    const title = relations[0]?.evidence[0]?.source.title ?? '';
    await dialog.getByRole('button', { name: title, exact: true }).first().click();
    await page.getByRole('article', { name: `Source ${title}` }).waitFor();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
