/**
 * The explorer on small screens, in a real Chromium against the real server (Kursk case). On a phone
 * (390×844) the canvas takes most of the screen (it was 0 px wide); Share, Import and Export are in
 * the top bar's overflow menu, on screen (they were pushed off it); the filters are a drawer that
 * opens from its button and closes by its close button, Escape and a tap beside it; tapping an
 * entity opens its details in a drawer; axe-core finds nothing serious with the filters drawer
 * open. On a laptop (1024×700) nothing that floats over the canvas overlaps anything else (the
 * legend lay over the navigator).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, overviewDrawn, settle } from './support/browser.ts';
import { boxes, inside, overlaps, seriousViolations } from './support/layout.ts';
import { startServer, type TestServer } from './support/server.ts';

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1024, height: 700 };

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
  context = await browser.newContext({ viewport: PHONE, hasTouch: true });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const filtersDrawer = () => page.getByRole('navigation', { name: 'Filters and paths' });

/** Where on the page a node of the canvas is drawn. */
async function nodeOnScreen(): Promise<{ id: string; x: number; y: number }> {
  return page.evaluate(() => {
    const cy = window.__redstring?.cy;
    if (!cy) throw new Error('no canvas');
    const rect = cy.container()?.getBoundingClientRect();
    // A node well inside the canvas, clear of the controls along its top.
    const node = cy.nodes().filter((n) => n.renderedPosition().y > 120 && n.renderedPosition().x > 30)[0];
    if (!node) throw new Error('no node clear of the controls');
    const p = node.renderedPosition();
    return { id: node.id(), x: (rect?.left ?? 0) + p.x, y: (rect?.top ?? 0) + p.y };
  });
}

describe('on a phone, 390×844', () => {
  it('the canvas takes most of the screen', async () => {
    await page.goto(`${server.url}/cases/kursk`);
    await overviewDrawn(page);
    const canvas = await page.getByRole('application', { name: 'Graph canvas' }).boundingBox();
    expect(canvas?.width).toBeGreaterThanOrEqual(350);
    expect(canvas?.height).toBeGreaterThanOrEqual(400);
  });

  it('Share, Import and Export are in the overflow menu, on screen, and work from there', async () => {
    const more = page.getByRole('button', { name: 'More actions' });
    await more.click();
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    for (const button of [
      page.getByRole('button', { name: 'Share link' }),
      page.getByRole('button', { name: 'Import', exact: true }),
      page.getByRole('button', { name: /Export/ }),
    ]) {
      const box = await button.boundingBox();
      expect(box, String(button)).not.toBeNull();
      if (box)
        expect(inside(box, PHONE.width, PHONE.height), `${String(button)} at ${JSON.stringify(box)}`).toBe(
          true,
        );
    }
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a file' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Close import' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Share link' }).waitFor({ state: 'hidden' });
  });

  it('the filters open in a drawer, and close by its button, Escape and a tap beside it', async () => {
    const open = page.getByRole('button', { name: 'Filters', exact: true });
    expect(await filtersDrawer().isVisible()).toBe(false);

    await open.click();
    await filtersDrawer().waitFor();
    const box = await filtersDrawer().boundingBox();
    expect(box && inside(box, PHONE.width, PHONE.height)).toBe(true);
    await page.getByRole('checkbox', { name: 'Keep orphans' }).waitFor();
    // Focus went into the drawer, to its close button.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Close filters and paths',
    );
    await page.getByRole('button', { name: 'Close filters and paths' }).click();
    await filtersDrawer().waitFor({ state: 'hidden' });

    await open.click();
    await filtersDrawer().waitFor();
    await page.keyboard.press('Escape');
    await filtersDrawer().waitFor({ state: 'hidden' });

    await open.click();
    await filtersDrawer().waitFor();
    // Beside the drawer, on the right of the screen.
    await page.mouse.click(PHONE.width - 10, PHONE.height / 2);
    await filtersDrawer().waitFor({ state: 'hidden' });
  });

  it('tapping an entity opens its details in a drawer', async () => {
    await settle(page);
    const node = await nodeOnScreen();
    await page.touchscreen.tap(node.x, node.y);
    const details = page.getByRole('article', { name: /^Details of / });
    await details.waitFor();
    const box = await details.boundingBox();
    expect(box && inside(box, PHONE.width, PHONE.height)).toBe(true);
    const selected = await page.evaluate(() => window.__redstring?.cy?.nodes(':selected').map((n) => n.id()));
    expect(selected).toEqual([node.id]);
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'hidden' });
  });

  it('axe-core finds nothing serious with the filters drawer open', async () => {
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await filtersDrawer().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe('on a laptop, 1024×700', () => {
  it('nothing that floats over the canvas overlaps anything else, or leaves the canvas', async () => {
    const laptop = await (await browser.newContext({ viewport: LAPTOP })).newPage();
    await laptop.goto(`${server.url}/cases/kursk`);
    await overviewDrawn(laptop);
    // An entity's details open, as when reading one: the details column is at its fullest.
    await laptop.getByRole('application', { name: 'Graph canvas' }).focus();
    await laptop.keyboard.press('ArrowUp');
    await laptop.keyboard.press('Enter');
    await laptop.getByRole('article', { name: /^Details of / }).waitFor();
    await settle(laptop);
    const found = await boxes(laptop, {
      legend: '.legend',
      navigator: '.minimap',
      'canvas controls': '.canvas-controls',
      'canvas status': '.canvas-status',
      'side panel': '.side-panel',
      details: '.details-drawer',
      'top bar': '.top-bar',
    });
    expect(found.map((b) => b.name).sort()).toEqual(
      ['canvas controls', 'canvas status', 'details', 'legend', 'navigator', 'side panel', 'top bar'].sort(),
    );
    expect(overlaps(found), JSON.stringify(found)).toEqual([]);
    const canvas = await laptop.locator('.canvas-area').boundingBox();
    for (const box of found.filter((b) =>
      ['legend', 'navigator', 'canvas controls', 'canvas status'].includes(b.name),
    ))
      expect(
        canvas &&
          box.x >= canvas.x &&
          box.y >= canvas.y &&
          box.x + box.width <= canvas.x + canvas.width &&
          box.y + box.height <= canvas.y + canvas.height,
        `${box.name} ${JSON.stringify(box)} in the canvas ${JSON.stringify(canvas)}`,
      ).toBe(true);
    await laptop.close();
  });
});
