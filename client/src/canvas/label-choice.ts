/**
 * Which node labels to draw at the current zoom: the most connected nodes first, each label only if
 * its box does not overlap one already chosen. Works in rendered (screen) pixels, on boxes estimated
 * from the text's length: measuring thousands of labels would cost more than the zoom can wait, and
 * the estimate errs on the wide side.
 */

export interface LabelCandidate {
  id: string;
  /** Rendered position of the node's centre. */
  x: number;
  y: number;
  /** Rendered half-height of the node: the label hangs below it. */
  radius: number;
  text: string;
  /** Higher first: the node's degree. */
  priority: number;
  /** Always labelled (selected): placed before the rest. */
  forced: boolean;
}

export interface LabelMetrics {
  /** On-screen font size. */
  fontPx: number;
  /** On-screen width at which a label wraps. */
  wrapPx: number;
  /** Most labels drawn at once, whatever the room. */
  limit: number;
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Average glyph width over font size for the UI font, rounded up; and line height over font size. */
const GLYPH = 0.55;
const LINE = 1.25;
/** Space kept between two labels, in screen pixels. */
const GAP = 3;
const CELL = 96;

/**
 * The estimated size of a label's text at `fontPx`, wrapped at `wrapPx` (in the same unit). Cytoscape
 * wraps at spaces and never inside a word, with no limit on lines: a long name (a UN committee's runs
 * to ten lines) is as tall as its words make it, and a word wider than the wrap sticks out.
 */
export function labelSize(text: string, fontPx: number, wrapPx: number): { width: number; height: number } {
  const glyph = GLYPH * fontPx;
  let lines = 1;
  let line = 0;
  let widest = 0;
  for (const word of text.split(/\s+/)) {
    if (word === '') continue;
    const width = word.length * glyph;
    if (line > 0 && line + glyph + width > wrapPx) {
      widest = Math.max(widest, line);
      lines++;
      line = width;
    } else line = line > 0 ? line + glyph + width : width;
  }
  widest = Math.max(widest, line);
  return { width: widest, height: lines * LINE * fontPx };
}

function labelBox(c: LabelCandidate, m: LabelMetrics): Box {
  const { width, height } = labelSize(c.text, m.fontPx, m.wrapPx);
  const top = c.y + c.radius + 0.4 * m.fontPx;
  return { x1: c.x - width / 2 - GAP, x2: c.x + width / 2 + GAP, y1: top - GAP, y2: top + height + GAP };
}

const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** The ids to label, greedily by priority, no two chosen boxes overlapping (forced ones always in). */
export function chooseLabels(candidates: readonly LabelCandidate[], m: LabelMetrics): Set<string> {
  const ordered = [...candidates].sort(
    (a, b) => Number(b.forced) - Number(a.forced) || b.priority - a.priority || (a.id < b.id ? -1 : 1),
  );
  // A grid of cells, each listing the boxes that reach into it: a new box is checked against its cells only.
  const grid = new Map<string, Box[]>();
  const cells = (b: Box) => {
    const keys: string[] = [];
    for (let i = Math.floor(b.x1 / CELL); i <= Math.floor(b.x2 / CELL); i++)
      for (let j = Math.floor(b.y1 / CELL); j <= Math.floor(b.y2 / CELL); j++) keys.push(`${i},${j}`);
    return keys;
  };
  const chosen = new Set<string>();
  for (const c of ordered) {
    if (chosen.size >= m.limit && !c.forced) break;
    const box = labelBox(c, m);
    const keys = cells(box);
    if (!c.forced && keys.some((k) => grid.get(k)?.some((other) => overlap(box, other)))) continue;
    chosen.add(c.id);
    for (const k of keys) {
      const list = grid.get(k);
      if (list) list.push(box);
      else grid.set(k, [box]);
    }
  }
  return chosen;
}
