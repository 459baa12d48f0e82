/**
 * The explorer itself in headless Chromium (`npm run bench -- --explorer`): the real server with
 * cases imported by the CLI, the built client, and a case opened as a user opens it. Per case and
 * renderer it measures the time to the first drawn node, the time until the layout has settled, the
 * longest main-thread task on the way (PerformanceObserver `longtask`), and the frames Cytoscape draws
 * while the view pans and zooms. The canvas renderer is the baseline: WebGL is run on the same page
 * load order, alternating, and reported as a ratio to it. Chromium here renders WebGL in software
 * (SwiftShader), so absolute WebGL figures say little about a machine with a GPU.
 *
 * The cases: the UN Security Council consolidated list (a real file, about 2,900 elements once
 * imported) and a generated case of exactly 5,000 elements (1,500 entities, 3,500 relations), the
 * explorer's budget for opening a whole case; Kursk, small, as a reference row.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../e2e/support/browser.ts';
import { REPO, startServer } from '../e2e/support/server.ts';
import { GraphGenerator } from '../support/generate.ts';
import { log } from './processes.ts';
import { percentile } from './stats.ts';

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

export interface ExplorerRun {
  caseId: string;
  renderer: 'canvas' | 'webgl';
  nodes: number;
  edges: number;
  /** From navigation start to the first frame with a node on the canvas. */
  firstDrawMs: number;
  /** From the first drawn node until no request is in flight and no layout is asked for or running. */
  layoutMs: number;
  /** The longest main-thread task before the first drawn node (loading the app and the case). */
  longestLoadTaskMs: number;
  /** The longest main-thread task from the first drawn node until settled (drawing, layout). */
  longestTaskMs: number;
  /** Frames Cytoscape drew per second while the view panned and zoomed every animation frame. */
  fps: number;
}

export interface ExplorerCase {
  id: string;
  label: string;
}

/** The UN list, copied unmodified from shared/data (which a clone may not have beside it). */
const UN_FILE = join(REPO, 'tests/fixtures/formats/un_sc_consolidated_2022-09-15.xml');
/** 1,500 + 3,500: the opening budget exactly. */
const GENERATED = { name: 'small' as const, entities: 1_500, relations: 3_500 };

function cli(dataDir: string, args: string[]): void {
  const run = spawnSync('node', ['bin/redstring.mjs', ...args], {
    cwd: REPO,
    env: { ...process.env, REDSTRING_DATA: dataDir, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`redstring ${args.join(' ')} failed:\n${run.stderr}${run.stdout}`);
}

/** A data folder holding the measured cases, made with the CLI as a user would. */
function prepareData(seed: number): { dataDir: string; cases: ExplorerCase[] } {
  const dataDir = mkdtempSync(join(tmpdir(), 'redstring-explorer-bench-'));
  cli(dataDir, ['import', join(REPO, 'server/seed/kursk-case.json'), '--case', 'kursk']);
  cli(dataDir, ['import', UN_FILE, '--case', 'un-sanctions']);
  const gen = new GraphGenerator(GENERATED, seed);
  const file = { sources: [] as unknown[], entities: [] as unknown[], relations: [] as unknown[] };
  for (const chunk of gen.chunks()) {
    file.sources.push(...chunk.sources);
    file.entities.push(...chunk.entities);
    file.relations.push(...chunk.relations);
  }
  const path = join(dataDir, 'generated-5000.json');
  writeFileSync(path, JSON.stringify(file));
  cli(dataDir, ['import', path, '--case', 'generated-5000']);
  return {
    dataDir,
    cases: [
      { id: 'kursk', label: 'Kursk (reference)' },
      { id: 'un-sanctions', label: 'UN sanctions list (imported)' },
      { id: 'generated-5000', label: 'generated, 5,000 elements' },
    ],
  };
}

// Installed before any page script: long tasks and the first frame with a node, timed from navigation.
const PROBE = () => {
  const probe = { tasks: [] as { start: number; duration: number }[], firstDraw: 0 };
  (window as unknown as { __benchProbe: typeof probe }).__benchProbe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      probe.tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const look = (now: number) => {
    if ((window.__redstring?.cy?.nodes().length ?? 0) > 0) probe.firstDraw = now;
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
};

async function measure(
  browser: Browser,
  url: string,
  caseId: string,
  renderer: ExplorerRun['renderer'],
  panMs: number,
): Promise<ExplorerRun> {
  const page: Page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    // tsx compiles this file keeping function names through an `__name` helper that the page lacks.
    await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
    await page.addInitScript(PROBE);
    await page.goto(`${url}/cases/${caseId}?renderer=${renderer}`);
    await page.waitForFunction(
      () => {
        const r = window.__redstring;
        const s = r?.store.getState();
        return Boolean(
          r?.cy &&
          r.cy.nodes().length > 0 &&
          s &&
          s.pending === 0 &&
          s.layoutRunning === null &&
          s.layoutSettled >= s.layout.seq,
        );
      },
      undefined,
      { timeout: 120_000, polling: 50 },
    );
    const settledAt = await page.evaluate(() => performance.now());
    return await page.evaluate(
      async ({ panMs, settledAt, caseId, renderer }) => {
        const probe = (
          window as unknown as {
            __benchProbe: { tasks: { start: number; duration: number }[]; firstDraw: number };
          }
        ).__benchProbe;
        const longest = (keep: (start: number) => boolean) =>
          Math.max(0, ...probe.tasks.filter((t) => keep(t.start)).map((t) => t.duration));
        // Only tasks that began before settling count: panning comes after.
        const loadTask = longest((start) => start < probe.firstDraw);
        const layoutTask = longest((start) => start >= probe.firstDraw && start < settledAt);
        const cy = window.__redstring!.cy!;
        // Count the renderer's own draws while the view moves every animation frame.
        const r = (cy as unknown as { renderer(): { render(o: unknown): unknown } }).renderer();
        const render = r.render;
        let draws = 0;
        r.render = function (o: unknown) {
          draws++;
          return render.call(r, o);
        };
        const base = cy.zoom();
        const center = { x: cy.width() / 2, y: cy.height() / 2 };
        const start = performance.now();
        await new Promise<void>((done) => {
          const step = (now: number) => {
            const t = (now - start) / 1000;
            cy.zoom({ level: base * (1.4 + 0.6 * Math.sin(t * 2)), renderedPosition: center });
            cy.panBy({ x: 4 * Math.cos(t), y: 4 * Math.sin(t) });
            if (now - start < panMs) requestAnimationFrame(step);
            else done();
          };
          requestAnimationFrame(step);
        });
        const seconds = (performance.now() - start) / 1000;
        r.render = render;
        return {
          caseId,
          renderer,
          nodes: cy.nodes().length,
          edges: cy.edges().length,
          firstDrawMs: probe.firstDraw,
          layoutMs: settledAt - probe.firstDraw,
          longestLoadTaskMs: loadTask,
          longestTaskMs: layoutTask,
          fps: draws / seconds,
        };
      },
      { panMs, settledAt, caseId, renderer },
    );
  } finally {
    await page.close();
  }
}

/** Builds the client, prepares the cases, and measures each case `rounds` times per renderer, alternating. */
export async function runExplorerBench(options: {
  rounds: number;
  panMs: number;
  seed: number;
}): Promise<{ cases: ExplorerCase[]; runs: ExplorerRun[] }> {
  log('explorer: building the client');
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: REPO, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stderr}`);
  log('explorer: importing the cases with the CLI');
  const { dataDir, cases } = prepareData(options.seed);
  const server = await startServer({ dataDir });
  const browser = await launch();
  const runs: ExplorerRun[] = [];
  try {
    for (let round = 0; round < options.rounds; round++) {
      for (const c of cases) {
        // ABBA: neither renderer always goes first after a page of the other.
        const order: ExplorerRun['renderer'][] = round % 2 === 0 ? ['canvas', 'webgl'] : ['webgl', 'canvas'];
        for (const renderer of order) {
          log(`explorer: round ${round + 1}, ${c.id}, ${renderer}`);
          runs.push(await measure(browser, server.url, c.id, renderer, options.panMs));
        }
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return { cases, runs };
}

type Measure = 'firstDrawMs' | 'layoutMs' | 'longestLoadTaskMs' | 'longestTaskMs' | 'fps';

const fixed = (value: number, digits = 0) => value.toFixed(digits);

/** The report: medians per case and renderer, WebGL as a ratio to canvas, and the bounds. */
export function explorerSection(result: { cases: ExplorerCase[]; runs: ExplorerRun[] }): string {
  const lines = [
    '## The explorer in the browser',
    '',
    'Medians over the rounds; WebGL ÷ canvas in brackets (same run, alternating). Bounds from the issue:',
    'layout within 3 s, no main-thread task over 200 ms. "Longest task" is split at the first drawn node:',
    'loading (the app’s script and the first answers) and then drawing and laying out.',
    '',
    '| case | renderer | nodes · edges drawn | first draw | layout | longest task, loading | longest task, drawing | pan FPS |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const c of result.cases) {
    const of = (renderer: ExplorerRun['renderer']) =>
      result.runs.filter((r) => r.caseId === c.id && r.renderer === renderer);
    const stat = (runs: ExplorerRun[], key: Measure) => median(runs.map((r) => r[key]));
    const canvas = of('canvas');
    for (const renderer of ['canvas', 'webgl'] as const) {
      const runs = of(renderer);
      if (runs.length === 0) continue;
      const cell = (key: Measure, unit: string) => {
        const value = stat(runs, key);
        const text = `${fixed(value, key === 'fps' ? 1 : 0)}${unit}`;
        return renderer === 'canvas' ? text : `${text} (${fixed(value / stat(canvas, key), 2)}×)`;
      };
      const first = runs[0]!;
      lines.push(
        `| ${c.label} | ${renderer} | ${first.nodes} · ${first.edges} | ${cell('firstDrawMs', ' ms')} | ${cell('layoutMs', ' ms')} | ${cell('longestLoadTaskMs', ' ms')} | ${cell('longestTaskMs', ' ms')} | ${cell('fps', '')} |`,
      );
    }
  }
  return lines.join('\n') + '\n';
}
