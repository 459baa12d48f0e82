/**
 * What the canvas's live region says about the selection, for screen readers: one entity by name,
 * type and how many relations it has in the case; one relation by type and ends; else how many.
 */
import type { GraphDoc } from '../state/graph-model.ts';
import type { Selection } from '../state/selection-slice.ts';
import { relationLabel, typeLabel } from './entity-style.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function describeSelection(doc: GraphDoc, selection: Selection): string {
  const { entities, relations } = selection;
  if (entities.length === 0 && relations.length === 0) return 'Nothing selected';
  const [entityId] = entities;
  const [relationId] = relations;
  if (entityId !== undefined && entities.length === 1 && relations.length === 0) {
    const entity = doc.entities[entityId];
    if (entity)
      return `${entity.name}, ${typeLabel(entity.type)}, ${plural(entity.degree, 'relation', 'relations')}`;
  }
  if (relationId !== undefined && relations.length === 1 && entities.length === 0) {
    const relation = doc.relations[relationId];
    if (relation) {
      const name = (id: string) => doc.entities[id]?.name ?? id;
      return `${relationLabel(relation.type)}, from ${name(relation.from)} to ${name(relation.to)}`;
    }
  }
  const parts = [
    entities.length > 0 ? plural(entities.length, 'entity', 'entities') : null,
    relations.length > 0 ? plural(relations.length, 'relation', 'relations') : null,
  ].filter((part) => part !== null);
  return `${parts.join(' and ')} selected`;
}
