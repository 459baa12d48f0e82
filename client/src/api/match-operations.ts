/**
 * The operation of the "Also appears in" panel: matches of an entity in the other cases of the
 * store (server/graphql/matches.graphql). Asked apart from the entity's details, so that those
 * show at once while the matches, which may first build the other cases' match indexes, follow.
 */
import { graphql } from '../generated/gql.ts';

export const AlsoAppearsInQuery = graphql(`
  query AlsoAppearsIn($case: ID!, $id: ID!, $first: Int) {
    case(id: $case) {
      entity(id: $id) {
        id
        alsoAppearsIn(first: $first) {
          case {
            id
            name
          }
          entity {
            id
            name
            type
          }
          score
          reasons {
            kind
            how
            text
          }
        }
      }
    }
  }
`);
