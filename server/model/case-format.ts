/**
 * The native interchange format: `{ sources, entities, relations }` with exactly the GraphQL
 * shapes. The Kursk case is written in it, the JSON importer reads it and the JSON exporter writes
 * it, so this file is the one definition of what a valid graph file is.
 */
import { z } from 'zod';
import { freeText, nameText } from './text-rules.ts';

/** Stable, user-visible ids (docs/architecture.md): safe in URLs, Cypher parameters and file names. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;
/** Entity types are PascalCase labels; they pass the identifier rule before they are spliced. */
export const ENTITY_TYPE_PATTERN = /^[A-Z][A-Za-z0-9]{0,63}$/;
/** Labels of the store's own nodes (the audit log, markers) start with it; no entity type may. */
export const RESERVED_TYPE_PREFIX = 'Redstring';
/** Relation types are UPPER_SNAKE relationship types; same rule. */
export const RELATION_TYPE_PATTERN = /^[A-Z][A-Z0-9_]{0,63}$/;
/** Free-form property names: what a Neo4j user can write unquoted in Cypher. */
export const PROPERTY_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
/** Partial ISO dates: a year, a month or a day. */
export const PARTIAL_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export const RELATION_STATUSES = ['reported', 'confirmed', 'denied', 'estimated'] as const;
export type RelationStatus = (typeof RELATION_STATUSES)[number];

/** Where the store keeps an entity's or a relation's evidence: parallel lists, one item per quote. */
export const EVIDENCE_KEYS = ['evidenceSources', 'evidenceQuotes', 'evidenceLocators'] as const;

/** Names the store keeps for itself on an entity node; a free-form property may not use them. */
export const RESERVED_ENTITY_KEYS: ReadonlySet<string> = new Set([
  'id',
  // The case the record belongs to (docs/architecture.md, "Cases").
  'caseId',
  'type',
  'name',
  'aliases',
  'description',
  'spanStart',
  'spanEnd',
  ...EVIDENCE_KEYS,
]);
/** Names the store keeps for itself on a relationship. */
export const RESERVED_RELATION_KEYS: ReadonlySet<string> = new Set([
  'id',
  'caseId',
  'type',
  'from',
  'to',
  'date',
  'startDate',
  'endDate',
  'status',
  'sources',
  'spanStart',
  'spanEnd',
  ...EVIDENCE_KEYS,
]);

const scalar = z.union([freeText(z.string().max(10_000)), z.number(), z.boolean()]);
export const propertyValueSchema = z.union([scalar, z.array(scalar).max(1_000)]);
export type PropertyValue = z.infer<typeof propertyValueSchema>;

const id = z.string().regex(ID_PATTERN, 'must match ^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$');
const partialDate = z
  .string()
  .regex(PARTIAL_DATE_PATTERN, 'must be a partial ISO date: 2024, 2024-10 or 2024-10-15');

function propertiesSchema(reserved: ReadonlySet<string>) {
  return z
    .record(
      z
        .string()
        .regex(PROPERTY_NAME_PATTERN, 'property names must match ^[A-Za-z][A-Za-z0-9_]{0,63}$')
        .refine((key) => !reserved.has(key), { message: 'is a reserved name' }),
      propertyValueSchema,
    )
    .default({});
}

export const sourceSchema = z.strictObject({
  id,
  title: nameText(z.string().min(1).max(1_000)),
  publisher: freeText(z.string().max(500)).optional(),
  url: z.url().optional(),
  publishedAt: partialDate.optional(),
  kind: nameText(z.string().min(1).max(64)).default('article'),
});

export const evidenceSchema = z.strictObject({
  /** Id of the source that reports the fact. */
  source: id,
  /** The words of the source that support the fact, copied exactly. */
  quote: freeText(z.string().min(1).max(5_000)),
  /** Where in the source: a page, paragraph, timestamp or section. */
  locator: freeText(z.string().max(500)).optional(),
});

export const entitySchema = z.strictObject({
  id,
  type: z
    .string()
    .regex(ENTITY_TYPE_PATTERN, 'entity types are PascalCase, e.g. Person or GovernmentBody')
    // An entity's type becomes a label: one named like the store's own (:RedstringAudit, the bulk
    // load's marker) would pass for an audit record or a marker.
    .refine((type) => !type.startsWith(RESERVED_TYPE_PREFIX), {
      message: `entity types starting with ${RESERVED_TYPE_PREFIX} are reserved for the store's own records`,
    }),
  name: nameText(z.string().min(1).max(1_000)),
  aliases: z
    .array(nameText(z.string().min(1).max(1_000)))
    .max(1_000)
    .default([]),
  description: freeText(z.string().max(20_000)).optional(),
  properties: propertiesSchema(RESERVED_ENTITY_KEYS),
  evidence: z.array(evidenceSchema).default([]),
});

export const relationSchema = z
  .strictObject({
    id,
    type: z.string().regex(RELATION_TYPE_PATTERN, 'relation types are UPPER_SNAKE, e.g. MEMBER_OF'),
    from: id,
    to: id,
    properties: propertiesSchema(RESERVED_RELATION_KEYS),
    date: partialDate.optional(),
    startDate: partialDate.optional(),
    endDate: partialDate.optional(),
    status: z.enum(RELATION_STATUSES).optional(),
    evidence: z.array(evidenceSchema).default([]),
  })
  .refine((r) => !r.startDate || !r.endDate || r.startDate <= r.endDate, {
    message: 'startDate is after endDate',
    path: ['startDate'],
  });

export const graphFileSchema = z.strictObject({
  sources: z.array(sourceSchema).default([]),
  entities: z.array(entitySchema).default([]),
  relations: z.array(relationSchema).default([]),
});

export type SourceInput = z.output<typeof sourceSchema>;
export type EvidenceInput = z.output<typeof evidenceSchema>;
export type EntityInput = z.output<typeof entitySchema>;
export type RelationInput = z.output<typeof relationSchema>;
export type GraphFile = z.output<typeof graphFileSchema>;

/** A problem with one entry of a graph file, located precisely enough to fix it. */
export interface GraphFileIssue {
  /** JSON path to the offending field, e.g. `relations[12].evidence[0].quote`. */
  path: string;
  message: string;
}

export class GraphFileError extends Error {
  constructor(
    readonly file: string,
    readonly issues: readonly GraphFileIssue[],
  ) {
    const shown = issues.slice(0, 10).map((i) => `  ${i.path}: ${i.message}`);
    const more = issues.length > 10 ? [`  ...and ${issues.length - 10} more`] : [];
    super([`${file} is not a valid Redstring graph file:`, ...shown, ...more].join('\n'));
    this.name = 'GraphFileError';
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, part) =>
      typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part),
    '',
  );
}

/**
 * Validates a parsed graph file: shapes by the schema, then the cross-references a schema cannot
 * see (unique ids, relation endpoints, evidence sources). Throws a GraphFileError naming each entry
 * and field; returns the file with defaults filled in. With `crossReferences: false` (one chunk of a
 * larger import) endpoints and sources may be elsewhere; the store checks them against itself.
 */
export function parseGraphFile(
  data: unknown,
  file = 'graph file',
  options: { crossReferences?: boolean } = {},
): GraphFile {
  const parsed = graphFileSchema.safeParse(data);
  if (!parsed.success) {
    throw new GraphFileError(
      file,
      parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path) || '(root)',
        message: issue.message,
      })),
    );
  }
  const graph = parsed.data;
  const issues: GraphFileIssue[] = [];
  const sourceIds = new Set<string>();
  const entityIds = new Set<string>();
  const relationIds = new Set<string>();
  const unique = (seen: Set<string>, value: string, path: string) => {
    if (seen.has(value)) issues.push({ path, message: `duplicate id "${value}"` });
    seen.add(value);
  };
  graph.sources.forEach((s, i) => unique(sourceIds, s.id, `sources[${i}].id`));
  graph.entities.forEach((e, i) => unique(entityIds, e.id, `entities[${i}].id`));
  graph.relations.forEach((r, i) => unique(relationIds, r.id, `relations[${i}].id`));
  if (options.crossReferences === false) {
    if (issues.length > 0) throw new GraphFileError(file, issues);
    return graph;
  }
  const checkEvidence = (evidence: readonly EvidenceInput[], at: string) =>
    evidence.forEach((ev, j) => {
      if (!sourceIds.has(ev.source))
        issues.push({ path: `${at}.evidence[${j}].source`, message: `names unknown source "${ev.source}"` });
    });
  graph.entities.forEach((e, i) => checkEvidence(e.evidence, `entities[${i}]`));
  graph.relations.forEach((r, i) => {
    if (!entityIds.has(r.from))
      issues.push({ path: `relations[${i}].from`, message: `names unknown entity "${r.from}"` });
    if (!entityIds.has(r.to))
      issues.push({ path: `relations[${i}].to`, message: `names unknown entity "${r.to}"` });
    checkEvidence(r.evidence, `relations[${i}]`);
  });
  if (issues.length > 0) throw new GraphFileError(file, issues);
  return graph;
}
