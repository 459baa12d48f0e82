import { describe, expect, it } from 'vitest';
import { entity } from './canvas-fixtures.ts';
import { mostlyPlacedByFile, openingLayout, scaledFilePositions } from './file-layout.ts';
import type { CanvasEntity } from './graph-model.ts';

const at = (id: string, x: number, y: number): CanvasEntity => ({
  ...entity(id),
  hints: { position: { x, y } },
});

describe('scaledFilePositions', () => {
  it('scales the file picture uniformly about its centre, keeping every ratio and order', () => {
    const out = scaledFilePositions([at('a', 0, 0), at('b', 10, 0), at('c', 10, 5), at('d', 0, 5)], 50);
    // Four nodes get a square of side 2 * 50; the wider side (10) becomes 100: scale 10.
    expect(out).toEqual({
      a: { x: -50, y: -25 },
      b: { x: 50, y: -25 },
      c: { x: 50, y: 25 },
      d: { x: -50, y: 25 },
    });
  });

  it('leaves out entities the file did not place, and keeps one spot when every node is on it', () => {
    expect(Object.keys(scaledFilePositions([at('a', 1, 1), entity('b')]))).toEqual(['a']);
    expect(scaledFilePositions([at('a', 3, 3), at('b', 3, 3)])).toEqual({
      a: { x: 0, y: 0 },
      b: { x: 0, y: 0 },
    });
    expect(scaledFilePositions([entity('a')])).toEqual({});
  });
});

describe('openingLayout', () => {
  it('opens on the file picture when most entities have a position from it', () => {
    expect(mostlyPlacedByFile([at('a', 0, 0), entity('b')])).toBe(true);
    expect(openingLayout('fcose', [at('a', 0, 0), at('b', 1, 1), entity('c')])).toBe('file');
  });

  it('keeps the layout in use otherwise, but not "As in the file" for a case without positions', () => {
    expect(openingLayout('concentric', [entity('a'), entity('b')])).toBe('concentric');
    expect(openingLayout('file', [entity('a'), at('b', 0, 0), entity('c')])).toBe('fcose');
    expect(mostlyPlacedByFile([])).toBe(false);
  });
});
