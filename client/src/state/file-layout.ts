/**
 * The layout "As in the file": nodes go where the imported file drew them (style hints, see
 * style-hints.ts), scaled as a whole so that the drawing has about as much room per node as the other
 * layouts give. One uniform scale keeps every ratio and order of the file's picture; the canvas then
 * frames the result to the viewport. Pure.
 */
import type { CanvasEntity, Position } from './graph-model.ts';
import type { LayoutName } from './view-slice.ts';

/** Room per node, in model pixels, that a file's drawing is scaled to: enough for a short label. */
export const FILE_SPACING = 100;

/** The file positions of `entities`, scaled about their centre to FILE_SPACING of room per node. */
export function scaledFilePositions(
  entities: readonly CanvasEntity[],
  spacing = FILE_SPACING,
): Record<string, Position> {
  const placed = entities.filter((e) => e.hints?.position);
  const out: Record<string, Position> = {};
  if (placed.length === 0) return out;
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const e of placed) {
    const p = e.hints?.position;
    if (!p) continue;
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  const side = Math.sqrt(placed.length) * spacing;
  const extent = Math.max(x2 - x1, y2 - y1);
  // Files that stack every node on one spot (all zeros) keep it; layouts elsewhere spread them out.
  const scale = extent > 0 ? side / extent : 1;
  const cx = (x1 + x2) / 2;
  const cy = (y1 + y2) / 2;
  for (const e of placed) {
    const p = e.hints?.position;
    if (p) out[e.id] = { x: (p.x - cx) * scale, y: (p.y - cy) * scale };
  }
  return out;
}

/** Whether most of `entities` have a position from the file: enough for the file's picture to stand. */
export function mostlyPlacedByFile(entities: readonly CanvasEntity[]): boolean {
  if (entities.length === 0) return false;
  const placed = entities.filter((e) => e.hints?.position).length;
  return placed * 2 >= entities.length;
}

/**
 * The layout to open `entities` with: the file's picture when it has one, else the layout in use (a
 * case without positions does not keep "As in the file" from the case opened before).
 */
export function openingLayout(current: LayoutName, entities: readonly CanvasEntity[]): LayoutName {
  if (mostlyPlacedByFile(entities)) return 'file';
  return current === 'file' ? 'fcose' : current;
}
