/**
 * Every GraphQL operation the explorer sends. Their result and variable types are generated from the
 * server's schema into ../generated (npm run codegen), so a field renamed on the server breaks the
 * type check here instead of the app at run time.
 */
import { graphql } from '../generated/gql.ts';

export const CanvasEntityFragment = graphql(`
  fragment CanvasEntity on Entity {
    id
    type
    name
    aliases
    degree
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

export const SummaryQuery = graphql(`
  query Summary {
    graphSummary {
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
`);

export const EntityDegreesQuery = graphql(`
  query EntityDegrees($first: Int!, $after: String) {
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
`);

export const SearchQuery = graphql(`
  query Search($text: String!, $first: Int) {
    search(text: $text, first: $first) {
      score
      matchedAlias
      entity {
        ...CanvasEntity
      }
    }
  }
`);

export const NeighborhoodQuery = graphql(`
  query Neighborhood($ids: [ID!]!, $depth: Int, $filter: TraversalFilter, $limit: Int) {
    neighborhood(ids: $ids, depth: $depth, filter: $filter, limit: $limit) {
      ...CanvasSubgraph
    }
  }
`);

export const EntityDetailsQuery = graphql(`
  query EntityDetails($id: ID!) {
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
`);

export const RelationCountsQuery = graphql(`
  query RelationCounts($id: ID!) {
    entity(id: $id) {
      id
      relationCounts {
        ...RelationCountFields
      }
    }
  }
`);

export const RelationDetailsQuery = graphql(`
  query RelationDetails($id: ID!, $from: ID, $to: ID) {
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
`);

export const ShortestPathQuery = graphql(`
  query ShortestPath($from: ID!, $to: ID!, $filter: TraversalFilter, $maxDepth: Int) {
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
`);

export const PathsQuery = graphql(`
  query Paths($from: ID!, $to: ID!, $filter: TraversalFilter, $maxLength: Int, $first: Int) {
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
`);

export const TimelineQuery = graphql(`
  query Timeline($filter: TraversalFilter, $first: Int, $after: String) {
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
`);

/** The relations among these entities, and whether the server's cap left some out. */
export const CanvasRelationsQuery = graphql(`
  query CanvasRelations($ids: [ID!]!) {
    subgraph(ids: $ids) {
      relations {
        ...CanvasRelation
      }
      truncated
    }
  }
`);

/** The entities with these ids and the relations among them: what a canvas of exactly them draws. */
export const SubgraphQuery = graphql(`
  query Subgraph($ids: [ID!]!) {
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
`);

export const GraphFormatsQuery = graphql(`
  query GraphFormats {
    graphFormats {
      format
      label
      extensions
      canImport
      canExport
    }
  }
`);

export const ExportGraphQuery = graphql(`
  query ExportGraph($format: GraphFormat!, $ids: [ID!]) {
    exportGraph(format: $format, ids: $ids) {
      format
      files {
        fileName
        mediaType
        content
      }
    }
  }
`);

/** An import job as the import dialog follows it: its state, progress and outcome. */
export const ImportJobFieldsFragment = graphql(`
  fragment ImportJobFields on ImportJob {
    id
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

export const StartImportMutation = graphql(`
  mutation StartImport($files: [File!]!, $format: GraphFormat, $dryRun: Boolean) {
    startImport(files: $files, format: $format, dryRun: $dryRun) {
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
