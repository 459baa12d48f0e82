/**
 * The Cytoscape stylesheet. Node colour, shape and size come from element data (set from the entity's
 * type and degree), so one rule serves every type. Node labels are drawn only on nodes the label
 * controller marks `labelled` (most connected first, never piled up); edge labels only once zoomed in
 * far enough to draw them at a readable size, or on a selected or highlighted relation. Large canvases
 * drop what costs the most to draw: curved edges and edge labels.
 */
import type { StylesheetJson } from 'cytoscape';

export const CANVAS_BACKGROUND = '#f7f8fa';
const INK = '#1f2430';
const EDGE = '#aab2bd';
const PATH = '#e03131';

/** Node label size and wrap width in model pixels (the label controller scales them up when zoomed out). */
export const NODE_FONT_PX = 12;
export const NODE_WRAP_PX = 130;
/** Edge label size in model pixels, and the smallest on-screen size at which one is drawn: below it
 * (zoomed out) edge labels are noise; the issue measured them at about 7 px. */
export const EDGE_FONT_PX = 11;
export const EDGE_MIN_SCREEN_PX = 10;

export function canvasStyle(large: boolean): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        shape: 'data(shape)' as never,
        width: large ? 'data(sizeLarge)' : 'data(size)',
        height: large ? 'data(sizeLarge)' : 'data(size)',
        // A white ring sets nodes apart; on a large canvas, zoomed out, it is too thin to see and
        // costs about a quarter of each redraw (measured at 2,000 nodes in headless Chromium).
        'border-width': large ? 0 : 2,
        'border-color': '#ffffff',
        // Drawn only when the label controller marks the node `labelled` (below).
        label: '',
        color: INK,
        'font-family': 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif',
        'font-size': NODE_FONT_PX,
        'font-weight': 500,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 5,
        'text-wrap': 'wrap',
        'text-max-width': `${NODE_WRAP_PX}px`,
        'text-background-color': CANVAS_BACKGROUND,
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        // Small canvases keep labels at their size (the layout made room for that size): below this
        // on screen they are not drawn. Large ones are grown by the label controller instead.
        'min-zoomed-font-size': 6,
        'overlay-opacity': 0,
      },
    },
    { selector: 'node.labelled', style: { label: 'data(label)' } },
    {
      selector: 'edge',
      style: {
        width: 1.4,
        'line-color': EDGE,
        'target-arrow-color': EDGE,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.85,
        // Haystack on large canvases: no control points or arrowheads to compute and draw, which
        // are most of a redraw at thousands of relations; a picked relation gets its arrow back.
        'curve-style': large ? 'haystack' : 'bezier',
        'haystack-radius': 0,
        'control-point-step-size': 36,
        // Drawn only when the label controller marks the edge `labelled` (zoomed in far enough to
        // read it: Cytoscape's min-zoomed-font-size alone was seen drawing them at about 7 px).
        label: '',
        'font-family': 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif',
        'font-size': EDGE_FONT_PX,
        color: '#4b5563',
        'text-rotation': 'autorotate',
        'text-background-color': CANVAS_BACKGROUND,
        'text-background-opacity': 0.9,
        'text-background-padding': '1px',
        'min-zoomed-font-size': EDGE_MIN_SCREEN_PX,
        'overlay-opacity': 0,
      },
    },
    {
      selector: 'edge[status = "confirmed"]',
      style: { width: 2, 'line-color': '#8a94a3', 'target-arrow-color': '#8a94a3' },
    },
    {
      selector: 'edge[status = "estimated"]',
      style: { 'line-style': 'dashed', 'line-dash-pattern': [5, 4] },
    },
    {
      selector: 'edge[status = "denied"]',
      style: {
        'line-style': 'dashed',
        'line-dash-pattern': [2, 3],
        'line-color': '#f59f00',
        'target-arrow-color': '#f59f00',
      },
    },
    { selector: 'node.pinned', style: { 'border-color': INK, 'border-width': 2, 'border-style': 'dashed' } },
    {
      selector: 'node:selected',
      style: { 'border-color': INK, 'border-width': 3.5, 'font-weight': 700, 'z-index': 20 },
    },
    {
      selector: 'edge:selected',
      style: { 'line-color': INK, 'target-arrow-color': INK, width: 3, color: INK, 'z-index': 20 },
    },
    { selector: 'edge.labelled', style: { label: 'data(label)' } },
    // A relation picked out is named at any zoom (the label controller keeps its size readable).
    {
      selector: 'edge:selected, edge.path',
      style: {
        label: 'data(label)',
        'min-zoomed-font-size': 0,
        ...(large ? { 'curve-style': 'straight' } : {}),
      },
    },
    { selector: '.faded', style: { opacity: 0.16 } },
    { selector: 'node.path', style: { 'border-color': PATH, 'border-width': 4, opacity: 1, 'z-index': 30 } },
    {
      selector: 'edge.path',
      style: {
        'line-color': PATH,
        'target-arrow-color': PATH,
        width: 3.5,
        color: PATH,
        opacity: 1,
        'z-index': 30,
      },
    },
    { selector: '.filtered', style: { display: 'none' } },
  ];
}
