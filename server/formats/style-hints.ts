/**
 * Positions, colours and sizes a file gives its nodes and edges, kept as properties with the names
 * of GEXF's viz module: `vizX`, `vizY`, `vizZ`, `vizSize`, `vizColor`, `vizShape`, `vizThickness`.
 * One naming for every format, so the explorer finds a file's layout and colours whichever tool
 * wrote it (Gephi's GEXF viz elements or GraphML x/y/r/g/b/size keys, yEd's geometry and fill,
 * Cytoscape's `position`). Positions and sizes are numbers; a colour is CSS text.
 */
import type { PropertyValue } from '../model/case-format.ts';
import { norm, type Attributes } from './attribute-roles.ts';

export const VIZ_X = 'vizX';
export const VIZ_Y = 'vizY';
export const VIZ_Z = 'vizZ';
export const VIZ_SIZE = 'vizSize';
export const VIZ_COLOR = 'vizColor';
export const VIZ_SHAPE = 'vizShape';
export const VIZ_THICKNESS = 'vizThickness';

/** `rgb(r,g,b)`, or `rgba(r,g,b,a)` with an alpha: the form GEXF export writes back as viz:color. */
export function rgbText(
  r: number | string,
  g: number | string,
  b: number | string,
  a?: number | string,
): string {
  return a !== undefined ? `rgba(${r},${g},${b},${a})` : `rgb(${r},${g},${b})`;
}

const channel = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 255 ? value : null;

/**
 * A colour as CSS text: `#FFCC00` -> `rgb(255,204,0)`, `rgb(1, 2, 3)` -> `rgb(1,2,3)`, a colour
 * name (`yellow`) as it is; null when the text is none of those.
 */
export function cssColor(text: string): string | null {
  const trimmed = text.trim();
  const hex = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})?$/i.exec(trimmed);
  if (hex) {
    const [r, g, b] = [hex[1]!, hex[2]!, hex[3]!].map((h) => parseInt(h, 16));
    // yEd writes #RRGGBBAA; an opaque alpha says nothing.
    const alpha =
      hex[4] === undefined || /^ff$/i.test(hex[4]) ? undefined : +(parseInt(hex[4], 16) / 255).toFixed(3);
    return rgbText(r!, g!, b!, alpha);
  }
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(trimmed);
  if (short)
    return rgbText(
      ...([short[1]!, short[2]!, short[3]!].map((h) => parseInt(h + h, 16)) as [number, number, number]),
    );
  const rgb = /^(rgba?)\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*([\d.]+)\s*)?\)$/i.exec(
    trimmed,
  );
  if (rgb) return rgbText(rgb[2]!, rgb[3]!, rgb[4]!, rgb[5]);
  return /^[a-z]{3,20}$/i.test(trimmed) ? trimmed.toLowerCase() : null;
}

/** A style hint found among an element's attributes: which attribute gave which property. */
export interface StyleHint {
  attribute: string;
  property: string;
  value: PropertyValue;
}

const NUMERIC_HINTS: Record<'entity' | 'relation', readonly (readonly [string, string])[]> = {
  entity: [
    ['x', VIZ_X],
    ['y', VIZ_Y],
    ['z', VIZ_Z],
    ['size', VIZ_SIZE],
  ],
  relation: [['thickness', VIZ_THICKNESS]],
};
const COLOR_KEYS = ['color', 'colour', 'fillcolor', 'nodecolor', 'edgecolor', 'linecolor'];

/**
 * Style hints among a foreign element's attributes, by Gephi's and Cytoscape.js demos' names: `x`,
 * `y`, `z`, `size` (numbers), `r`, `g`, `b` (0-255, all three) and `color` (CSS text) for nodes;
 * `color` and `thickness` for edges. A property the format reader already set (`taken`) wins.
 * The attributes used are added to `consumed`.
 */
export function styleHints(
  attrs: Attributes,
  of: 'entity' | 'relation',
  consumed: Set<string>,
  taken: ReadonlySet<string>,
): StyleHint[] {
  const out: StyleHint[] = [];
  const find = (key: string) => [...attrs].find(([name]) => !consumed.has(name) && norm(name) === key);
  for (const [key, property] of NUMERIC_HINTS[of]) {
    const found = find(key);
    if (!found || taken.has(property) || typeof found[1] !== 'number' || !Number.isFinite(found[1])) continue;
    consumed.add(found[0]);
    out.push({ attribute: found[0], property, value: found[1] });
  }
  if (taken.has(VIZ_COLOR)) return out;
  if (of === 'entity') {
    const rgb = ['r', 'g', 'b'].map(find);
    const values = rgb.map((found) => channel(found?.[1]));
    if (values.every((v) => v !== null)) {
      for (const found of rgb) consumed.add(found![0]);
      out.push({
        attribute: rgb.map((found) => found![0]).join(','),
        property: VIZ_COLOR,
        value: rgbText(values[0]!, values[1]!, values[2]!),
      });
      return out;
    }
  }
  for (const key of COLOR_KEYS) {
    const found = find(key);
    const color = typeof found?.[1] === 'string' ? cssColor(found[1]) : null;
    if (!found || color === null) continue;
    consumed.add(found[0]);
    out.push({ attribute: found[0], property: VIZ_COLOR, value: color });
    break;
  }
  return out;
}
