/** Where the arrow keys take the canvas's selection (keyboard-moves.ts). */
import { describe, expect, it } from 'vitest';
import { nearestInDirection, nearestTo, type Point } from './keyboard-moves.ts';

const at = (id: string, x: number, y: number): Point => ({ id, x, y });
const from = at('from', 0, 0);
// A plus sign around `from`, with a nearer node off to one side of each arm.
const points = [
  from,
  at('right', 100, 10),
  at('left', -100, -10),
  at('up', 5, -100),
  at('down', -5, 100),
  at('near-but-aside', 40, 60),
];

describe('nearestInDirection', () => {
  it('goes to the node the arrow points at, not a nearer one off to the side', () => {
    expect(nearestInDirection(from, points, 'right')?.id).toBe('right');
    expect(nearestInDirection(from, points, 'left')?.id).toBe('left');
    expect(nearestInDirection(from, points, 'up')?.id).toBe('up');
    expect(nearestInDirection(from, points, 'down')?.id).toBe('down');
  });

  it('takes a node off the diagonal when nothing lies within 45°, and none when nothing lies that way', () => {
    const lone = [from, at('steep', 10, 80)];
    expect(nearestInDirection(from, lone, 'right')?.id).toBe('steep');
    expect(nearestInDirection(from, lone, 'left')).toBeNull();
    expect(nearestInDirection(from, lone, 'up')).toBeNull();
  });
});

describe('nearestTo', () => {
  it('starts from the node nearest the centre of the view', () => {
    expect(nearestTo({ x: 38, y: 55 }, points)?.id).toBe('near-but-aside');
    expect(nearestTo({ x: 0, y: 0 }, [])).toBeNull();
  });
});
