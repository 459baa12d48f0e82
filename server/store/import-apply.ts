/** Writing an import plan (import-plan.ts) in its transaction, a few thousand rows per statement. */
import type { CypherTransaction } from '../engine/cypher-engine.ts';
import { withIdentifier } from '../engine/statement.ts';
import { groupBy } from './group-by.ts';
import type { ImportPlan } from './import-plan.ts';
import { entityProps, relationProps, sourceProps } from './mapping.ts';
import { chunks } from './rows.ts';
import type { Queries } from './statements.ts';

export async function applyPlan(tx: CypherTransaction, queries: Queries, plan: ImportPlan): Promise<void> {
  for (const batch of chunks(plan.sourcesToWrite))
    await tx.run(queries.get('sources-upsert'), { rows: batch.map(sourceProps) });

  const retyped = plan.entitiesToWrite.filter((e) => e.oldType && e.oldType !== e.entity.type);
  for (const [oldType, group] of groupBy(retyped, (e) => e.oldType!)) {
    const statement = withIdentifier(queries.get('entity-remove-label'), '__TYPE__', oldType, 'entity type');
    await tx.run(statement, { ids: group.map((e) => e.entity.id) });
  }
  for (const [type, group] of groupBy(plan.entitiesToWrite, (e) => e.entity.type)) {
    const statement = withIdentifier(queries.get('entities-upsert'), '__TYPE__', type, 'entity type');
    for (const batch of chunks(group))
      await tx.run(statement, {
        rows: batch.map(({ entity }) => ({ id: entity.id, props: entityProps(entity) })),
      });
  }

  for (const batch of chunks(plan.movedRelations))
    await tx.run(queries.get('relations-delete-by-id'), { ids: batch });
  for (const batch of chunks(plan.relationsToDelete))
    await tx.run(queries.get('relations-delete-at-endpoints'), { rows: batch });
  for (const [type, group] of groupBy(plan.relationsToWrite, (r) => r.type)) {
    const statement = withIdentifier(queries.get('relations-create'), '__TYPE__', type, 'relation type');
    for (const batch of chunks(group))
      await tx.run(statement, {
        rows: batch.map((r) => ({ from: r.from, to: r.to, props: relationProps(r) })),
      });
  }
}
