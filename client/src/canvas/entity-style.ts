/**
 * Colour and shape per entity type: fixed for the types investigators meet most, derived from the
 * type's name for the rest (the set of types is open), so a type keeps its look across sessions.
 */

export type NodeShape =
  | 'ellipse'
  | 'round-rectangle'
  | 'rectangle'
  | 'hexagon'
  | 'octagon'
  | 'pentagon'
  | 'diamond'
  | 'triangle'
  | 'barrel'
  | 'tag'
  | 'rhomboid'
  | 'star'
  | 'vee';

export interface TypeStyle {
  color: string;
  shape: NodeShape;
}

const KNOWN: Record<string, TypeStyle> = {
  Person: { color: '#3b5bdb', shape: 'ellipse' },
  Country: { color: '#e8590c', shape: 'hexagon' },
  Place: { color: '#2f9e44', shape: 'pentagon' },
  Organization: { color: '#0c8599', shape: 'round-rectangle' },
  Company: { color: '#1971c2', shape: 'round-rectangle' },
  GovernmentBody: { color: '#7048e8', shape: 'octagon' },
  MilitaryUnit: { color: '#c92a2a', shape: 'triangle' },
  Group: { color: '#f08c00', shape: 'barrel' },
  Event: { color: '#d6336c', shape: 'diamond' },
  Document: { color: '#868e96', shape: 'rectangle' },
  LegalInstrument: { color: '#66a80f', shape: 'rhomboid' },
  MediaOutlet: { color: '#495057', shape: 'tag' },
};

const FALLBACK_COLORS = [
  '#ae3ec9',
  '#099268',
  '#e67700',
  '#1c7ed6',
  '#5c940d',
  '#c2255c',
  '#6741d9',
  '#0b7285',
];
const FALLBACK_SHAPES: NodeShape[] = ['star', 'vee', 'round-rectangle', 'hexagon', 'diamond', 'pentagon'];

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

export function typeStyle(type: string): TypeStyle {
  const known = KNOWN[type];
  if (known) return known;
  const h = hash(type);
  return {
    color: FALLBACK_COLORS[h % FALLBACK_COLORS.length] ?? '#868e96',
    shape: FALLBACK_SHAPES[(h >>> 8) % FALLBACK_SHAPES.length] ?? 'ellipse',
  };
}

/**
 * Node diameter from the entity's degree in the whole case: hubs stand out, leaves stay legible. On a
 * large canvas nodes are smaller so that thousands of them do not cover one another.
 */
export function nodeSize(degree: number, large = false): number {
  const d = Math.sqrt(Math.max(0, degree));
  return Math.round(large ? Math.min(40, 12 + 3 * d) : Math.min(72, 22 + 7 * d));
}

/**
 * Node diameter from a size the file gave, held to the range degree sizes use: files measure in their
 * own units (Gephi's run from about 4 to 100), and a node that covers its neighbours or vanishes helps
 * no one.
 */
export function hintedSize(size: number, large = false): number {
  return Math.round(large ? Math.min(40, Math.max(10, size * 0.6)) : Math.min(72, Math.max(18, size)));
}

/** Splits `GovernmentBody` into `Government body` for people to read. */
export function typeLabel(type: string): string {
  const words = type.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(' ');
  return words.map((w, i) => (i === 0 ? w : w.toLowerCase())).join(' ');
}

/** `DEPLOYED_TO` as `deployed to`. */
export function relationLabel(type: string): string {
  return type.toLowerCase().replace(/_/g, ' ');
}

/** SVG points (viewBox 0 0 20 20) of the polygon shapes, for legends and badges. */
export const SHAPE_POINTS: Partial<Record<NodeShape, string>> = {
  hexagon: '5,2 15,2 19.5,10 15,18 5,18 0.5,10',
  octagon: '6,1 14,1 19,6 19,14 14,19 6,19 1,14 1,6',
  pentagon: '10,1 19,8 15.5,19 4.5,19 1,8',
  diamond: '10,0.5 19.5,10 10,19.5 0.5,10',
  triangle: '10,1.5 19.5,18.5 0.5,18.5',
  tag: '1,3 14,3 19,10 14,17 1,17',
  rhomboid: '5,3 19.5,3 15,17 0.5,17',
  star: '10,0.8 12.6,7 19.5,7.3 14.1,11.6 16,18.6 10,14.6 4,18.6 5.9,11.6 0.5,7.3 7.4,7',
  vee: '0.5,2 10,8 19.5,2 10,19',
};
