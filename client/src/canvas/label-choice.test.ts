import { describe, expect, it } from 'vitest';
import { chooseLabels, type LabelCandidate } from './label-choice.ts';

const metrics = { fontPx: 12, wrapPx: 130, limit: 100 };

function node(id: string, x: number, y: number, priority: number, forced = false): LabelCandidate {
  return { id, x, y, radius: 10, text: `Entity ${id}`, priority, forced };
}

describe('chooseLabels', () => {
  it('keeps the more connected of two nodes whose labels would overlap, and both when apart', () => {
    const close = chooseLabels([node('leaf', 100, 100, 1), node('hub', 110, 104, 9)], metrics);
    expect([...close]).toEqual(['hub']);
    const apart = chooseLabels([node('leaf', 100, 100, 1), node('hub', 400, 100, 9)], metrics);
    expect([...apart].sort()).toEqual(['hub', 'leaf']);
  });

  it('always labels a selected node, and stops at the limit', () => {
    const chosen = chooseLabels([node('hub', 100, 100, 9), node('picked', 105, 100, 0, true)], metrics);
    expect(chosen.has('picked')).toBe(true);
    const row = Array.from({ length: 20 }, (_, i) => node(`n${i}`, i * 300, 0, i));
    expect(chooseLabels(row, { ...metrics, limit: 5 }).size).toBe(5);
  });
});
