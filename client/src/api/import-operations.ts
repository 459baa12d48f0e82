/**
 * The operations of a case's import history (server/graphql/imports.graphql): the recorded imports,
 * and undoing one. The undo names its case itself: the import dialog may undo an import it just
 * made into another case than the open one.
 */
import { graphql } from '../generated/gql.ts';

export const ImportRecordFieldsFragment = graphql(`
  fragment ImportRecordFields on ImportRecord {
    id
    file
    format
    at
    by
    wholeCase
    undoneAt
    undoneBy
    entities {
      created
      updated
    }
    relations {
      created
      updated
    }
    sources {
      created
      updated
    }
  }
`);

export const CaseImportsQuery = graphql(`
  query CaseImports($case: ID!, $first: Int) {
    case(id: $case) {
      imports(first: $first) {
        edges {
          node {
            ...ImportRecordFields
          }
        }
        pageInfo {
          hasNextPage
        }
      }
    }
  }
`);

export const UndoImportMutation = graphql(`
  mutation UndoImport($case: ID!, $id: ID!) {
    undoImport(case: $case, id: $id) {
      undone
      blockerCount
      blockers {
        kind
        id
        reason
      }
      removed {
        entities
        relations
        sources
      }
      restored {
        entities
        relations
        sources
      }
      import {
        ...ImportRecordFields
      }
    }
  }
`);
