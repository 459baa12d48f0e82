/**
 * A made-up graph put straight into the page's store: the same graph on every run (a seeded
 * generator), with a few hubs and many leaves as real cases have. The large-canvas and force-layout
 * suites draw it without going through the server, so they measure the canvas alone.
 */
import type { Page } from 'playwright-core';

/**
 * Replaces the canvas with `nodes` entities and about `edges` relations. Asks for a full force layout
 * in the same update when `layout` is set; otherwise the nodes stay where they are first put.
 */
export async function commitSyntheticGraph(
  page: Page,
  size: { nodes: number; edges: number },
  layout: boolean,
): Promise<void> {
  await page.evaluate(
    ({ nodes, edges, layout }) => {
      const r = window.__redstring;
      if (!r) throw new Error('no app handle');
      let seed = 42;
      const random = () => {
        seed = (seed * 1664525 + 1013904223) % 4294967296;
        return seed / 4294967296;
      };
      const types = ['Person', 'Organization', 'Company', 'Place', 'Event', 'Group', 'Country'];
      const entities: Record<
        string,
        { id: string; type: string; name: string; aliases: string[]; degree: number }
      > = {};
      for (let i = 0; i < nodes; i++) {
        const id = `synthetic-${i}`;
        entities[id] = {
          id,
          type: types[i % types.length] ?? 'Person',
          name: `Entity ${i}`,
          aliases: [],
          degree: 0,
        };
      }
      type Rel = {
        id: string;
        type: string;
        from: string;
        to: string;
        date: null;
        startDate: null;
        endDate: null;
        status: null;
        sources: string[];
      };
      const relations: Record<string, Rel> = {};
      for (let i = 0; i < edges; i++) {
        // Low ids are hubs, as in real cases.
        const a = Math.floor(Math.pow(random(), 2) * nodes);
        const b = Math.floor(random() * nodes);
        if (a === b) continue;
        const id = `synthetic-rel-${i}`;
        const rel: Rel = {
          id,
          type: i % 3 ? 'LINKED_TO' : 'OWNS',
          from: `synthetic-${a}`,
          to: `synthetic-${b}`,
          date: null,
          startDate: null,
          endDate: null,
          status: null,
          sources: [],
        };
        relations[id] = rel;
        const ea = entities[rel.from];
        const eb = entities[rel.to];
        if (ea) ea.degree++;
        if (eb) eb.degree++;
      }
      const s = r.store.getState();
      s.commit(() => ({ entities, relations, positions: {}, hidden: [], pinned: [] }), null);
      if (layout) s.requestLayout('fcose', 'full', true);
    },
    { ...size, layout },
  );
}
