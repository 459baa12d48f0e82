/**
 * The explorer as a new investigator uses it, in a real headless Chromium against the real server on
 * the embedded store seeded with the Kursk case. One page, one story: each step builds on the last.
 * Assertions read the canvas through `window.__redstring` (ids, selection, highlight), not only pixels.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
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
import { REPO, serverApi, startServer, type TestServer } from './support/server.ts';

interface CaseFile {
  sources: { id: string; title: string; publisher?: string }[];
  relations: {
    id: string;
    from: string;
    to: string;
    date?: string;
    evidence: { source: string; quote: string }[];
  }[];
}

let server: TestServer;
let browser: Browser;
let page: Page;
let caseFile: CaseFile;
let article: string;
const pageErrors: string[] = [];

const normalise = (text: string) => text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');

beforeAll(async () => {
  caseFile = JSON.parse(await readFile(join(REPO, 'server/seed/kursk-case.json'), 'utf8')) as CaseFile;
  article = normalise(await readFile(join(REPO, 'server/seed/kursk-article.txt'), 'utf8'));
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

async function nodeScreenPosition(id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nodeId) => {
    const cy = window.__redstring?.cy;
    if (!cy) throw new Error('no canvas');
    const node = cy.getElementById(nodeId);
    const rect = cy.container()?.getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: (rect?.left ?? 0) + p.x, y: (rect?.top ?? 0) + p.y };
  }, id);
}

const pick = (comboboxName: string, text: string, optionName: RegExp) =>
  pickOption(page, comboboxName, text, optionName);

describe('the explorer in a real browser', () => {
  it('opens the whole case, since it fits on the canvas, not an empty page', async () => {
    await page.goto(`${server.url}/cases/kursk`);
    await overviewDrawn(page);
    const info = await canvasInfo(page);
    const { counts } = (
      await serverApi(server).data<{ case: { counts: { entities: number; relations: number } } }>(
        '{ case(id: "kursk") { counts { entities relations } } }',
      )
    ).case;
    expect([info.nodes.length, info.edges.length]).toEqual([counts.entities, counts.relations]);
    expect(info.nodes).toContain('north-korea');
    expect(info.renderer).toBe('canvas');
    await expect(page.getByRole('region', { name: 'Legend' }).isVisible()).resolves.toBe(true);
    await expect(
      page.getByText('49 entities · 88 relations', { exact: false }).first().isVisible(),
    ).resolves.toBe(true);
    // The top bar names the open case and leads back to all of them.
    await expect(
      page.getByRole('heading', { name: 'North Korean forces in Kursk' }).isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'All cases' }).getAttribute('href')).resolves.toBe('/');
    await screenshot(page, '01-overview');
  });

  it('takes the README screenshot: the whole case with the details panel open', async () => {
    const shot = await page.context().newPage();
    const shotErrors: string[] = [];
    shot.on('pageerror', (error) => shotErrors.push(error.message));
    shot.on('console', (message) => {
      if (message.type() === 'error') shotErrors.push(message.text());
    });
    await shot.goto(`${server.url}/cases/kursk`);
    await overviewDrawn(shot);
    await shot.evaluate(() =>
      window.__redstring?.store.getState().setFocus({ kind: 'entity', id: 'kim-jong-un' }),
    );
    await shot.evaluate(() => window.__redstring?.store.getState().select(['kim-jong-un']));
    await shot.getByRole('article', { name: 'Details of Kim Jong Un' }).waitFor();
    await settle(shot);

    // What the picture is for: the case overview on the canvas, Kim Jong Un picked, his details, the
    // legend and the side panel beside it, and nothing gone wrong on the way.
    const info = await canvasInfo(shot);
    expect(info.nodes.length).toBe(49);
    expect(info.edges.length).toBe(88);
    expect(info.visibleNodes).toContain('kim-jong-un');
    expect(info.selectedNodes).toEqual(['kim-jong-un']);
    await expect(shot.getByRole('article', { name: 'Details of Kim Jong Un' }).isVisible()).resolves.toBe(
      true,
    );
    await expect(shot.getByRole('region', { name: 'Legend' }).isVisible()).resolves.toBe(true);
    await expect(shot.getByRole('navigation', { name: 'Filters and paths' }).isVisible()).resolves.toBe(true);
    // Every node the overview drew is inside the view.
    const inView = await shot.evaluate(() => {
      const cy = window.__redstring?.cy;
      if (!cy) return false;
      const ext = cy.extent();
      const bb = cy.nodes(':visible').boundingBox({ includeLabels: false });
      return bb.x1 >= ext.x1 && bb.x2 <= ext.x2 && bb.y1 >= ext.y1 && bb.y2 <= ext.y2;
    });
    expect(inView).toBe(true);

    const path = await screenshot(shot, 'readme');
    const png = PNG.sync.read(await readFile(path));
    expect([png.width, png.height]).toEqual([1280, 800]);
    expect(shotErrors).toEqual([]);
    if (process.env.REDSTRING_UPDATE_SCREENSHOT === '1')
      await writeFile(join(REPO, 'docs/screenshot.png'), await readFile(path));
    await shot.close();
  });

  it('searches "Shoigu", shows the matching alias, and puts him on a cleared canvas', async () => {
    await page.getByRole('button', { name: 'Clear canvas' }).click();
    await expect.poll(async () => (await canvasInfo(page)).nodes.length).toBe(0);
    await expect(page.getByRole('heading', { name: 'The canvas is empty' }).isVisible()).resolves.toBe(true);

    await page.keyboard.press('/');
    const search = page.getByRole('combobox', { name: 'Search entities' });
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Shoigu');
    const option = page.getByRole('option', { name: /Sergei Shoigu/ });
    await option.waitFor();
    await expect(option.textContent()).resolves.toContain('alias “Shoigu”');
    await screenshot(page, '02-search');
    await page.keyboard.press('Enter');
    await settle(page);
    const info = await canvasInfo(page);
    expect(info.nodes).toEqual(['sergei-shoigu']);
    expect(info.selectedNodes).toEqual(['sergei-shoigu']);
    await page.getByRole('article', { name: 'Details of Sergei Shoigu' }).waitFor();
  });

  it('expands him with a double-click, and undo/redo take the expansion back and forth', async () => {
    const at = await nodeScreenPosition('sergei-shoigu');
    await page.mouse.dblclick(at.x, at.y);
    await expect
      .poll(async () => (await canvasInfo(page)).nodes.length, { timeout: 15_000 })
      .toBeGreaterThan(1);
    await settle(page);
    const neighbours = caseFile.relations
      .filter((r) => r.from === 'sergei-shoigu' || r.to === 'sergei-shoigu')
      .map((r) => (r.from === 'sergei-shoigu' ? r.to : r.from));
    const info = await canvasInfo(page);
    for (const id of neighbours) expect(info.nodes).toContain(id);
    expect(info.edges).toContain('sergei-shoigu.visited.pyongyang');

    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await canvasInfo(page)).nodes).toEqual(['sergei-shoigu']);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => (await canvasInfo(page)).nodes.length).toBe(info.nodes.length);
    await settle(page);
    await screenshot(page, '03-expanded');
  });

  it('opens a relation and reads its quote from the article, with the source', async () => {
    const relation = caseFile.relations.find((r) => r.id === 'sergei-shoigu.visited.pyongyang');
    const evidence = relation?.evidence[0];
    const source = caseFile.sources.find((s) => s.id === evidence?.source);
    if (!evidence || !source) throw new Error('the case no longer has the relation this test reads');
    expect(article).toContain(normalise(evidence.quote));

    await page.getByRole('button', { name: 'visited Pyongyang' }).click();
    const details = page.getByRole('article', { name: 'Relation visited' });
    await details.waitFor();
    const quote = details.locator('blockquote').first();
    await expect(quote.textContent()).resolves.toBe(evidence.quote);
    await expect(details.getByText(source.title).first().isVisible()).resolves.toBe(true);
    if (source.publisher) await expect(details.textContent()).resolves.toContain(source.publisher);
    expect((await canvasInfo(page)).selectedEdges).toEqual(['sergei-shoigu.visited.pyongyang']);
    await screenshot(page, '04-relation-evidence');
  });

  it('selects several entities (Shift+click), expands them together (E), hides (H) and removes (Delete) them', async () => {
    const before = await canvasInfo(page);
    const a = await nodeScreenPosition('shoigu-pyongyang-visit');
    const b = await nodeScreenPosition('russian-security-council');
    await page.mouse.click(a.x, a.y);
    await page.keyboard.down('Shift');
    await page.mouse.click(b.x, b.y);
    await page.keyboard.up('Shift');
    await expect
      .poll(async () => [...(await canvasInfo(page)).selectedNodes].sort())
      .toEqual(['russian-security-council', 'shoigu-pyongyang-visit']);

    await page.keyboard.press('e');
    await expect
      .poll(async () => (await canvasInfo(page)).nodes.length, { timeout: 15_000 })
      .toBeGreaterThan(before.nodes.length);
    await settle(page);
    const expanded = await canvasInfo(page);
    // Both were expanded: the visit brings in Putin, who directed it; the Security Council brings Russia.
    expect(before.nodes).not.toContain('vladimir-putin');
    expect(before.nodes).not.toContain('russia');
    expect(expanded.nodes).toContain('vladimir-putin');
    expect(expanded.nodes).toContain('russia');

    await page.keyboard.press('h');
    await expect
      .poll(async () => (await canvasInfo(page)).visibleNodes)
      .not.toContain('shoigu-pyongyang-visit');
    expect((await canvasInfo(page)).nodes).toContain('shoigu-pyongyang-visit');
    await page.getByRole('button', { name: /Show 2 hidden/ }).click();
    await expect.poll(async () => (await canvasInfo(page)).visibleNodes).toContain('shoigu-pyongyang-visit');

    await page.evaluate(() =>
      window.__redstring?.store.getState().select(['shoigu-pyongyang-visit', 'russian-security-council']),
    );
    await page.locator('body').press('Delete');
    await expect.poll(async () => (await canvasInfo(page)).nodes).not.toContain('shoigu-pyongyang-visit');
    expect((await canvasInfo(page)).nodes).not.toContain('russian-security-council');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await canvasInfo(page)).nodes).toContain('shoigu-pyongyang-visit');
    await settle(page);
  });

  it('finds the shortest path from Kim Jong Un to the Kursk region and highlights it', async () => {
    await page.getByRole('tab', { name: 'Paths' }).click();
    await pick('Path start', 'Kim Jong', /Kim Jong Un/);
    await pick('Path end', 'Kursk reg', /Kursk Region/);
    await page.getByRole('button', { name: 'Shortest path' }).click();
    await settle(page);
    const highlight = await page.evaluate(() => window.__redstring?.store.getState().highlight ?? null);
    expect(highlight).not.toBeNull();
    const entities = highlight?.entities ?? [];
    expect(entities[0]).toBe('kim-jong-un');
    expect(entities[entities.length - 1]).toBe('kursk-region');
    const info = await canvasInfo(page);
    expect([...info.pathNodes].sort()).toEqual([...entities].sort());
    expect([...info.pathEdges].sort()).toEqual([...(highlight?.relations ?? [])].sort());
    expect(info.pathEdges.length).toBe(entities.length - 1);
    await expect(page.getByRole('status').filter({ hasText: 'path' }).first().isVisible()).resolves.toBe(
      true,
    );
    await screenshot(page, '05-shortest-path');

    await page.getByRole('button', { name: /All paths/ }).click();
    await settle(page);
    const results = page.getByRole('region', { name: 'Path results' }).getByRole('button');
    expect(await results.count()).toBeGreaterThan(1);
    const paths = await page.evaluate(() => window.__redstring?.store.getState().pathResults?.paths ?? []);
    for (const p of paths) {
      expect(p.length).toBeLessThanOrEqual(4);
      expect(p.entities[0]).toBe('kim-jong-un');
      expect(p.entities[p.entities.length - 1]).toBe('kursk-region');
    }
    await page.keyboard.press('Escape');
  });

  it('expands by one relation type from the context menu', async () => {
    // The path search framed the path; bring the whole canvas back into view first.
    await page.locator('body').click({ position: { x: 5, y: 790 } });
    await page.keyboard.press('f');
    // The fit animates: the node is where it ends up once the canvas has settled.
    await settle(page);
    const at = await nodeScreenPosition('north-korea');
    await page.mouse.click(at.x, at.y, { button: 'right' });
    const menu = page.getByRole('menu', { name: /Actions for North Korea/ });
    await menu.waitFor();
    const violates = menu
      .getByRole('group', { name: 'Expand by relation type' })
      .getByRole('menuitem', { name: /violates/ });
    await violates.waitFor();
    await expect(violates.textContent()).resolves.toMatch(/violates.*outgoing.*1/);
    const before = await canvasInfo(page);
    expect(before.nodes).not.toContain('un-resolution-2017-north-korean-workers');
    await violates.click();
    await settle(page);
    const after = await canvasInfo(page);
    expect(after.nodes).toContain('un-resolution-2017-north-korean-workers');
    expect(after.edges).toContain('north-korea.violates.un-resolution-2017-north-korean-workers');
    // Only that relation type was followed.
    expect(after.nodes.length).toBe(before.nodes.length + 1);
  });

  it('moves the date window to 2022 and later relations disappear from the canvas', async () => {
    await page.getByRole('tab', { name: 'Filters' }).click();
    const later = caseFile.relations
      .filter((r) => r.date && Number(r.date.slice(0, 4)) > 2022)
      .map((r) => r.id);
    const before = await canvasInfo(page);
    const laterShown = before.visibleEdges.filter((id) => later.includes(id));
    expect(laterShown.length).toBeGreaterThan(0);

    const end = page.getByRole('slider', { name: 'Date window end' });
    await end.focus();
    for (let i = 0; i < 20 && (await end.getAttribute('aria-valuetext')) !== '2022'; i++)
      await page.keyboard.press('ArrowLeft');
    await expect(end.getAttribute('aria-valuetext')).resolves.toBe('2022');
    await settle(page);

    const after = await canvasInfo(page);
    for (const id of later) expect(after.visibleEdges).not.toContain(id);
    // Undated relations stay (Keep undated relations is on) and nothing was removed from the canvas.
    expect(after.visibleEdges.length).toBeGreaterThan(0);
    expect(after.edges.length).toBe(before.edges.length);
    await expect(page.evaluate(() => window.__redstring?.store.getState().filters.dateTo)).resolves.toBe(
      '2022',
    );
    await screenshot(page, '06-date-window-2022');

    await page.getByRole('button', { name: 'Clear' }).first().click();
    await expect
      .poll(async () => (await canvasInfo(page)).visibleEdges.length)
      .toBe(before.visibleEdges.length);
  });

  it('shows the timeline and selects a dated relation on the canvas from it', async () => {
    await page.getByRole('tab', { name: /Timeline/ }).click();
    const item = page
      .getByRole('list', { name: 'Timeline' })
      .getByRole('button', { name: /admitted/ })
      .first();
    await item.waitFor();
    await item.click();
    await settle(page);
    expect((await canvasInfo(page)).selectedEdges).toContain('kim-jong-un.admitted.north-korean-troops');
    await screenshot(page, '07-timeline');
  });

  it('runs a GraphQL query in the console and draws its result', async () => {
    await page.getByRole('tab', { name: /GraphQL console/ }).click();
    const editor = page.getByRole('textbox', { name: 'GraphQL query' });
    await editor.waitFor({ timeout: 20_000 });
    await editor.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(
      // $case is the open case: the console fills it in.
      [
        'query ($case: ID!) {',
        '  case(id: $case) {',
        '    neighborhood(ids: ["north-korean-students"]) {',
        '      entities { id type name }',
        '      relations { id type from { id } to { id } }',
        '    }',
        '  }',
        '}',
      ].join('\n'),
    );
    await page.getByRole('button', { name: 'Run query' }).click();
    const message = page.locator('.console-message');
    await message.waitFor();
    await expect(message.textContent()).resolves.toMatch(/Drew \d+ entities and \d+ relations/);
    await settle(page);
    const neighbours = caseFile.relations
      .filter((r) => r.from === 'north-korean-students' || r.to === 'north-korean-students')
      .map((r) => (r.from === 'north-korean-students' ? r.to : r.from));
    const info = await canvasInfo(page);
    for (const id of ['north-korean-students', ...neighbours]) expect(info.nodes).toContain(id);
    expect(info.selectedNodes).toContain('north-korean-students');
    await screenshot(page, '08-console');
    await page.getByRole('button', { name: 'Close drawer' }).click();
  });

  it('exports a PNG that is a real picture of the canvas', async () => {
    await page.getByRole('button', { name: /Export/ }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Picture (PNG)' }).click(),
    ]);
    const file = join(RESULTS, 'export.png');
    await download.saveAs(file);
    const bytes = await readFile(file);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const png = PNG.sync.read(bytes);
    expect(png.width).toBeGreaterThan(300);
    expect(png.height).toBeGreaterThan(200);
    // Count pixels that are not the canvas background (#f7f8fa): nodes, edges and labels.
    let ink = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b] = [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
      if (Math.abs(r - 0xf7) + Math.abs(g - 0xf8) + Math.abs(b - 0xfa) > 40) ink++;
    }
    expect(ink / (png.width * png.height)).toBeGreaterThan(0.01);
  });

  it('exports the graph data of the canvas as GraphML', async () => {
    await page.getByRole('button', { name: /Export/ }).click();
    const graphml = page.getByRole('menuitem', { name: /GraphML/ });
    await graphml.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), graphml.click()]);
    expect(download.suggestedFilename()).toMatch(/\.graphml$/);
    const file = join(RESULTS, download.suggestedFilename());
    await download.saveAs(file);
    const text = await readFile(file, 'utf8');
    expect(text).toContain('<graphml');
    expect(text).toContain('sergei-shoigu');
    // Only the canvas: an entity of the case that is not on it is not in the file.
    const info = await canvasInfo(page);
    expect(info.nodes).not.toContain('marat-khusnullin');
    expect(text).not.toContain('marat-khusnullin');
  });

  it('imports a file: a dry run reports the changes, the import makes them searchable', async () => {
    const sample = {
      sources: [
        { id: 'e2e-note', title: 'End-to-end test note', publisher: 'Redstring tests', kind: 'report' },
      ],
      entities: [
        {
          id: 'e2e-reconstruction-holding',
          type: 'Company',
          name: 'Kursk Reconstruction Holding',
          aliases: ['KRH'],
        },
      ],
      relations: [
        {
          id: 'e2e-reconstruction-holding.located-in.kursk-region',
          type: 'LOCATED_IN',
          from: 'e2e-reconstruction-holding',
          to: 'kursk-region',
          evidence: [{ source: 'e2e-note', quote: 'A made-up company for the browser test.' }],
        },
      ],
    };
    const file = join(RESULTS, 'import-sample.json');
    await writeFile(file, JSON.stringify(sample, null, 2));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a file' });
    await dialog.waitFor();
    await dialog.getByLabel('File to import').setInputFiles(file);
    await dialog.getByRole('button', { name: 'Check' }).click();
    const report = dialog.getByRole('region', { name: 'What the import would change' });
    await report.waitFor();
    await expect(report.getByRole('row', { name: /Entities/ }).textContent()).resolves.toMatch(
      /Entities\s*1/,
    );
    await screenshot(page, '09-import-dry-run');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.getByRole('region', { name: 'What the import changed' }).waitFor();
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();

    await page.getByRole('combobox', { name: 'Search entities' }).fill('KRH');
    const option = page.getByRole('option', { name: /Kursk Reconstruction Holding/ });
    await option.waitFor();
    await expect(option.textContent()).resolves.toContain('alias “KRH”');
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Search entities' }).fill('');
  });

  it('keeps the view in the URL: a link reopens the same canvas', async () => {
    await page.waitForTimeout(600);
    const url = page.url();
    expect(url).toContain('#view=');
    const before = await canvasInfo(page);
    const second = await page.context().newPage();
    await second.goto(url);
    await second.waitForFunction(
      (n) => (window.__redstring?.cy?.nodes().length ?? 0) === n,
      before.nodes.length,
      {
        timeout: 20_000,
      },
    );
    await settle(second);
    const after = await canvasInfo(second);
    expect([...after.nodes].sort()).toEqual([...before.nodes].sort());
    const drift = await second.evaluate(() => {
      const cy = window.__redstring?.cy;
      const doc = window.__redstring?.store.getState().doc;
      if (!cy || !doc) return Number.POSITIVE_INFINITY;
      let worst = 0;
      cy.nodes().forEach((n) => {
        const p = doc.positions[n.id()];
        if (p) worst = Math.max(worst, Math.abs(p.x - n.position('x')), Math.abs(p.y - n.position('y')));
      });
      return worst;
    });
    expect(drift).toBeLessThan(2);
    await second.close();
  });

  it('answers the keyboard: ? opens the help, Escape closes it, F fits the canvas', async () => {
    await page.locator('body').click({ position: { x: 5, y: 790 } });
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => help.isVisible()).toBe(false);

    const allInView = () =>
      page.evaluate(() => {
        const cy = window.__redstring?.cy;
        if (!cy) return false;
        const ext = cy.extent();
        const bb = cy.elements(':visible').boundingBox();
        return bb.x1 >= ext.x1 && bb.x2 <= ext.x2 && bb.y1 >= ext.y1 && bb.y2 <= ext.y2;
      });
    await page.evaluate(() => window.__redstring?.cy?.zoom(3));
    expect(await allInView()).toBe(false);
    await page.keyboard.press('f');
    await expect.poll(allInView, { timeout: 5000 }).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
