/**
 * Ready-made operations shown as GraphiQL tabs: the questions an investigator asks of a case
 * first. They ask the Kursk case (`$case`) with its ids; for another case, change `$case` and
 * start from the search tab.
 */
// Variables have defaults in the documents themselves: GraphiQL's tabs start with an empty
// variables editor, and a tab should run as it opens.
export const EXAMPLE_OPERATIONS: { title: string; query: string }[] = [
  {
    title: 'Search',
    query: `# Prefix, typo-tolerant, alias-aware search. Try "shoig", "DPRK" or "Шойгу".
query Search($case: ID! = "kursk", $text: String! = "DPRK") {
  case(id: $case) {
    search(text: $text, first: 10) {
      score
      matchedAlias
      entity { id type name aliases degree }
    }
  }
}`,
  },
  {
    title: 'Neighbourhood',
    query: `# Who is around Sergei Shoigu, two steps out, and on whose word.
query Neighbourhood($case: ID! = "kursk", $ids: [ID!]! = ["sergei-shoigu"]) {
  case(id: $case) {
    neighborhood(ids: $ids, depth: 2, limit: 100) {
      truncated
      entities { id type name }
      relations {
        type
        from { name }
        to { name }
        date
        status
        evidence { quote source { title publisher } }
      }
    }
  }
}`,
  },
  {
    title: 'Path between two entities',
    query: `# The shortest chain of relations from Kim Jong Un to the Kursk region.
query Path($case: ID! = "kursk", $from: ID! = "kim-jong-un", $to: ID! = "kursk-region") {
  case(id: $case) {
    shortestPath(from: $from, to: $to) {
      length
      entities { id type name }
      relations { type from { name } to { name } evidence { quote } }
    }
    paths(from: $from, to: $to, maxLength: 3, first: 10) {
      truncated
      paths { length entities { name } }
    }
  }
}`,
  },
  {
    title: 'What a source supports',
    query: `# Every fact a source is evidence for, with the words it uses.
query Sources($case: ID! = "kursk") {
  case(id: $case) {
    sources {
      id
      title
      publisher
      supports {
        quote
        entity { name }
        relation { type from { name } to { name } }
      }
    }
  }
}`,
  },
  {
    title: 'Timeline',
    query: `# Dated relations and events in 2024, in order.
query Timeline($case: ID! = "kursk") {
  case(id: $case) {
    timeline(filter: { from: "2024", to: "2024" }, first: 50) {
      items {
        date
        relation { type status from { name } to { name } }
        entity { type name }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
}`,
  },
  {
    title: 'Summary',
    query: `query Summary($case: ID! = "kursk") {
  case(id: $case) {
    summary {
      entityCount
      relationCount
      sourceCount
      earliest
      latest
      entityTypes { type count }
      relationTypes { type count }
    }
  }
}`,
  },
];
