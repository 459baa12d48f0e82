/**
 * The workload's documents asked inside one case (`case(id: $caseId) { … }`), as the explorer asks
 * them since cases: the top-level fields answer only a store with one case and refuse
 * (CASE_REQUIRED) once another case is beside it. Derived from workload.ts's documents, so that
 * both stay the same questions.
 */
import { DOCUMENTS, type QueryKind } from './workload.ts';

export type CaseDocumentKind = QueryKind | 'typename' | 'summary';

const OPERATION = /^query (\w+)\(([^)]*)\) \{([\s\S]*)\}\s*$/;

/** `query Name($a: T) { field … }` → `query Name($a: T, $caseId: ID!) { case(id: $caseId) { field … } }`. */
function inCase(document: string): string {
  const match = OPERATION.exec(document.trim());
  if (!match) throw new Error(`not a named query with variables: ${document.slice(0, 40)}`);
  const [, name, variables, body] = match;
  return `query ${name}(${variables}, $caseId: ID!) { case(id: $caseId) {${body}} }`;
}

// The summary is the case's `summary`; the request floor stays `{ __typename }` (no case to ask).
const SUMMARY_FIELDS =
  'entityCount relationCount sourceCount entityTypes { type count } relationTypes { type count } earliest latest';

export const CASE_DOCUMENTS: Record<CaseDocumentKind, string> = {
  typename: DOCUMENTS.typename,
  summary: `query Summary($caseId: ID!) { case(id: $caseId) { summary { ${SUMMARY_FIELDS} } } }`,
  search: inCase(DOCUMENTS.search),
  entity: inCase(DOCUMENTS.entity),
  neighborhood1: inCase(DOCUMENTS.neighborhood1),
  neighborhood2: inCase(DOCUMENTS.neighborhood2),
  shortestPath: inCase(DOCUMENTS.shortestPath),
  paths: inCase(DOCUMENTS.paths),
  timeline: inCase(DOCUMENTS.timeline),
  among: inCase(DOCUMENTS.among),
};
