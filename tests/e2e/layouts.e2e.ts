/**
 * Layouts in a real browser. A real Gephi file (Les Misérables, GEXF with viz positions, colours and
 * sizes) imported into a new case opens on the file's own picture: every node where the file drew it,
 * up to one uniform scale and shift, the right way up (Gephi's y points up), in the file's colour. "Concentric (by degree)" on the Kursk
 * overview draws rings, not a cross, with no two node labels on top of each other. Reloading a view
 * (its link, or the case's last view) draws every node where it was, again and again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, overviewDrawn, screenshot, settle } from './support/browser.ts';
import { REPO, serverApi, startServer, type TestServer } from './support/server.ts';

/** Knuth's Les Misérables co-appearance graph, 77 characters, as cases.e2e.ts takes it. */
const SHARED_GEXF = join(REPO, '../shared/data/gexf/les_miserables.gexf');
const GEXF = existsSync(SHARED_GEXF) ? SHARED_GEXF : join(REPO, 'tests/fixtures/formats/les_miserables.gexf');
const CASE = 'les-miserables';

let server: TestServer;
let browser: Browser;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const gql = <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> =>
  serverApi(server).data<T>(query, variables);

interface FileNode {
  id: string;
  name: string;
  x: number;
  y: number;
  color: string;
}

/**
 * Each node's `viz:position` y as the file writes it, by node id: read from the file itself, not
 * from what the import made of it, so that the picture is checked against Gephi's.
 */
function gephiYs(): Map<string, number> {
  const ys = new Map<string, number>();
  for (const m of readFileSync(GEXF, 'utf8').matchAll(
    /<node id="([^"]+)"[\s\S]*?<viz:position[^>]*\sy="([^"]+)"/g,
  ))
    ys.set(m[1]!, Number(m[2]));
  return ys;
}

/**
 * Every entity of the case with the position and colour its file gave, in screen terms: Gephi's y
 * points up, a screen's down, so the picture Gephi shows has each y flipped.
 */
async function fileNodes(): Promise<FileNode[]> {
  const ys = gephiYs();
  const data = await gql<{
    case: {
      entities: { edges: { node: { id: string; name: string; properties: Record<string, unknown> } }[] };
    };
  }>(`{ case(id: "${CASE}") { entities(first: 500) { edges { node { id name properties } } } } }`);
  return data.case.entities.edges.map(({ node }) => ({
    id: node.id,
    name: node.name,
    x: Number(node.properties.vizX),
    y: -(ys.get(node.id) ?? Number.NaN),
    color: String(node.properties.vizColor),
  }));
}

async function openPage(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${server.url}${path}`);
  await overviewDrawn(page);
  return page;
}

/** Model positions and drawn colours of the nodes on the canvas. */
async function drawnNodes(page: Page): Promise<Record<string, { x: number; y: number; color: string }>> {
  return page.evaluate(() => {
    const cy = window.__redstring?.cy;
    if (!cy) throw new Error('no canvas');
    const out: Record<string, { x: number; y: number; color: string }> = {};
    cy.nodes(':visible').forEach((n) => {
      out[n.id()] = { ...n.position(), color: String(n.style('background-color')) };
    });
    return out;
  });
}

/** `rgb(216,72,45)` and `rgb(216, 72, 45)` alike. */
const compact = (color: string) => color.replace(/\s+/g, '');

describe('positions, colours and sizes from the file', () => {
  let page: Page;
  let nodes: FileNode[] = [];

  it('imports Les Misérables (GEXF with viz data) into a new case', async () => {
    await gql(`mutation { createCase(input: { id: "${CASE}", name: "Les Misérables" }) { id } }`);
    const imported = await gql<{ importFile: { entities: { created: number } } }>(
      `mutation ($content: String!) { importFile(case: "${CASE}", format: GEXF, fileName: "les_miserables.gexf", content: $content) { entities { created } } }`,
      { content: readFileSync(GEXF, 'utf8') },
    );
    expect(imported.importFile.entities.created).toBe(77);
    nodes = await fileNodes();
    expect(nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
  });

  it('opens the case on the file picture, "As in the file", with the file colours', async () => {
    page = await openPage(`/cases/${CASE}`);
    await expect(page.getByRole('combobox', { name: 'Layout' }).inputValue()).resolves.toBe('file');
    const drawn = await drawnNodes(page);
    const onCanvas = nodes.filter((n) => drawn[n.id]);
    expect(onCanvas.length).toBeGreaterThanOrEqual(10);
    expectSamePicture(onCanvas, drawn);
    for (const n of onCanvas) expect(compact(drawn[n.id]!.color)).toBe(compact(n.color));
    await screenshot(page, 'layouts-01-file-overview');
  });

  it('draws the whole case where the file drew it, and again after another layout', async () => {
    await page.evaluate(
      (ids) => window.__redstring?.explorer.reveal(ids, []),
      nodes.map((n) => n.id),
    );
    await settle(page);
    // Something else first, so that the file picture has to come back from elsewhere.
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('grid');
    await settle(page);
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('file');
    await settle(page);
    const drawn = await drawnNodes(page);
    expect(Object.keys(drawn)).toHaveLength(77);
    expectSamePicture(nodes, drawn);
    for (const n of nodes) expect(compact(drawn[n.id]!.color)).toBe(compact(n.color));
    // Valjean, the hub, is drawn larger than a leaf (the file's viz:size).
    const sizes = await page.evaluate(() => {
      const cy = window.__redstring?.cy;
      const name = (label: string) =>
        cy
          ?.nodes()
          .filter((n) => n.data('label') === label)
          .first();
      return [name('Valjean')?.width() ?? 0, name('Napoleon')?.width() ?? 0];
    });
    expect(sizes[0]).toBeGreaterThan(sizes[1]!);
    await screenshot(page, 'layouts-02-file-whole-case');
    expect(pageErrors).toEqual([]);
  });
});

/**
 * The drawn positions are the file's up to one uniform scale and a shift: fitted on the two nodes
 * farthest apart in the file, every other node lands within a pixel of where that puts it, and the
 * order of x and of y between any two nodes is the file's.
 */
function expectSamePicture(file: readonly FileNode[], drawn: Record<string, { x: number; y: number }>): void {
  let a = file[0]!;
  let b = file[1]!;
  for (const p of file)
    for (const q of file)
      if (Math.hypot(p.x - q.x, p.y - q.y) > Math.hypot(a.x - b.x, a.y - b.y)) [a, b] = [p, q];
  const da = drawn[a.id]!;
  const db = drawn[b.id]!;
  const scale = Math.hypot(da.x - db.x, da.y - db.y) / Math.hypot(a.x - b.x, a.y - b.y);
  expect(scale).toBeGreaterThan(0);
  for (const n of file) {
    const d = drawn[n.id]!;
    expect(Math.abs(d.x - (da.x + (n.x - a.x) * scale))).toBeLessThan(1);
    expect(Math.abs(d.y - (da.y + (n.y - a.y) * scale))).toBeLessThan(1);
  }
  for (const p of file)
    for (const q of file) {
      if (p.x < q.x - 1e-6) expect(drawn[p.id]!.x).toBeLessThan(drawn[q.id]!.x);
      if (p.y < q.y - 1e-6) expect(drawn[p.id]!.y).toBeLessThan(drawn[q.id]!.y);
    }
}

describe('concentric (by degree)', () => {
  it('puts the Kursk overview on rings, with no two labels overlapping and no cross', async () => {
    const page = await openPage('/cases/kursk');
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('concentric');
    await settle(page);
    const { boxes, centre, points } = await page.evaluate(() => {
      const cy = window.__redstring?.cy;
      if (!cy) throw new Error('no canvas');
      const visible = cy.nodes(':visible');
      return {
        boxes: visible.map((n) => {
          const bb = n.renderedBoundingBox({ includeLabels: true, includeOverlays: false });
          return { id: n.id(), x1: bb.x1, x2: bb.x2, y1: bb.y1, y2: bb.y2 };
        }),
        // Cytoscape's concentric layout centres its rings on the middle of the canvas, in model units.
        centre: { x: cy.width() / 2, y: cy.height() / 2 },
        points: visible.map((n) => ({ ...n.position(), degree: Number(n.data('degree')) })),
      };
    });
    expect(boxes.length).toBeGreaterThanOrEqual(10);

    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const p = boxes[i]!;
        const q = boxes[j]!;
        if (p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2) overlaps.push(`${p.id} × ${q.id}`);
      }
    expect(overlaps).toEqual([]);

    // Rings: a few distinct radii, a higher degree never farther out than a lower one.
    const withRadius = points.map((p) => ({ ...p, r: Math.hypot(p.x - centre.x, p.y - centre.y) }));
    const radii: number[] = [];
    for (const r of withRadius.map((p) => p.r).sort((a, b) => a - b))
      if (radii.length === 0 || r - radii[radii.length - 1]! > 2) radii.push(r);
    expect(radii.length).toBeGreaterThanOrEqual(2);
    expect(radii.length).toBeLessThan(points.length / 2);
    for (const p of withRadius)
      for (const q of withRadius) if (p.degree > q.degree) expect(p.r).toBeLessThanOrEqual(q.r + 2);

    // A cross puts every node on the vertical or horizontal line through the centre.
    const onAxes = points.filter((p) => Math.abs(p.x - centre.x) < 2 || Math.abs(p.y - centre.y) < 2);
    expect(onAxes.length).toBeLessThan(points.length / 2);
    await screenshot(page, 'layouts-03-concentric-kursk');
    expect(pageErrors).toEqual([]);
  });
});

/** Model positions of the nodes on the canvas, by id. */
async function positions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => {
    const out: Record<string, { x: number; y: number }> = {};
    window.__redstring?.cy?.nodes().forEach((n) => {
      out[n.id()] = { ...n.position() };
    });
    return out;
  });
}

/** Waits until the URL carries the canvas as it is now (the URL is written after a short pause). */
async function urlCaughtUp(page: Page): Promise<void> {
  await page.waitForFunction(() => window.location.hash.startsWith('#view='), undefined, { timeout: 10_000 });
  await page.waitForTimeout(800);
}

/** The largest distance, in model pixels, a node moved between two readings. */
function largestMove(
  before: Record<string, { x: number; y: number }>,
  after: Record<string, { x: number; y: number }>,
): number {
  let worst = 0;
  for (const [id, p] of Object.entries(before)) {
    const q = after[id];
    worst = Math.max(worst, q ? Math.hypot(p.x - q.x, p.y - q.y) : Number.POSITIVE_INFINITY);
  }
  return worst;
}

describe('a stable layout across reloads', () => {
  for (const layout of ['fcose', 'concentric'] as const)
    it(`reloading the Kursk view (${layout}) draws every node where it was`, async () => {
      const page = await openPage('/cases/kursk');
      if (layout !== 'fcose') {
        await page.getByRole('combobox', { name: 'Layout' }).selectOption(layout);
        await settle(page);
      }
      await urlCaughtUp(page);
      const before = await positions(page);
      for (let i = 0; i < 2; i++) {
        await page.reload();
        await page.waitForFunction(
          (n) => (window.__redstring?.cy?.nodes().length ?? 0) === n,
          Object.keys(before).length,
          { timeout: 30_000 },
        );
        await settle(page);
        await urlCaughtUp(page);
        // The URL keeps whole pixels: half a pixel each way.
        expect(largestMove(before, await positions(page))).toBeLessThan(1);
      }
      await expect(page.getByRole('combobox', { name: 'Layout' }).inputValue()).resolves.toBe(layout);
      await page.close();
    });
});
