/**
 * What the accessibility and small-screen suites read off a page: axe-core's serious and critical
 * violations, written out for a failure message, and the on-screen boxes of elements.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export interface Box {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * axe-core's violations of impact serious or critical on the page as it is now, one line each with
 * the elements that fail (empty when there are none). Nothing is excluded.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}×: ${v.nodes
          .slice(0, 5)
          .map((n) => `${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
          .join(' | ')})`,
    );
}

/** The boxes of the elements that match each selector and are drawn (zero-size ones are left out). */
export async function boxes(page: Page, selectors: Record<string, string>): Promise<Box[]> {
  const found: Box[] = [];
  for (const [name, selector] of Object.entries(selectors)) {
    for (const element of await page.locator(selector).all()) {
      const box = await element.boundingBox();
      if (box && box.width > 0 && box.height > 0) found.push({ name, ...box });
    }
  }
  return found;
}

/** The pairs of boxes that overlap, as "a × b" (touching edges do not count). */
export function overlaps(found: readonly Box[]): string[] {
  const pairs: string[] = [];
  found.forEach((a, i) => {
    for (const b of found.slice(i + 1)) {
      const apart =
        a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      if (!apart) pairs.push(`${a.name} × ${b.name}`);
    }
  });
  return pairs;
}

/** Whether the box lies wholly inside a viewport of this size. */
export function inside(
  box: Box | { x: number; y: number; width: number; height: number },
  width: number,
  height: number,
): boolean {
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
}
