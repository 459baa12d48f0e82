/**
 * The Cytoscape stylesheet. Node colour, shape and size come from element data (set from the entity's
 * type and degree), so one rule serves every type. Large canvases drop what costs the most to draw:
 * curved edges, edge labels, and labels too small to read at the current zoom.
 */
import type { StylesheetJson } from 'cytoscape';

export const CANVAS_BACKGROUND = '#f7f8fa';
const INK = '#1f2430';
const EDGE = '#aab2bd';
const PATH = '#e03131';

export function canvasStyle(large: boolean): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        shape: 'data(shape)' as never,
        width: large ? 'data(sizeLarge)' : 'data(size)',
        height: large ? 'data(sizeLarge)' : 'data(size)',
        'border-width': 2,
        'border-color': '#ffffff',
        label: 'data(label)',
        color: INK,
        'font-family': 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif',
        'font-size': 12,
        'font-weight': 500,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 5,
        'text-wrap': 'wrap',
        'text-max-width': '130px',
        'text-background-color': CANVAS_BACKGROUND,
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': large ? 11 : 6,
        'overlay-opacity': 0,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.4,
        'line-color': EDGE,
        'target-arrow-color': EDGE,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.85,
        'curve-style': large ? 'straight' : 'bezier',
        'control-point-step-size': 36,
        label: large ? '' : 'data(label)',
        'font-family': 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif',
        'font-size': 9,
        color: '#6b7280',
        'text-rotation': 'autorotate',
        'text-background-color': CANVAS_BACKGROUND,
        'text-background-opacity': 0.9,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 8,
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
