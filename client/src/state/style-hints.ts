/**
 * Style hints an import kept from the file (docs/formats.md, "Style hints"): the properties `vizX`,
 * `vizY`, `vizSize` and `vizColor` that GEXF viz, Cytoscape `position`, yEd geometry and Gephi's
 * GraphML give. The canvas uses them for where a node goes, its colour and its size; everything else
 * the properties hold stays on the server (the details panel asks for it).
 */
import type { Position } from './graph-model.ts';

export interface StyleHints {
  /** Where the file drew the node, in the file's own units. */
  position?: Position;
  /** CSS colour text, checked to be one Cytoscape draws (an unknown name would only warn). */
  color?: string;
  /** The file's node size, in the file's own units. */
  size?: number;
}

/** `rgb(…)`, `rgba(…)`, `#rgb`, `#rrggbb` and the like, or a plain colour name. */
const COLOR =
  /^(?:rgba?\(\s*[\d.]+%?\s*,\s*[\d.]+%?\s*,\s*[\d.]+%?\s*(?:,\s*[\d.]+\s*)?\)|#[0-9a-f]{3,8}|[a-z]{3,20})$/i;

function finite(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The hints among an entity's properties (a JSON object, or anything else the API may send). */
export function styleHints(properties: unknown): StyleHints | null {
  if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) return null;
  const p = properties as Record<string, unknown>;
  const hints: StyleHints = {};
  const x = finite(p.vizX);
  const y = finite(p.vizY);
  if (x !== null && y !== null) hints.position = { x, y };
  const color = typeof p.vizColor === 'string' ? p.vizColor.trim() : '';
  if (COLOR.test(color)) hints.color = color;
  const size = finite(p.vizSize);
  if (size !== null && size > 0) hints.size = size;
  return hints.position || hints.color || hints.size ? hints : null;
}
