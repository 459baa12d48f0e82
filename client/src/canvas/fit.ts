/**
 * Fitting the view to elements, leaving room for what floats over the canvas (controls at the top,
 * legend and navigator at the bottom) and never zooming in so far that one node fills the screen.
 */
import type { Collection, Core } from 'cytoscape';

export interface FitOptions {
  /** Closest zoom a fit may choose. @default 1.1 */
  maxZoom?: number;
  /** Animate the move. @default true */
  animate?: boolean;
}

/** Room kept free around the fitted elements, in screen pixels. */
const INSETS = { top: 64, right: 36, bottom: 88, left: 36 };

/** Space kept between the fitted elements and an overlay, in screen pixels. */
const OVERLAY_GAP = 12;

/**
 * Room at the bottom of the canvas that the overlays marked `data-canvas-overlay="bottom"` (the legend,
 * the navigator) cover as they are drawn now: the legend grows with the types on the canvas, so a
 * fixed inset left the lowest nodes under it.
 */
function bottomInset(cy: Core): number {
  const container = cy.container();
  const area = container?.closest('.canvas-area') ?? container?.parentElement;
  if (!container || !area) return INSETS.bottom;
  const bottom = container.getBoundingClientRect().bottom;
  let inset = INSETS.bottom;
  area.querySelectorAll('[data-canvas-overlay="bottom"]').forEach((overlay) => {
    const rect = overlay.getBoundingClientRect();
    if (rect.height > 0) inset = Math.max(inset, bottom - rect.top + OVERLAY_GAP);
  });
  return inset;
}

export function fitTo(cy: Core, eles: Collection, options: FitOptions = {}): void {
  if (eles.empty()) return;
  const bb = eles.boundingBox();
  const insetBottom = Math.min(bottomInset(cy), cy.height() / 2);
  const width = Math.max(cy.width() - INSETS.left - INSETS.right, 50);
  const height = Math.max(cy.height() - INSETS.top - insetBottom, 50);
  const zoom = Math.max(
    cy.minZoom(),
    Math.min(options.maxZoom ?? 1.1, width / Math.max(bb.w, 1), height / Math.max(bb.h, 1)),
  );
  const pan = {
    x: INSETS.left + width / 2 - zoom * (bb.x1 + bb.w / 2),
    y: INSETS.top + height / 2 - zoom * (bb.y1 + bb.h / 2),
  };
  if (options.animate === false || eles.length > 2000) cy.viewport({ zoom, pan });
  else cy.animate({ zoom, pan, duration: 300, easing: 'ease-out-cubic' });
}

/**
 * Whether the view should be fitted after elements arrived: some of them lie outside it, or the whole
 * graph has shrunk to a small island in the middle.
 */
export function needsFit(cy: Core, eles: Collection): boolean {
  if (eles.empty()) return false;
  const ext = cy.extent();
  const bb = eles.boundingBox();
  const outside = bb.x1 < ext.x1 || bb.x2 > ext.x2 || bb.y1 < ext.y1 || bb.y2 > ext.y2;
  const small = bb.w < ext.w * 0.4 && bb.h < ext.h * 0.4 && cy.zoom() < 1.1;
  return outside || small;
}
