/**
 * A large canvas (2,000 entities, 5,000 relations, made up in the page) stays interactive: it lays out
 * without animation in bounded time, panning keeps frames coming, a click selects, the PNG export
 * works. Above the threshold the app draws with Cytoscape's WebGL renderer when the browser has a GPU
 * and keeps the canvas renderer on a software rasteriser (headless Chromium's SwiftShader), where WebGL
 * is far slower; `?renderer=webgl` forces WebGL, and the second part checks that mode works too.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canvasInfo, launch, screenshot, settle } from './support/browser.ts';
import { startServer, type TestServer } from './support/server.ts';
import { commitSyntheticGraph } from './support/synthetic-graph.ts';

const NODES = 2000;
const EDGES = 5000;

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

async function open(query = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${server.url}/cases/kursk${query}`);
  await page.waitForFunction(() => (window.__redstring?.cy?.nodes().length ?? 0) > 0, undefined, {
    timeout: 30_000,
  });
  await settle(page);
  return page;
}

/** Replaces the canvas with a made-up graph and waits for its layout; returns the milliseconds it took. */
async function loadLargeGraph(page: Page): Promise<number> {
  const started = Date.now();
  await commitSyntheticGraph(page, { nodes: NODES, edges: EDGES }, true);
  await page.waitForFunction(
    (n) => Object.keys(window.__redstring?.store.getState().doc.positions ?? {}).length === n,
    NODES,
    { timeout: 90_000, polling: 250 },
  );
  const ms = Date.now() - started;
  await settle(page);
  return ms;
}

/** Median time between animation frames while the view pans by script, in milliseconds. */
async function panFrameMs(page: Page, frames: number): Promise<number> {
  return page.evaluate(async (count) => {
    const cy = window.__redstring?.cy;
    if (!cy) throw new Error('no canvas');
    const times: number[] = [];
    await new Promise<void>((done) => {
      const step = (t: number) => {
        times.push(t);
        cy.panBy({ x: 4, y: 2 });
        if (times.length > count) done();
        else requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
    const gaps = times
      .slice(1)
      .map((t, i) => t - (times[i] ?? t))
      .sort((a, b) => a - b);
    return gaps[Math.floor(gaps.length / 2)] ?? Number.POSITIVE_INFINITY;
  }, frames);
}

async function clickNode(page: Page, id: string): Promise<void> {
  const target = await page.evaluate((nodeId) => {
    const cy = window.__redstring?.cy;
    if (!cy) throw new Error('no canvas');
    const node = cy.getElementById(nodeId);
    // Move it clear of the crowd first, so the click cannot land on a neighbour drawn on top of it.
    const bb = cy.nodes().boundingBox();
    node.position({ x: bb.x2 + 300, y: (bb.y1 + bb.y2) / 2 });
    cy.zoom(1.2);
    cy.center(node);
    const rect = cy.container()?.getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: (rect?.left ?? 0) + p.x, y: (rect?.top ?? 0) + p.y };
  }, id);
  await page.waitForTimeout(300);
  await page.mouse.click(target.x, target.y);
}

describe('a large canvas, as the app chooses to draw it', () => {
  let page: Page;
  let canvasFrame = 0;

  it(`lays out ${NODES} entities and ${EDGES} relations in bounded time, on the renderer that suits the browser`, async () => {
    page = await open();
    const layoutMs = await loadLargeGraph(page);
    const info = await canvasInfo(page);
    expect(info.nodes.length).toBe(NODES);
    expect(info.edges.length).toBeGreaterThan(EDGES * 0.95);
    const renderer = await page.evaluate(() => window.__redstring?.renderer);
    // WebGL with a GPU; the canvas renderer on a software rasteriser, where it is the faster one.
    expect(info.renderer).toBe(renderer?.webgl.hardware ? 'webgl' : 'canvas');
    if (!renderer?.webgl.hardware)
      await expect(page.getByText('WebGL here runs without a GPU').isVisible()).resolves.toBe(true);
    expect(layoutMs).toBeLessThan(60_000);
    console.info(
      `large canvas: ${NODES}/${info.edges.length} laid out in ${layoutMs} ms on ${info.renderer} (WebGL: ${renderer?.webgl.renderer})`,
    );
    await screenshot(page, 'large-canvas');
  });

  it('stays interactive: panning keeps up and a click selects a node', async () => {
    canvasFrame = await panFrameMs(page, 30);
    console.info(`large canvas: median frame while panning ${canvasFrame.toFixed(1)} ms`);
    expect(canvasFrame).toBeLessThan(100);
    await clickNode(page, 'synthetic-0');
    await expect
      .poll(async () => (await canvasInfo(page)).selectedNodes, { timeout: 5000 })
      .toEqual(['synthetic-0']);
  });

  it('goes back to the lighter defaults when the canvas is small again', async () => {
    await page.evaluate(() => window.__redstring?.explorer.clear());
    await expect.poll(async () => (await canvasInfo(page)).nodes.length).toBe(0);
    expect((await canvasInfo(page)).renderer).toBe('canvas');
    await page.close();
  });
});

describe('a large canvas on the WebGL renderer (?renderer=webgl)', () => {
  let page: Page;

  it('draws it with WebGL', async () => {
    page = await open('?renderer=webgl');
    expect((await canvasInfo(page)).renderer).toBe('webgl');
    await loadLargeGraph(page);
    const info = await canvasInfo(page);
    expect(info.renderer).toBe('webgl');
    expect(info.nodes.length).toBe(NODES);
    const frame = await panFrameMs(page, 8);
    console.info(`large canvas on WebGL: median frame while panning ${frame.toFixed(1)} ms`);
    await screenshot(page, 'large-canvas-webgl');
  });

  it('selects by click and exports a PNG from the WebGL renderer', async () => {
    await clickNode(page, 'synthetic-1');
    await expect
      .poll(async () => (await canvasInfo(page)).selectedNodes, { timeout: 10_000 })
      .toEqual(['synthetic-1']);
    const size = await page.evaluate(async () => {
      const canvas = window.__redstring?.explorer.canvas();
      if (!canvas) throw new Error('no canvas');
      return (await canvas.png()).size;
    });
    expect(size).toBeGreaterThan(10_000);
    await page.close();
  });
});
