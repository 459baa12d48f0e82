/**
 * A case's own record (:RedstringCase): its id, name, description and dates. What it holds is
 * every entity, relation and source with its `caseId` (docs/architecture.md, "Cases").
 */
import { z } from 'zod';
import type { CypherTransaction, PlainValue } from '../../engine/cypher-engine.ts';
import { ID_PATTERN } from '../../model/case-format.ts';
import { freeText, nameText } from '../../model/text-rules.ts';
import { quoteShort } from '../quote.ts';
import { asRecord } from '../rows.ts';
import type { Queries } from '../statements.ts';
import { StoreInputError } from '../types.ts';

export interface CaseRecord {
  id: string;
  name: string;
  description: string | null;
  /** ISO 8601, UTC. */
  createdAt: string;
  /** When the case or anything in it last changed (every write to it sets it). */
  updatedAt: string;
  /** Who created it (the audit log's actor name). */
  createdBy: string;
}

/** What a case is created with; the id follows the identifier rule of entity ids. */
export const caseInputSchema = z.strictObject({
  id: z.string().regex(ID_PATTERN, 'case ids must match ^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$'),
  name: nameText(z.string().min(1).max(200)),
  description: freeText(z.string().max(5_000)).optional(),
});
export type CaseInput = z.input<typeof caseInputSchema>;

/** A change of name or description; an empty description removes it. */
export const caseUpdateSchema = z.strictObject({
  name: nameText(z.string().min(1).max(200)).optional(),
  description: freeText(z.string().max(5_000)).optional(),
});
export type CaseUpdate = z.input<typeof caseUpdateSchema>;

/** Checks `input` against `schema`; the error names the field and says what is wrong. */
export function parseCaseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${[what, ...issue.path].join('.')}: ${issue.message}`);
  throw new StoreInputError(`Invalid ${what}: ${problems.join('; ')}`);
}

/** Refuses an id that breaks the identifier rule, with the id, before any statement runs. */
export function checkCaseId(id: string): string {
  if (!ID_PATTERN.test(id))
    throw new StoreInputError(
      `case id ${quoteShort(id)} is not valid: case ids must match ^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$`,
    );
  return id;
}

export function caseNotFound(id: string): StoreInputError {
  return new StoreInputError(`no case ${quoteShort(id)}: \`cases\` lists them`, 'CASE_NOT_FOUND');
}

export function toCaseRecord(value: PlainValue | undefined): CaseRecord {
  const record = asRecord(value ?? null);
  return {
    id: String(record.id),
    name: String(record.name ?? record.id),
    description: typeof record.description === 'string' ? record.description : null,
    createdAt: String(record.createdAt),
    updatedAt: String(record.updatedAt ?? record.createdAt),
    createdBy: String(record.createdBy ?? ''),
  };
}

export async function readCases(tx: CypherTransaction, queries: Queries): Promise<CaseRecord[]> {
  const rows = await tx.run(queries.get('cases-list'));
  return rows.map((row) => toCaseRecord(row.record));
}

export async function createCaseRecord(
  tx: CypherTransaction,
  queries: Queries,
  input: z.output<typeof caseInputSchema>,
  createdBy: string,
): Promise<CaseRecord> {
  const rows = await tx.run(queries.get('case-create'), {
    id: input.id,
    name: input.name,
    description: input.description ?? null,
    at: new Date().toISOString(),
    createdBy,
  });
  return toCaseRecord(rows[0]?.record);
}
