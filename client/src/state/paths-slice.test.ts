import { describe, expect, it } from 'vitest';
import { pathCards } from './path-cards.ts';
import { initialPaths, setPathEnd, setPathResults } from './paths-slice.ts';

const kim = { id: 'kim-jong-un', name: 'Kim Jong Un', type: 'Person' };
const kursk = { id: 'kursk-region', name: 'Kursk Region', type: 'Place' };

describe('the paths slice', () => {
  it('sets and clears either end of the path finder without touching the other', () => {
    let s = setPathEnd(initialPaths, 'from', kim);
    s = setPathEnd(s, 'to', kursk);
    expect(s).toEqual({ pathFrom: kim, pathTo: kursk, pathResults: null });
    expect(setPathEnd(s, 'from', null)).toEqual({ pathFrom: null, pathTo: kursk, pathResults: null });
    expect(setPathEnd(s, 'to', null)).toEqual({ pathFrom: kim, pathTo: null, pathResults: null });
  });

  it('keeps what the last search found, until it is cleared', () => {
    const results = {
      label: 'Shortest path',
      paths: pathCards([
        {
          entities: [kim.id, kursk.id],
          names: [kim.name, kursk.name],
          steps: [{ relation: 'r', type: 'SENDS', forward: true, status: null, sources: 1 }],
        },
      ]),
      truncated: false,
    };
    const s = setPathResults(initialPaths, results);
    expect(s.pathResults).toBe(results);
    expect(setPathResults(s, null).pathResults).toBeNull();
  });
});
