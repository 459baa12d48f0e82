/**
 * Where an arrow key takes the keyboard's selection on the canvas: to the nearest entity in that
 * direction, as the eye would go. Pure, over plain points, so that it is tested without a canvas.
 */

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Point {
  id: string;
  x: number;
  y: number;
}

/** The arrow keys, in the canvas's coordinates (y grows downwards, as on screen). */
export const ARROW_DIRECTIONS: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** How far along the direction, and how far off it, `to` lies from `from`. */
function offsets(from: Point, to: Point, direction: Direction): { along: number; across: number } {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  switch (direction) {
    case 'right':
      return { along: dx, across: Math.abs(dy) };
    case 'left':
      return { along: -dx, across: Math.abs(dy) };
    case 'down':
      return { along: dy, across: Math.abs(dx) };
    case 'up':
      return { along: -dy, across: Math.abs(dx) };
  }
}

/**
 * The point to move to from `from`: among those within 45° of the direction, the one nearest along it
 * (straying off it counts double, so the move goes where the arrow points rather than to a closer node
 * off to one side); when none lies within 45°, the nearest one anywhere on that side. Null when
 * nothing lies that way.
 */
export function nearestInDirection(
  from: Point,
  points: readonly Point[],
  direction: Direction,
): Point | null {
  let best: Point | null = null;
  let bestScore = Infinity;
  let bestInCone = false;
  for (const point of points) {
    if (point.id === from.id) continue;
    const { along, across } = offsets(from, point, direction);
    if (along <= 0) continue;
    const inCone = across <= along;
    const score = along + 2 * across;
    const better =
      (inCone && !bestInCone) ||
      (inCone === bestInCone &&
        (score < bestScore || (score === bestScore && best !== null && point.id < best.id)));
    if (better) {
      best = point;
      bestScore = score;
      bestInCone = inCone;
    }
  }
  return best;
}

/** The point nearest to `centre`: where the keyboard starts when nothing is selected. */
export function nearestTo(centre: { x: number; y: number }, points: readonly Point[]): Point | null {
  let best: Point | null = null;
  let bestDistance = Infinity;
  for (const point of points) {
    const distance = Math.hypot(point.x - centre.x, point.y - centre.y);
    if (distance < bestDistance) {
      best = point;
      bestDistance = distance;
    }
  }
  return best;
}
