/**
 * Which way y points. `vizY` is a screen y, pointing down, as Cytoscape.js, Cytoscape desktop
 * (`.cyjs`) and yEd draw; Gephi's y (GEXF `viz:position`, the `y` of its GraphML) points up, so a
 * Gephi drawing read as it is shows upside down. Its readers flip y on the way in and its writer on
 * the way out, so a file goes back to Gephi as it came.
 */
import type { PropertyValue } from '../model/case-format.ts';
import { norm, type Attributes } from './attribute-roles.ts';
import { VIZ_Y } from './style-hints.ts';

/** A y of Gephi's as a screen y, or back (0 stays 0, not -0, so that values compare as written). */
export const flipY = (y: number): number => (y === 0 ? 0 : -y);

/**
 * Gephi's GraphML `y`: moved out of `attrs` into `viz` as a screen `vizY`, unless the file gave a
 * position already (yEd's geometry, which points down). The attribute's name, for the import
 * report, or null when there is none.
 */
export function takeGephiY(attrs: Attributes, viz: Record<string, PropertyValue>): string | null {
  if (viz[VIZ_Y] !== undefined) return null;
  for (const [name, value] of attrs)
    if (norm(name) === 'y' && typeof value === 'number' && Number.isFinite(value)) {
      viz[VIZ_Y] = flipY(value);
      attrs.delete(name);
      return name;
    }
  return null;
}
