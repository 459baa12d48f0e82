/**
 * A real headless Chromium (Debian's package) driven by playwright-core, plus helpers that read the
 * canvas through the app's `window.__redstring` handle.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO } from './server.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const RESULTS = join(REPO, 'test-results');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `no Chromium at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`,
    );
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** What a test can read about the canvas without looking at pixels. */
export interface CanvasInfo {
  nodes: string[];
  edges: string[];
  visibleNodes: string[];
  visibleEdges: string[];
  selectedNodes: string[];
  selectedEdges: string[];
  pathNodes: string[];
  pathEdges: string[];
  renderer: string | null;
}

export async function canvasInfo(page: Page): Promise<CanvasInfo> {
  return page.evaluate(() => {
    const cy = window.__redstring?.cy;
    if (!cy) throw new Error('window.__redstring.cy is not there: the canvas is not mounted');
    const ids = (c: { map<T>(fn: (e: { id(): string }) => T): T[] }) => c.map((e) => e.id());
    return {
      nodes: ids(cy.nodes()),
      edges: ids(cy.edges()),
      visibleNodes: ids(cy.nodes(':visible')),
      visibleEdges: ids(cy.edges(':visible')),
      selectedNodes: ids(cy.nodes(':selected')),
      selectedEdges: ids(cy.edges(':selected')),
      pathNodes: ids(cy.nodes('.path')),
      pathEdges: ids(cy.edges('.path')),
      renderer: cy.container()?.getAttribute('data-renderer') ?? null,
    };
  });
}

/** Waits until the app has no request in flight and no layout running. */
export async function settle(page: Page, timeoutMs = 20_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const r = window.__redstring;
      const s = r?.store.getState();
      // Layouts are computed in a worker: one asked for may not have started or ended yet.
      return Boolean(
        r && r.cy && s && s.pending === 0 && s.layoutRunning === null && s.layoutSettled >= s.layout.seq,
      );
    },
    undefined,
    { timeout: timeoutMs },
  );
  // Layouts animate for under half a second on small canvases.
  await page.waitForTimeout(700);
}

/** Waits until a case has drawn its opening overview (its ten or more most connected entities). */
export async function overviewDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => (window.__redstring?.cy?.nodes().length ?? 0) >= 10, undefined, {
    timeout: 30_000,
  });
  await settle(page);
}

/** Types into the combobox named `comboboxName` and picks the first option named like `optionName`. */
export async function pickOption(
  page: Page,
  comboboxName: string,
  text: string,
  optionName: RegExp,
): Promise<void> {
  const box = page.getByRole('combobox', { name: comboboxName });
  await box.fill(text);
  const option = page.getByRole('option', { name: optionName }).first();
  await option.waitFor();
  await option.click();
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(RESULTS, { recursive: true });
  const path = join(RESULTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
