/**
 * The force layout at the sizes issue 16 measured, in a real browser. On a generated graph of 1,500
 * entities and 3,500 relations (the explorer's canvas budget) and on a real file (the UN Security
 * Council consolidated list, opened whole), a full force layout, timed in the page from the request
 * to its end, finishes within 3 s and reads as a graph: not columns or a grid (x and y values spread,
 * none shared by a crowd), and related nodes closer together than unrelated ones. On the UN list no
 * main-thread task during it lasts over 200 ms (PerformanceObserver 'longtask'). Labels: when zoomed
 * out the most connected nodes are labelled and at a readable size, zooming in labels more, and
 * labels shown never pile on top of one another. On the Kursk case, after an expansion, every node
 * is labelled and no two label boxes overlap; edge labels, when shown, are drawn at a readable size.
 */
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, overviewDrawn, screenshot, settle } from './support/browser.ts';
import { REPO, serverApi, startServer, type TestServer } from './support/server.ts';
import { commitSyntheticGraph } from './support/synthetic-graph.ts';

/** The UN list, copied unmodified from shared/data (which a clone may not have beside it). */
const UN_FILE = join(REPO, 'tests/fixtures/formats/un_sc_consolidated_2022-09-15.xml');
const UN_CASE = 'un-sanctions';
/** The bounds. */
const LAYOUT_MS = 3000;
const LONGEST_TASK_MS = 200;

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

/**
 * Imports a file as the import dialog does: a multipart upload to a background job (the file is over
 * the plain request's limit), followed until it ends.
 */
async function uploadImport(caseId: string, path: string, format: string): Promise<void> {
  const form = new FormData();
  const query = `mutation ($files: [File!]!) { startImport(case: "${caseId}", files: $files, format: ${format}) { id } }`;
  form.set('operations', JSON.stringify({ query, variables: { files: [null] } }));
  form.set('map', JSON.stringify({ 0: ['variables.files.0'] }));
  form.set('0', new Blob([readFileSync(path)]), basename(path));
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'x-graphql-yoga-csrf': '1' },
    body: form,
  });
  const started = (await response.json()) as { data?: { startImport: { id: string } }; errors?: unknown };
  if (!started.data) throw new Error(`the import did not start: ${JSON.stringify(started.errors)}`);
  const id = started.data.startImport.id;
  for (let tries = 0; tries < 600; tries++) {
    const { importJob } = await gql<{ importJob: { state: string; error: { message: string } | null } }>(
      `query ($id: ID!) { importJob(id: $id) { state error { message } } }`,
      { id },
    );
    if (importJob.state === 'SUCCEEDED') return;
    if (!['QUEUED', 'RUNNING'].includes(importJob.state))
      throw new Error(`the import ended ${importJob.state}: ${importJob.error?.message ?? ''}`);
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error('the import did not end within two minutes');
}

/** Every main-thread long task from the page's start, kept where the tests can read them. */
const LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

async function openPage(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.addInitScript({ content: LONG_TASKS });
  await page.goto(`${server.url}${path}`);
  await overviewDrawn(page);
  return page;
}

interface TimedLayout {
  /** From the request to the layout's end, in the page's clock. */
  ms: number;
  /** The longest main-thread task that overlapped the layout or the drawing of its result. */
  longestTaskMs: number;
  /** Every such task, as "start after the request + duration", for the record. */
  tasks: string;
}

/**
 * Asks for a full force layout of what the canvas shows and times it in the page: from the request
 * until the canvas reports the layout done, then half a second more for the drawing of the result
 * (its tasks count too).
 */
async function timedFullLayout(page: Page): Promise<TimedLayout> {
  return page.evaluate(async () => {
    const r = window.__redstring;
    if (!r) throw new Error('no app handle');
    const started = performance.now();
    r.store.getState().requestLayout('fcose', 'full', true);
    const seq = r.store.getState().layout.seq;
    await new Promise<void>((done) => {
      if (r.store.getState().layoutSettled >= seq) done();
      const stop = r.store.subscribe((s) => {
        if (s.layoutSettled < seq) return;
        stop();
        done();
      });
    });
    const ms = performance.now() - started;
    await new Promise((done) => setTimeout(done, 500));
    const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
    const during = tasks.filter((t) => t.start + t.duration >= started);
    return {
      ms,
      longestTaskMs: Math.max(0, ...during.map((t) => t.duration)),
      tasks: during.map((t) => `${Math.round(t.start - started)}+${Math.round(t.duration)}`).join(' '),
    };
  });
}

interface Readability {
  nodes: number;
  /** Distinct x values (to the pixel) over nodes, and the same for y. */
  distinctX: number;
  distinctY: number;
  /** The most nodes that share one x value (to the pixel): a column. */
  largestColumn: number;
  /** Mean length of a relation over the mean distance between unrelated pairs. */
  neighbourRatio: number;
}

/** How the visible nodes are spread, in model coordinates. */
async function readability(page: Page): Promise<Readability> {
  return page.evaluate(() => {
    const cy = window.__redstring?.cy;
    if (!cy) throw new Error('no canvas');
    const nodes = cy.nodes(':visible');
    const points = nodes.map((n) => n.position());
    const count = (values: number[]) => {
      const seen = new Map<number, number>();
      for (const v of values) seen.set(Math.round(v), (seen.get(Math.round(v)) ?? 0) + 1);
      return seen;
    };
    const xs = count(points.map((p) => p.x));
    const ys = count(points.map((p) => p.y));
    const dist = (a: { x: number; y: number }, b: { x: number; y: number }) =>
      Math.hypot(a.x - b.x, a.y - b.y);
    const related: number[] = [];
    cy.edges(':visible').forEach((e) => {
      if (!e.isLoop()) related.push(dist(e.source().position(), e.target().position()));
    });
    // A fixed spread of pairs (no randomness): each node against one far down the list.
    const n = points.length;
    const pairs: number[] = [];
    for (let i = 0; i < n; i++) {
      const p = points[i];
      const q = points[(i * 7919 + Math.floor(n / 2)) % n];
      if (p && q && p !== q) pairs.push(dist(p, q));
    }
    const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / Math.max(1, v.length);
    return {
      nodes: n,
      distinctX: xs.size,
      distinctY: ys.size,
      largestColumn: Math.max(...xs.values()),
      neighbourRatio: mean(related) / mean(pairs),
    };
  });
}

interface Labelling {
  zoom: number;
  /** Visible nodes whose centre is in view, and how many of them are labelled. */
  inView: number;
  labelled: number;
  /** Whether the most connected node in view is among them. */
  topLabelled: boolean;
  /** Smallest on-screen font size of a drawn label. */
  smallestPx: number;
  /** Pairs of drawn labels whose boxes overlap. */
  overlapping: number;
  /** The longest main-thread task in the last second. */
  longestTaskMs: number;
}

/** Which node labels are drawn in view now (a label is drawn when its text is not empty). */
async function labelling(page: Page): Promise<Labelling> {
  return page.evaluate(() => {
    const cy = window.__redstring?.cy;
    if (!cy) throw new Error('no canvas');
    const zoom = cy.zoom();
    const ext = cy.extent();
    const inView = cy.nodes(':visible').filter((n) => {
      const p = n.position();
      return p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2;
    });
    const drawn = inView.filter((n) => String(n.style('label')) !== '');
    const top = inView.max((n) => Number(n.data('degree'))).ele;
    const boxes = drawn.map((n) =>
      n.renderedBoundingBox({
        includeNodes: false,
        includeEdges: false,
        includeLabels: true,
        includeOverlays: false,
      }),
    );
    let overlapping = 0;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const p = boxes[i];
        const q = boxes[j];
        if (p && q && p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2) overlapping++;
      }
    const now = performance.now();
    const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
    return {
      zoom,
      inView: inView.length,
      labelled: drawn.length,
      topLabelled: drawn.contains(top),
      smallestPx: Math.min(...drawn.map((n) => parseFloat(String(n.style('font-size'))) * zoom)),
      overlapping,
      longestTaskMs: Math.max(0, ...tasks.filter((t) => t.start > now - 1000).map((t) => t.duration)),
    };
  });
}

function expectReadable(r: Readability): void {
  // A grid or columns share x values among many nodes; a force layout gives nearly every node its own.
  expect(r.distinctX).toBeGreaterThan(r.nodes * 0.5);
  expect(r.distinctY).toBeGreaterThan(r.nodes * 0.5);
  expect(r.largestColumn).toBeLessThan(Math.max(5, r.nodes * 0.01));
  // Related nodes drawn near each other: a relation is far shorter than the distance between two
  // nodes taken at random (about 1 for a layout that ignores the relations).
  expect(r.neighbourRatio).toBeLessThan(0.5);
}

// The explorer's canvas budget (client/src/state/whole-case.ts): the largest whole case it opens.
const GENERATED = { nodes: 1500, edges: 3500 };

describe('a force layout at the canvas budget, 5,000 elements', () => {
  let generated: Page;

  // The 200 ms bound is the for graphs like its two (366 and 943 nodes), which the UN list below
  // outgrows. At the budget the longest task is Cytoscape redrawing 5,000 elements in software, about
  // 150 ms on a quiet machine and over 200 ms on a busy one: `npm run bench -- --explorer` reports it.
  it('lays out 1,500 generated entities and 3,500 relations within 3 s, not in columns', async () => {
    const page = await openPage('/cases/kursk');
    await commitSyntheticGraph(page, GENERATED, false);
    await page.waitForFunction((n) => (window.__redstring?.cy?.nodes().length ?? 0) === n, GENERATED.nodes);
    // Where the nodes sit before any layout has run: not columns either.
    const first = await readability(page);
    expect(first.largestColumn).toBeLessThan(first.nodes * 0.01);
    await settle(page);
    const timed = await timedFullLayout(page);
    const result = await readability(page);
    console.info(
      `force layout, ${GENERATED.nodes} + ${GENERATED.edges} generated: ${timed.ms.toFixed(0)} ms, longest task ${timed.longestTaskMs.toFixed(0)} ms (${timed.tasks}), ` +
        `distinct x ${result.distinctX}, largest column ${result.largestColumn}, neighbour ratio ${result.neighbourRatio.toFixed(3)}`,
    );
    await screenshot(page, 'force-layout-01-generated-5000');
    // The labelling test goes on from this drawing, whatever the bounds below say.
    generated = page;
    expect(timed.ms).toBeLessThan(LAYOUT_MS);
    expectReadable(result);
  });

  it('labels the most connected nodes when zoomed out, at a readable size and not piled up, and more when zoomed in', async () => {
    const page = generated;
    const far = await labelling(page);
    console.info(
      `labels at zoom ${far.zoom.toFixed(2)}: ${far.labelled}/${far.inView} in view, smallest ${far.smallestPx.toFixed(1)} px, ${far.overlapping} overlapping`,
    );
    expect(far.labelled).toBeGreaterThan(0);
    expect(far.topLabelled).toBe(true);
    expect(far.smallestPx).toBeGreaterThanOrEqual(11);
    expect(far.overlapping).toBeLessThanOrEqual(Math.ceil(far.labelled * 0.05));
    await page.evaluate(() => {
      const cy = window.__redstring?.cy;
      if (!cy) throw new Error('no canvas');
      cy.zoom({ level: cy.zoom() * 4, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    });
    await page.waitForTimeout(600);
    const near = await labelling(page);
    console.info(
      `labels at zoom ${near.zoom.toFixed(2)}: ${near.labelled}/${near.inView} in view, smallest ${near.smallestPx.toFixed(1)} px, ${near.overlapping} overlapping, longest task ${near.longestTaskMs.toFixed(0)} ms`,
    );
    expect(near.labelled / near.inView).toBeGreaterThan(far.labelled / far.inView);
    expect(near.topLabelled).toBe(true);
    expect(near.smallestPx).toBeGreaterThanOrEqual(11);
    expect(near.overlapping).toBeLessThanOrEqual(Math.ceil(near.labelled * 0.05));
    await screenshot(page, 'force-layout-02-generated-labels-zoomed');
    await page.close();
  });

  it('lays out the UN sanctions list (a real file, opened whole) within 3 s, with no main-thread task over 200 ms', async () => {
    await gql(`mutation { createCase(input: { id: "${UN_CASE}", name: "UN sanctions" }) { id } }`);
    await uploadImport(UN_CASE, UN_FILE, 'UN_SANCTIONS');
    const page = await openPage(`/cases/${UN_CASE}`);
    const drawn = await page.evaluate(() => ({
      nodes: window.__redstring?.cy?.nodes(':visible').length ?? 0,
      edges: window.__redstring?.cy?.edges(':visible').length ?? 0,
    }));
    expect(drawn.nodes).toBeGreaterThan(900);
    const timed = await timedFullLayout(page);
    const result = await readability(page);
    console.info(
      `force layout, UN list ${drawn.nodes}/${drawn.edges}: ${timed.ms.toFixed(0)} ms, longest task ${timed.longestTaskMs.toFixed(0)} ms (${timed.tasks}), ` +
        `distinct x ${result.distinctX}, largest column ${result.largestColumn}, neighbour ratio ${result.neighbourRatio.toFixed(3)}`,
    );
    const shot = await screenshot(page, 'force-layout-02-un-sanctions');
    // The README shows an imported graph beside the Kursk case: this one.
    if (process.env.REDSTRING_UPDATE_SCREENSHOT === '1')
      await writeFile(join(REPO, 'docs/screenshot-imported.png'), await readFile(shot));
    expect(timed.longestTaskMs).toBeLessThan(LONGEST_TASK_MS);
    expect(timed.ms).toBeLessThan(LAYOUT_MS);
    expectReadable(result);
    await page.close();
  });
});

describe('labels on a small case', () => {
  it('labels every node of Kursk after a 7-node expansion, with no two labels overlapping', async () => {
    const page = await openPage('/cases/kursk');
    // The case: an overview (the ten most connected entities), then one entity's seven
    // neighbours brought in at once. The case opens whole, so first take the rest off the canvas.
    const hub = 'north-korean-contingent-kursk';
    const before = await page.evaluate((id) => {
      const r = window.__redstring;
      if (!r?.cy) throw new Error('no canvas');
      const neighbours = new Set(
        r.cy
          .getElementById(id)
          .neighborhood('node')
          .map((n) => n.id()),
      );
      const keep = new Set(
        r.cy
          .nodes()
          .filter((n) => !neighbours.has(n.id()))
          .sort((a, b) => Number(b.data('degree')) - Number(a.data('degree')))
          .slice(0, 10)
          .map((n) => n.id()),
      );
      keep.add(id);
      r.explorer.remove(
        r.cy
          .nodes()
          .filter((n) => !keep.has(n.id()))
          .map((n) => n.id()),
      );
      return keep.size;
    }, hub);
    await settle(page);
    await page.evaluate(() => window.__redstring?.store.getState().requestLayout('fcose', 'full', true));
    await settle(page);
    await page.evaluate((id) => window.__redstring?.explorer.expand([id]), hub);
    await settle(page);
    const { boxes, unlabelled } = await page.evaluate(() => {
      const cy = window.__redstring?.cy;
      if (!cy) throw new Error('no canvas');
      const visible = cy.nodes(':visible');
      return {
        boxes: visible.map((n) => {
          const bb = n.renderedBoundingBox({ includeLabels: true, includeOverlays: false });
          return { id: n.id(), x1: bb.x1, x2: bb.x2, y1: bb.y1, y2: bb.y2 };
        }),
        unlabelled: visible.filter((n) => String(n.style('label')) === '').map((n) => n.id()),
      };
    });
    await screenshot(page, 'force-layout-03-kursk-expanded');
    // No error on the way (a layout the worker failed would leave the nodes where they were put).
    expect(pageErrors).toEqual([]);
    expect(boxes.length).toBeGreaterThanOrEqual(before + 7);
    // Every label is drawn: none is hidden to make room.
    expect(unlabelled).toEqual([]);
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const p = boxes[i]!;
        const q = boxes[j]!;
        if (p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2) overlaps.push(`${p.id} × ${q.id}`);
      }
    expect(overlaps).toEqual([]);

    // Edge labels: zoomed out, none is drawn but the selected relation's, which is drawn at a
    // readable size; zoomed in, every one is drawn at a readable size. Cytoscape draws a label only
    // when its on-screen size reaches its min-zoomed-font-size.
    const edgeLabels = (zoom: number) =>
      page.evaluate(async (level) => {
        const cy = window.__redstring?.cy;
        if (!cy) throw new Error('no canvas');
        cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
        await new Promise((done) => setTimeout(done, 400));
        return cy.edges(':visible').map((e) => {
          const px = parseFloat(String(e.style('font-size'))) * cy.zoom();
          const drawn =
            String(e.style('label')) !== '' && px >= parseFloat(String(e.style('min-zoomed-font-size')));
          return { id: e.id(), selected: e.selected(), drawn, px };
        });
      }, zoom);
    const picked = await page.evaluate(() => {
      const edge = window.__redstring?.cy?.edges(':visible').first();
      edge?.select();
      return edge?.id() ?? '';
    });
    const out = await edgeLabels(0.5);
    expect(out.filter((e) => e.drawn).map((e) => e.id)).toEqual([picked]);
    expect(out.find((e) => e.id === picked)?.px).toBeGreaterThanOrEqual(10);
    const inside = await edgeLabels(1.5);
    expect(inside.every((e) => e.drawn && e.px >= 10)).toBe(true);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
