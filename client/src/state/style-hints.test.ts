import { describe, expect, it } from 'vitest';
import { styleHints } from './style-hints.ts';

describe('styleHints', () => {
  it('reads a GEXF viz position, colour and size', () => {
    expect(
      styleHints({ vizX: 268.7, vizY: -91.2, vizZ: 0, vizSize: 22.7, vizColor: 'rgb(216,72,45)', hub: 0.1 }),
    ).toEqual({ position: { x: 268.7, y: -91.2 }, color: 'rgb(216,72,45)', size: 22.7 });
  });

  it('takes a position only when both coordinates are finite numbers', () => {
    expect(styleHints({ vizX: 1 })).toBeNull();
    expect(styleHints({ vizX: '1', vizY: 2 })).toBeNull();
    expect(styleHints({ vizX: Number.NaN, vizY: 2 })).toBeNull();
    expect(styleHints({ vizX: 0, vizY: 0 })).toEqual({ position: { x: 0, y: 0 } });
  });

  it('keeps only colours Cytoscape can draw, and positive sizes', () => {
    expect(styleHints({ vizColor: 'rgba(1, 2, 3, 0.5)' })).toEqual({ color: 'rgba(1, 2, 3, 0.5)' });
    expect(styleHints({ vizColor: '#A0b1C2' })).toEqual({ color: '#A0b1C2' });
    expect(styleHints({ vizColor: 'red' })).toEqual({ color: 'red' });
    expect(styleHints({ vizColor: 'url(javascript:1)' })).toBeNull();
    expect(styleHints({ vizSize: 0 })).toBeNull();
  });

  it('is null for entities without hints and for anything that is not an object', () => {
    expect(styleHints({ founded: 1990 })).toBeNull();
    expect(styleHints(null)).toBeNull();
    expect(styleHints([1, 2])).toBeNull();
    expect(styleHints('x')).toBeNull();
  });
});
