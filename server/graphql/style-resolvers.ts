/**
 * Resolvers of style-hints.graphql: an entity's drawing hints, read from the `viz*` properties the
 * importers keep (server/formats/style-hints.ts), so that a canvas gets four numbers rather than
 * every property of every entity it draws.
 */
import type { Resolvers } from './generated/resolvers-types.ts';
import { isWholeEntity } from './parents.ts';

const finite = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

export const styleResolvers: Resolvers = {
  Entity: {
    style: (entity) => {
      if (!isWholeEntity(entity)) return null;
      const p = entity.properties;
      const x = finite(p.vizX);
      const y = finite(p.vizY);
      const placed = x !== null && y !== null;
      const hints = {
        x: placed ? x : null,
        y: placed ? y : null,
        size: finite(p.vizSize),
        color: typeof p.vizColor === 'string' ? p.vizColor : null,
      };
      return placed || hints.size !== null || hints.color !== null ? hints : null;
    },
  },
};
