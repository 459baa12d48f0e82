/**
 * Every GraphQL operation the explorer sends. Their result and variable types are generated from the
 * server's schema into ../generated (npm run codegen), so a field renamed on the server breaks the
 * type check here instead of the app at run time.
 *
 * The questions about a case are asked under `case(id: $case)` and the writes name their case: the
 * top-level questions are refused once the store holds several cases. `$case` is filled in one place,
 * the open case's client (state/case-scope.ts); only the import dialog, which may write to another
 * case, and the start page, which is in no case, name it themselves.
 */
import { graphql } from '../generated/gql.ts';

export const CanvasEntityFragment = graphql(`
  fragment CanvasEntity on Entity {
    id
    type
    name
    aliases
    degree
    # How the imported file drew it, if it did: see state/style-hints.ts.
    style {
      x
      y
      size
      color
    }
  }
`);

export const CanvasRelationFragment = graphql(`
  fragment CanvasRelation on Relation {
    id
    type
    from {
      id
    }
    to {
      id
    }
    date
    startDate
    endDate
    status
    evidence {
      source {
        id
      }
    }
  }
`);

export const CanvasSubgraphFragment = graphql(`
  fragment CanvasSubgraph on Subgraph {
    entities {
      ...CanvasEntity
    }
    relations {
      ...CanvasRelation
    }
    truncated
  }
`);

export const EvidenceFieldsFragment = graphql(`
  fragment EvidenceFields on Evidence {
    quote
    locator
    source {
      id
      title
      publisher
      url
      publishedAt
      kind
    }
  }
`);

/** What expanding an entity would add, per relation type and direction. */
export const RelationCountFieldsFragment = graphql(`
  fragment RelationCountFields on RelationTypeCount {
    type
    direction
    count
  }
`);

/** What an import did (or would do) to one kind of record. */
export const WriteCountFieldsFragment = graphql(`
  fragment WriteCountFields on WriteCounts {
    created
    updated
    unchanged
    deleted
  }
`);

/** A case as the start page lists it and the top bar names it. */
export const CaseFieldsFragment = graphql(`
  fragment CaseFields on Case {
    id
    name
    description
    updatedAt
    counts {
      entities
      relations
      sources
    }
  }
`);

export const CasesQuery = graphql(`
  query Cases {
    cases {
      ...CaseFields
    }
  }
`);

/** The open case's own record; an unknown id is refused with CASE_NOT_FOUND. */
export const CaseInfoQuery = graphql(`
  query CaseInfo($case: ID!) {
    case(id: $case) {
      ...CaseFields
    }
  }
`);

export const CreateCaseMutation = graphql(`
  mutation CreateCase($input: CaseInput!) {
    createCase(input: $input) {
      ...CaseFields
    }
  }
`);

export const SummaryQuery = graphql(`
  query Summary($case: ID!) {
    case(id: $case) {
      summary {
        entityCount
        relationCount
        sourceCount
        entityTypes {
          type
          count
        }
        relationTypes {
          type
          count
        }
        earliest
        latest
      }
      sources {
        id
        title
        publisher
        publishedAt
      }
    }
  }
`);

export const EntityDegreesQuery = graphql(`
  query EntityDegrees($case: ID!, $first: Int!, $after: String) {
    case(id: $case) {
      entities(first: $first, after: $after) {
        edges {
          node {
            id
            degree
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
        totalCount
      }
    }
  }
`);

export const SearchQuery = graphql(`
  query Search($case: ID!, $text: String!, $first: Int) {
    case(id: $case) {
      search(text: $text, first: $first) {
        score
        matchedAlias
        entity {
          ...CanvasEntity
        }
      }
    }
  }
`);

export const NeighborhoodQuery = graphql(`
  query Neighborhood($case: ID!, $ids: [ID!]!, $depth: Int, $filter: TraversalFilter, $limit: Int) {
    case(id: $case) {
      neighborhood(ids: $ids, depth: $depth, filter: $filter, limit: $limit) {
        ...CanvasSubgraph
      }
    }
  }
`);

export const EntityDetailsQuery = graphql(`
  query EntityDetails($case: ID!, $id: ID!) {
    case(id: $case) {
      entity(id: $id) {
        ...CanvasEntity
        description
        properties
        evidence {
          ...EvidenceFields
        }
        relationCounts {
          ...RelationCountFields
        }
        relations(first: 100) {
          id
          type
          date
          startDate
          endDate
          status
          from {
            id
            name
            type
          }
          to {
            id
            name
            type
          }
        }
      }
    }
  }
`);

export const RelationCountsQuery = graphql(`
  query RelationCounts($case: ID!, $id: ID!) {
    case(id: $case) {
      entity(id: $id) {
        id
        relationCounts {
          ...RelationCountFields
        }
      }
    }
  }
`);

export const RelationDetailsQuery = graphql(`
  query RelationDetails($case: ID!, $id: ID!, $from: ID, $to: ID) {
    case(id: $case) {
      relation(id: $id, from: $from, to: $to) {
        ...CanvasRelation
        properties
        from {
          ...CanvasEntity
        }
        to {
          ...CanvasEntity
        }
        evidence {
          ...EvidenceFields
        }
      }
    }
  }
`);

export const ShortestPathQuery = graphql(`
  query ShortestPath($case: ID!, $from: ID!, $to: ID!, $filter: TraversalFilter, $maxDepth: Int) {
    case(id: $case) {
      shortestPath(from: $from, to: $to, filter: $filter, maxDepth: $maxDepth) {
        length
        entities {
          ...CanvasEntity
        }
        relations {
          ...CanvasRelation
        }
      }
    }
  }
`);

export const PathsQuery = graphql(`
  query Paths($case: ID!, $from: ID!, $to: ID!, $filter: TraversalFilter, $maxLength: Int, $first: Int) {
    case(id: $case) {
      paths(from: $from, to: $to, filter: $filter, maxLength: $maxLength, first: $first) {
        truncated
        paths {
          length
          entities {
            ...CanvasEntity
          }
          relations {
            ...CanvasRelation
          }
        }
      }
    }
  }
`);

export const TimelineQuery = graphql(`
  query Timeline($case: ID!, $filter: TraversalFilter, $first: Int, $after: String) {
    case(id: $case) {
      timeline(filter: $filter, first: $first, after: $after) {
        items {
          date
          relation {
            ...CanvasRelation
            from {
              id
              name
            }
            to {
              id
              name
            }
          }
          entity {
            ...CanvasEntity
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

/** The relations among these entities, and whether the server's cap left some out. */
export const CanvasRelationsQuery = graphql(`
  query CanvasRelations($case: ID!, $ids: [ID!]!) {
    case(id: $case) {
      subgraph(ids: $ids) {
        relations {
          ...CanvasRelation
        }
        truncated
      }
    }
  }
`);

/** The entities with these ids and the relations among them: what a canvas of exactly them draws. */
export const SubgraphQuery = graphql(`
  query Subgraph($case: ID!, $ids: [ID!]!) {
    case(id: $case) {
      subgraph(ids: $ids) {
        entities {
          ...CanvasEntity
        }
        relations {
          ...CanvasRelation
        }
        truncated
      }
    }
  }
`);

/** The formats are the same for every case; asked of the open one like everything else. */
export const GraphFormatsQuery = graphql(`
  query GraphFormats($case: ID!) {
    case(id: $case) {
      formats {
        format
        label
        extensions
        canImport
        canExport
      }
    }
  }
`);

export const ExportGraphQuery = graphql(`
  query ExportGraph($case: ID!, $format: GraphFormat!, $ids: [ID!]) {
    case(id: $case) {
      exportGraph(format: $format, ids: $ids) {
        format
        files {
          fileName
          mediaType
          content
        }
      }
    }
  }
`);

/** An import job as the import dialog follows it: its state, progress and outcome. */
export const ImportJobFieldsFragment = graphql(`
  fragment ImportJobFields on ImportJob {
    id
    case
    state
    phase
    files
    bytesRead
    totalBytes
    records
    error {
      message
      file
      at
      field
    }
    report {
      dryRun
      format
      importId
      warnings
      sources {
        ...WriteCountFields
      }
      entities {
        ...WriteCountFields
      }
      relations {
        ...WriteCountFields
      }
    }
  }
`);

/** Names its case itself: the import dialog may import into a case other than the open one. */
export const StartImportMutation = graphql(`
  mutation StartImport($case: ID!, $files: [File!]!, $format: GraphFormat, $dryRun: Boolean) {
    startImport(case: $case, files: $files, format: $format, dryRun: $dryRun) {
      ...ImportJobFields
    }
  }
`);

export const ImportJobQuery = graphql(`
  query ImportJob($id: ID!) {
    importJob(id: $id) {
      ...ImportJobFields
    }
  }
`);

export const CancelImportMutation = graphql(`
  mutation CancelImport($id: ID!) {
    cancelImport(id: $id) {
      ...ImportJobFields
    }
  }
`);

/** How much a case holds: whether it fits on the canvas whole (state/whole-case.ts). */
export const CaseCountsQuery = graphql(`
  query CaseCounts($case: ID!) {
    case(id: $case) {
      counts {
        entities
        relations
      }
    }
  }
`);

/**
 * One page of a whole case: its entities and its relations, 500 of each per request, each list
 * left out once it has been read to its end (state/whole-case.ts).
 */
export const WholeCasePageQuery = graphql(`
  query WholeCasePage(
    $case: ID!
    $entitiesAfter: String
    $relationsAfter: String
    $withEntities: Boolean!
    $withRelations: Boolean!
  ) {
    case(id: $case) {
      entities(first: 500, after: $entitiesAfter) @include(if: $withEntities) {
        edges {
          node {
            ...CanvasEntity
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
      relations(first: 500, after: $relationsAfter) @include(if: $withRelations) {
        edges {
          node {
            ...CanvasRelation
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

/**
 * An entity's relations with the id and type of both ends: which of its neighbours are not on the
 * canvas, by type and by relation (state/missing-neighbours.ts). The server lists at most 500.
 */
export const EntityNeighboursQuery = graphql(`
  query EntityNeighbours($case: ID!, $id: ID!) {
    case(id: $case) {
      entity(id: $id) {
        id
        degree
        relations(first: 500) {
          id
          type
          from {
            id
            type
          }
          to {
            id
            type
          }
        }
      }
    }
  }
`);

/** A source with every fact it supports, each with its quote: the source panel (panels/SourcePanel.tsx). */
export const SourceDetailsQuery = graphql(`
  query SourceDetails($case: ID!, $id: ID!) {
    case(id: $case) {
      source(id: $id) {
        id
        title
        publisher
        url
        publishedAt
        kind
        supports {
          quote
          locator
          entity {
            ...CanvasEntity
          }
          relation {
            ...CanvasRelation
            from {
              id
              name
              type
            }
            to {
              id
              name
              type
            }
          }
        }
      }
    }
  }
`);
