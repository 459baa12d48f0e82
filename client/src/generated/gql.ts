/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ImportRecordFields on ImportRecord {\n    id\n    file\n    format\n    at\n    by\n    wholeCase\n    undoneAt\n    undoneBy\n    entities {\n      created\n      updated\n    }\n    relations {\n      created\n      updated\n    }\n    sources {\n      created\n      updated\n    }\n  }\n": typeof types.ImportRecordFieldsFragmentDoc,
    "\n  query CaseImports($case: ID!, $first: Int) {\n    case(id: $case) {\n      imports(first: $first) {\n        edges {\n          node {\n            ...ImportRecordFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.CaseImportsDocument,
    "\n  mutation UndoImport($case: ID!, $id: ID!) {\n    undoImport(case: $case, id: $id) {\n      undone\n      blockerCount\n      blockers {\n        kind\n        id\n        reason\n      }\n      removed {\n        entities\n        relations\n        sources\n      }\n      restored {\n        entities\n        relations\n        sources\n      }\n      import {\n        ...ImportRecordFields\n      }\n    }\n  }\n": typeof types.UndoImportDocument,
    "\n  query AlsoAppearsIn($case: ID!, $id: ID!, $first: Int) {\n    case(id: $case) {\n      entity(id: $id) {\n        id\n        alsoAppearsIn(first: $first) {\n          case {\n            id\n            name\n          }\n          entity {\n            id\n            name\n            type\n          }\n          score\n          reasons {\n            kind\n            how\n            text\n          }\n        }\n      }\n    }\n  }\n": typeof types.AlsoAppearsInDocument,
    "\n  fragment CanvasEntity on Entity {\n    id\n    type\n    name\n    aliases\n    degree\n    # How the imported file drew it, if it did: see state/style-hints.ts.\n    style {\n      x\n      y\n      size\n      color\n    }\n  }\n": typeof types.CanvasEntityFragmentDoc,
    "\n  fragment CanvasRelation on Relation {\n    id\n    type\n    from {\n      id\n    }\n    to {\n      id\n    }\n    date\n    startDate\n    endDate\n    status\n    evidence {\n      source {\n        id\n      }\n    }\n  }\n": typeof types.CanvasRelationFragmentDoc,
    "\n  fragment CanvasSubgraph on Subgraph {\n    entities {\n      ...CanvasEntity\n    }\n    relations {\n      ...CanvasRelation\n    }\n    truncated\n  }\n": typeof types.CanvasSubgraphFragmentDoc,
    "\n  fragment EvidenceFields on Evidence {\n    quote\n    locator\n    source {\n      id\n      title\n      publisher\n      url\n      publishedAt\n      kind\n    }\n  }\n": typeof types.EvidenceFieldsFragmentDoc,
    "\n  fragment RelationCountFields on RelationTypeCount {\n    type\n    direction\n    count\n  }\n": typeof types.RelationCountFieldsFragmentDoc,
    "\n  fragment WriteCountFields on WriteCounts {\n    created\n    updated\n    unchanged\n    deleted\n  }\n": typeof types.WriteCountFieldsFragmentDoc,
    "\n  fragment CaseFields on Case {\n    id\n    name\n    description\n    updatedAt\n    counts {\n      entities\n      relations\n      sources\n    }\n  }\n": typeof types.CaseFieldsFragmentDoc,
    "\n  query Cases {\n    cases {\n      ...CaseFields\n    }\n  }\n": typeof types.CasesDocument,
    "\n  query CaseInfo($case: ID!) {\n    case(id: $case) {\n      ...CaseFields\n    }\n  }\n": typeof types.CaseInfoDocument,
    "\n  mutation CreateCase($input: CaseInput!) {\n    createCase(input: $input) {\n      ...CaseFields\n    }\n  }\n": typeof types.CreateCaseDocument,
    "\n  query Summary($case: ID!) {\n    case(id: $case) {\n      summary {\n        entityCount\n        relationCount\n        sourceCount\n        entityTypes {\n          type\n          count\n        }\n        relationTypes {\n          type\n          count\n        }\n        earliest\n        latest\n      }\n      sources {\n        id\n        title\n        publisher\n        publishedAt\n      }\n    }\n  }\n": typeof types.SummaryDocument,
    "\n  query EntityDegrees($case: ID!, $first: Int!, $after: String) {\n    case(id: $case) {\n      entities(first: $first, after: $after) {\n        edges {\n          node {\n            id\n            degree\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n": typeof types.EntityDegreesDocument,
    "\n  query Search($case: ID!, $text: String!, $first: Int) {\n    case(id: $case) {\n      search(text: $text, first: $first) {\n        score\n        matchedAlias\n        entity {\n          ...CanvasEntity\n        }\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query Neighborhood($case: ID!, $ids: [ID!]!, $depth: Int, $filter: TraversalFilter, $limit: Int) {\n    case(id: $case) {\n      neighborhood(ids: $ids, depth: $depth, filter: $filter, limit: $limit) {\n        ...CanvasSubgraph\n      }\n    }\n  }\n": typeof types.NeighborhoodDocument,
    "\n  query EntityDetails($case: ID!, $id: ID!) {\n    case(id: $case) {\n      entity(id: $id) {\n        ...CanvasEntity\n        description\n        properties\n        evidence {\n          ...EvidenceFields\n        }\n        relationCounts {\n          ...RelationCountFields\n        }\n        relations(first: 100) {\n          id\n          type\n          date\n          startDate\n          endDate\n          status\n          from {\n            id\n            name\n            type\n          }\n          to {\n            id\n            name\n            type\n          }\n        }\n      }\n    }\n  }\n": typeof types.EntityDetailsDocument,
    "\n  query RelationCounts($case: ID!, $id: ID!) {\n    case(id: $case) {\n      entity(id: $id) {\n        id\n        relationCounts {\n          ...RelationCountFields\n        }\n      }\n    }\n  }\n": typeof types.RelationCountsDocument,
    "\n  query RelationDetails($case: ID!, $id: ID!, $from: ID, $to: ID) {\n    case(id: $case) {\n      relation(id: $id, from: $from, to: $to) {\n        ...CanvasRelation\n        properties\n        from {\n          ...CanvasEntity\n        }\n        to {\n          ...CanvasEntity\n        }\n        evidence {\n          ...EvidenceFields\n        }\n      }\n    }\n  }\n": typeof types.RelationDetailsDocument,
    "\n  query ShortestPath($case: ID!, $from: ID!, $to: ID!, $filter: TraversalFilter, $maxDepth: Int) {\n    case(id: $case) {\n      shortestPath(from: $from, to: $to, filter: $filter, maxDepth: $maxDepth) {\n        length\n        entities {\n          ...CanvasEntity\n        }\n        relations {\n          ...CanvasRelation\n        }\n      }\n    }\n  }\n": typeof types.ShortestPathDocument,
    "\n  query Paths($case: ID!, $from: ID!, $to: ID!, $filter: TraversalFilter, $maxLength: Int, $first: Int) {\n    case(id: $case) {\n      paths(from: $from, to: $to, filter: $filter, maxLength: $maxLength, first: $first) {\n        truncated\n        paths {\n          length\n          entities {\n            ...CanvasEntity\n          }\n          relations {\n            ...CanvasRelation\n          }\n        }\n      }\n    }\n  }\n": typeof types.PathsDocument,
    "\n  query Timeline($case: ID!, $filter: TraversalFilter, $first: Int, $after: String) {\n    case(id: $case) {\n      timeline(filter: $filter, first: $first, after: $after) {\n        items {\n          date\n          relation {\n            ...CanvasRelation\n            from {\n              id\n              name\n            }\n            to {\n              id\n              name\n            }\n          }\n          entity {\n            ...CanvasEntity\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.TimelineDocument,
    "\n  query CanvasRelations($case: ID!, $ids: [ID!]!) {\n    case(id: $case) {\n      subgraph(ids: $ids) {\n        relations {\n          ...CanvasRelation\n        }\n        truncated\n      }\n    }\n  }\n": typeof types.CanvasRelationsDocument,
    "\n  query Subgraph($case: ID!, $ids: [ID!]!) {\n    case(id: $case) {\n      subgraph(ids: $ids) {\n        entities {\n          ...CanvasEntity\n        }\n        relations {\n          ...CanvasRelation\n        }\n        truncated\n      }\n    }\n  }\n": typeof types.SubgraphDocument,
    "\n  query GraphFormats($case: ID!) {\n    case(id: $case) {\n      formats {\n        format\n        label\n        extensions\n        canImport\n        canExport\n      }\n    }\n  }\n": typeof types.GraphFormatsDocument,
    "\n  query ExportGraph($case: ID!, $format: GraphFormat!, $ids: [ID!]) {\n    case(id: $case) {\n      exportGraph(format: $format, ids: $ids) {\n        format\n        files {\n          fileName\n          mediaType\n          content\n        }\n      }\n    }\n  }\n": typeof types.ExportGraphDocument,
    "\n  fragment ImportJobFields on ImportJob {\n    id\n    case\n    state\n    phase\n    files\n    bytesRead\n    totalBytes\n    records\n    error {\n      message\n      file\n      at\n      field\n    }\n    report {\n      dryRun\n      format\n      importId\n      warnings\n      sources {\n        ...WriteCountFields\n      }\n      entities {\n        ...WriteCountFields\n      }\n      relations {\n        ...WriteCountFields\n      }\n    }\n  }\n": typeof types.ImportJobFieldsFragmentDoc,
    "\n  mutation StartImport($case: ID!, $files: [File!]!, $format: GraphFormat, $dryRun: Boolean) {\n    startImport(case: $case, files: $files, format: $format, dryRun: $dryRun) {\n      ...ImportJobFields\n    }\n  }\n": typeof types.StartImportDocument,
    "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n    }\n  }\n": typeof types.ImportJobDocument,
    "\n  mutation CancelImport($id: ID!) {\n    cancelImport(id: $id) {\n      ...ImportJobFields\n    }\n  }\n": typeof types.CancelImportDocument,
    "\n  query CaseCounts($case: ID!) {\n    case(id: $case) {\n      counts {\n        entities\n        relations\n      }\n    }\n  }\n": typeof types.CaseCountsDocument,
    "\n  query WholeCasePage(\n    $case: ID!\n    $entitiesAfter: String\n    $relationsAfter: String\n    $withEntities: Boolean!\n    $withRelations: Boolean!\n  ) {\n    case(id: $case) {\n      entities(first: 500, after: $entitiesAfter) @include(if: $withEntities) {\n        edges {\n          node {\n            ...CanvasEntity\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      relations(first: 500, after: $relationsAfter) @include(if: $withRelations) {\n        edges {\n          node {\n            ...CanvasRelation\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.WholeCasePageDocument,
    "\n  query EntityNeighbours($case: ID!, $id: ID!) {\n    case(id: $case) {\n      entity(id: $id) {\n        id\n        degree\n        relations(first: 500) {\n          id\n          type\n          from {\n            id\n            type\n          }\n          to {\n            id\n            type\n          }\n        }\n      }\n    }\n  }\n": typeof types.EntityNeighboursDocument,
    "\n  query SourceDetails($case: ID!, $id: ID!) {\n    case(id: $case) {\n      source(id: $id) {\n        id\n        title\n        publisher\n        url\n        publishedAt\n        kind\n        supports {\n          quote\n          locator\n          entity {\n            ...CanvasEntity\n          }\n          relation {\n            ...CanvasRelation\n            from {\n              id\n              name\n              type\n            }\n            to {\n              id\n              name\n              type\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SourceDetailsDocument,
};
const documents: Documents = {
    "\n  fragment ImportRecordFields on ImportRecord {\n    id\n    file\n    format\n    at\n    by\n    wholeCase\n    undoneAt\n    undoneBy\n    entities {\n      created\n      updated\n    }\n    relations {\n      created\n      updated\n    }\n    sources {\n      created\n      updated\n    }\n  }\n": types.ImportRecordFieldsFragmentDoc,
    "\n  query CaseImports($case: ID!, $first: Int) {\n    case(id: $case) {\n      imports(first: $first) {\n        edges {\n          node {\n            ...ImportRecordFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.CaseImportsDocument,
    "\n  mutation UndoImport($case: ID!, $id: ID!) {\n    undoImport(case: $case, id: $id) {\n      undone\n      blockerCount\n      blockers {\n        kind\n        id\n        reason\n      }\n      removed {\n        entities\n        relations\n        sources\n      }\n      restored {\n        entities\n        relations\n        sources\n      }\n      import {\n        ...ImportRecordFields\n      }\n    }\n  }\n": types.UndoImportDocument,
    "\n  query AlsoAppearsIn($case: ID!, $id: ID!, $first: Int) {\n    case(id: $case) {\n      entity(id: $id) {\n        id\n        alsoAppearsIn(first: $first) {\n          case {\n            id\n            name\n          }\n          entity {\n            id\n            name\n            type\n          }\n          score\n          reasons {\n            kind\n            how\n            text\n          }\n        }\n      }\n    }\n  }\n": types.AlsoAppearsInDocument,
    "\n  fragment CanvasEntity on Entity {\n    id\n    type\n    name\n    aliases\n    degree\n    # How the imported file drew it, if it did: see state/style-hints.ts.\n    style {\n      x\n      y\n      size\n      color\n    }\n  }\n": types.CanvasEntityFragmentDoc,
    "\n  fragment CanvasRelation on Relation {\n    id\n    type\n    from {\n      id\n    }\n    to {\n      id\n    }\n    date\n    startDate\n    endDate\n    status\n    evidence {\n      source {\n        id\n      }\n    }\n  }\n": types.CanvasRelationFragmentDoc,
    "\n  fragment CanvasSubgraph on Subgraph {\n    entities {\n      ...CanvasEntity\n    }\n    relations {\n      ...CanvasRelation\n    }\n    truncated\n  }\n": types.CanvasSubgraphFragmentDoc,
    "\n  fragment EvidenceFields on Evidence {\n    quote\n    locator\n    source {\n      id\n      title\n      publisher\n      url\n      publishedAt\n      kind\n    }\n  }\n": types.EvidenceFieldsFragmentDoc,
    "\n  fragment RelationCountFields on RelationTypeCount {\n    type\n    direction\n    count\n  }\n": types.RelationCountFieldsFragmentDoc,
    "\n  fragment WriteCountFields on WriteCounts {\n    created\n    updated\n    unchanged\n    deleted\n  }\n": types.WriteCountFieldsFragmentDoc,
    "\n  fragment CaseFields on Case {\n    id\n    name\n    description\n    updatedAt\n    counts {\n      entities\n      relations\n      sources\n    }\n  }\n": types.CaseFieldsFragmentDoc,
    "\n  query Cases {\n    cases {\n      ...CaseFields\n    }\n  }\n": types.CasesDocument,
    "\n  query CaseInfo($case: ID!) {\n    case(id: $case) {\n      ...CaseFields\n    }\n  }\n": types.CaseInfoDocument,
    "\n  mutation CreateCase($input: CaseInput!) {\n    createCase(input: $input) {\n      ...CaseFields\n    }\n  }\n": types.CreateCaseDocument,
    "\n  query Summary($case: ID!) {\n    case(id: $case) {\n      summary {\n        entityCount\n        relationCount\n        sourceCount\n        entityTypes {\n          type\n          count\n        }\n        relationTypes {\n          type\n          count\n        }\n        earliest\n        latest\n      }\n      sources {\n        id\n        title\n        publisher\n        publishedAt\n      }\n    }\n  }\n": types.SummaryDocument,
    "\n  query EntityDegrees($case: ID!, $first: Int!, $after: String) {\n    case(id: $case) {\n      entities(first: $first, after: $after) {\n        edges {\n          node {\n            id\n            degree\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n": types.EntityDegreesDocument,
    "\n  query Search($case: ID!, $text: String!, $first: Int) {\n    case(id: $case) {\n      search(text: $text, first: $first) {\n        score\n        matchedAlias\n        entity {\n          ...CanvasEntity\n        }\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query Neighborhood($case: ID!, $ids: [ID!]!, $depth: Int, $filter: TraversalFilter, $limit: Int) {\n    case(id: $case) {\n      neighborhood(ids: $ids, depth: $depth, filter: $filter, limit: $limit) {\n        ...CanvasSubgraph\n      }\n    }\n  }\n": types.NeighborhoodDocument,
    "\n  query EntityDetails($case: ID!, $id: ID!) {\n    case(id: $case) {\n      entity(id: $id) {\n        ...CanvasEntity\n        description\n        properties\n        evidence {\n          ...EvidenceFields\n        }\n        relationCounts {\n          ...RelationCountFields\n        }\n        relations(first: 100) {\n          id\n          type\n          date\n          startDate\n          endDate\n          status\n          from {\n            id\n            name\n            type\n          }\n          to {\n            id\n            name\n            type\n          }\n        }\n      }\n    }\n  }\n": types.EntityDetailsDocument,
    "\n  query RelationCounts($case: ID!, $id: ID!) {\n    case(id: $case) {\n      entity(id: $id) {\n        id\n        relationCounts {\n          ...RelationCountFields\n        }\n      }\n    }\n  }\n": types.RelationCountsDocument,
    "\n  query RelationDetails($case: ID!, $id: ID!, $from: ID, $to: ID) {\n    case(id: $case) {\n      relation(id: $id, from: $from, to: $to) {\n        ...CanvasRelation\n        properties\n        from {\n          ...CanvasEntity\n        }\n        to {\n          ...CanvasEntity\n        }\n        evidence {\n          ...EvidenceFields\n        }\n      }\n    }\n  }\n": types.RelationDetailsDocument,
    "\n  query ShortestPath($case: ID!, $from: ID!, $to: ID!, $filter: TraversalFilter, $maxDepth: Int) {\n    case(id: $case) {\n      shortestPath(from: $from, to: $to, filter: $filter, maxDepth: $maxDepth) {\n        length\n        entities {\n          ...CanvasEntity\n        }\n        relations {\n          ...CanvasRelation\n        }\n      }\n    }\n  }\n": types.ShortestPathDocument,
    "\n  query Paths($case: ID!, $from: ID!, $to: ID!, $filter: TraversalFilter, $maxLength: Int, $first: Int) {\n    case(id: $case) {\n      paths(from: $from, to: $to, filter: $filter, maxLength: $maxLength, first: $first) {\n        truncated\n        paths {\n          length\n          entities {\n            ...CanvasEntity\n          }\n          relations {\n            ...CanvasRelation\n          }\n        }\n      }\n    }\n  }\n": types.PathsDocument,
    "\n  query Timeline($case: ID!, $filter: TraversalFilter, $first: Int, $after: String) {\n    case(id: $case) {\n      timeline(filter: $filter, first: $first, after: $after) {\n        items {\n          date\n          relation {\n            ...CanvasRelation\n            from {\n              id\n              name\n            }\n            to {\n              id\n              name\n            }\n          }\n          entity {\n            ...CanvasEntity\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.TimelineDocument,
    "\n  query CanvasRelations($case: ID!, $ids: [ID!]!) {\n    case(id: $case) {\n      subgraph(ids: $ids) {\n        relations {\n          ...CanvasRelation\n        }\n        truncated\n      }\n    }\n  }\n": types.CanvasRelationsDocument,
    "\n  query Subgraph($case: ID!, $ids: [ID!]!) {\n    case(id: $case) {\n      subgraph(ids: $ids) {\n        entities {\n          ...CanvasEntity\n        }\n        relations {\n          ...CanvasRelation\n        }\n        truncated\n      }\n    }\n  }\n": types.SubgraphDocument,
    "\n  query GraphFormats($case: ID!) {\n    case(id: $case) {\n      formats {\n        format\n        label\n        extensions\n        canImport\n        canExport\n      }\n    }\n  }\n": types.GraphFormatsDocument,
    "\n  query ExportGraph($case: ID!, $format: GraphFormat!, $ids: [ID!]) {\n    case(id: $case) {\n      exportGraph(format: $format, ids: $ids) {\n        format\n        files {\n          fileName\n          mediaType\n          content\n        }\n      }\n    }\n  }\n": types.ExportGraphDocument,
    "\n  fragment ImportJobFields on ImportJob {\n    id\n    case\n    state\n    phase\n    files\n    bytesRead\n    totalBytes\n    records\n    error {\n      message\n      file\n      at\n      field\n    }\n    report {\n      dryRun\n      format\n      importId\n      warnings\n      sources {\n        ...WriteCountFields\n      }\n      entities {\n        ...WriteCountFields\n      }\n      relations {\n        ...WriteCountFields\n      }\n    }\n  }\n": types.ImportJobFieldsFragmentDoc,
    "\n  mutation StartImport($case: ID!, $files: [File!]!, $format: GraphFormat, $dryRun: Boolean) {\n    startImport(case: $case, files: $files, format: $format, dryRun: $dryRun) {\n      ...ImportJobFields\n    }\n  }\n": types.StartImportDocument,
    "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n    }\n  }\n": types.ImportJobDocument,
    "\n  mutation CancelImport($id: ID!) {\n    cancelImport(id: $id) {\n      ...ImportJobFields\n    }\n  }\n": types.CancelImportDocument,
    "\n  query CaseCounts($case: ID!) {\n    case(id: $case) {\n      counts {\n        entities\n        relations\n      }\n    }\n  }\n": types.CaseCountsDocument,
    "\n  query WholeCasePage(\n    $case: ID!\n    $entitiesAfter: String\n    $relationsAfter: String\n    $withEntities: Boolean!\n    $withRelations: Boolean!\n  ) {\n    case(id: $case) {\n      entities(first: 500, after: $entitiesAfter) @include(if: $withEntities) {\n        edges {\n          node {\n            ...CanvasEntity\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      relations(first: 500, after: $relationsAfter) @include(if: $withRelations) {\n        edges {\n          node {\n            ...CanvasRelation\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.WholeCasePageDocument,
    "\n  query EntityNeighbours($case: ID!, $id: ID!) {\n    case(id: $case) {\n      entity(id: $id) {\n        id\n        degree\n        relations(first: 500) {\n          id\n          type\n          from {\n            id\n            type\n          }\n          to {\n            id\n            type\n          }\n        }\n      }\n    }\n  }\n": types.EntityNeighboursDocument,
    "\n  query SourceDetails($case: ID!, $id: ID!) {\n    case(id: $case) {\n      source(id: $id) {\n        id\n        title\n        publisher\n        url\n        publishedAt\n        kind\n        supports {\n          quote\n          locator\n          entity {\n            ...CanvasEntity\n          }\n          relation {\n            ...CanvasRelation\n            from {\n              id\n              name\n              type\n            }\n            to {\n              id\n              name\n              type\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SourceDetailsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportRecordFields on ImportRecord {\n    id\n    file\n    format\n    at\n    by\n    wholeCase\n    undoneAt\n    undoneBy\n    entities {\n      created\n      updated\n    }\n    relations {\n      created\n      updated\n    }\n    sources {\n      created\n      updated\n    }\n  }\n"): typeof import('./graphql').ImportRecordFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseImports($case: ID!, $first: Int) {\n    case(id: $case) {\n      imports(first: $first) {\n        edges {\n          node {\n            ...ImportRecordFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CaseImportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoImport($case: ID!, $id: ID!) {\n    undoImport(case: $case, id: $id) {\n      undone\n      blockerCount\n      blockers {\n        kind\n        id\n        reason\n      }\n      removed {\n        entities\n        relations\n        sources\n      }\n      restored {\n        entities\n        relations\n        sources\n      }\n      import {\n        ...ImportRecordFields\n      }\n    }\n  }\n"): typeof import('./graphql').UndoImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlsoAppearsIn($case: ID!, $id: ID!, $first: Int) {\n    case(id: $case) {\n      entity(id: $id) {\n        id\n        alsoAppearsIn(first: $first) {\n          case {\n            id\n            name\n          }\n          entity {\n            id\n            name\n            type\n          }\n          score\n          reasons {\n            kind\n            how\n            text\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AlsoAppearsInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CanvasEntity on Entity {\n    id\n    type\n    name\n    aliases\n    degree\n    # How the imported file drew it, if it did: see state/style-hints.ts.\n    style {\n      x\n      y\n      size\n      color\n    }\n  }\n"): typeof import('./graphql').CanvasEntityFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CanvasRelation on Relation {\n    id\n    type\n    from {\n      id\n    }\n    to {\n      id\n    }\n    date\n    startDate\n    endDate\n    status\n    evidence {\n      source {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CanvasRelationFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CanvasSubgraph on Subgraph {\n    entities {\n      ...CanvasEntity\n    }\n    relations {\n      ...CanvasRelation\n    }\n    truncated\n  }\n"): typeof import('./graphql').CanvasSubgraphFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidenceFields on Evidence {\n    quote\n    locator\n    source {\n      id\n      title\n      publisher\n      url\n      publishedAt\n      kind\n    }\n  }\n"): typeof import('./graphql').EvidenceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RelationCountFields on RelationTypeCount {\n    type\n    direction\n    count\n  }\n"): typeof import('./graphql').RelationCountFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WriteCountFields on WriteCounts {\n    created\n    updated\n    unchanged\n    deleted\n  }\n"): typeof import('./graphql').WriteCountFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseFields on Case {\n    id\n    name\n    description\n    updatedAt\n    counts {\n      entities\n      relations\n      sources\n    }\n  }\n"): typeof import('./graphql').CaseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cases {\n    cases {\n      ...CaseFields\n    }\n  }\n"): typeof import('./graphql').CasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseInfo($case: ID!) {\n    case(id: $case) {\n      ...CaseFields\n    }\n  }\n"): typeof import('./graphql').CaseInfoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCase($input: CaseInput!) {\n    createCase(input: $input) {\n      ...CaseFields\n    }\n  }\n"): typeof import('./graphql').CreateCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Summary($case: ID!) {\n    case(id: $case) {\n      summary {\n        entityCount\n        relationCount\n        sourceCount\n        entityTypes {\n          type\n          count\n        }\n        relationTypes {\n          type\n          count\n        }\n        earliest\n        latest\n      }\n      sources {\n        id\n        title\n        publisher\n        publishedAt\n      }\n    }\n  }\n"): typeof import('./graphql').SummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityDegrees($case: ID!, $first: Int!, $after: String) {\n    case(id: $case) {\n      entities(first: $first, after: $after) {\n        edges {\n          node {\n            id\n            degree\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n"): typeof import('./graphql').EntityDegreesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($case: ID!, $text: String!, $first: Int) {\n    case(id: $case) {\n      search(text: $text, first: $first) {\n        score\n        matchedAlias\n        entity {\n          ...CanvasEntity\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighborhood($case: ID!, $ids: [ID!]!, $depth: Int, $filter: TraversalFilter, $limit: Int) {\n    case(id: $case) {\n      neighborhood(ids: $ids, depth: $depth, filter: $filter, limit: $limit) {\n        ...CanvasSubgraph\n      }\n    }\n  }\n"): typeof import('./graphql').NeighborhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityDetails($case: ID!, $id: ID!) {\n    case(id: $case) {\n      entity(id: $id) {\n        ...CanvasEntity\n        description\n        properties\n        evidence {\n          ...EvidenceFields\n        }\n        relationCounts {\n          ...RelationCountFields\n        }\n        relations(first: 100) {\n          id\n          type\n          date\n          startDate\n          endDate\n          status\n          from {\n            id\n            name\n            type\n          }\n          to {\n            id\n            name\n            type\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EntityDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelationCounts($case: ID!, $id: ID!) {\n    case(id: $case) {\n      entity(id: $id) {\n        id\n        relationCounts {\n          ...RelationCountFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RelationCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelationDetails($case: ID!, $id: ID!, $from: ID, $to: ID) {\n    case(id: $case) {\n      relation(id: $id, from: $from, to: $to) {\n        ...CanvasRelation\n        properties\n        from {\n          ...CanvasEntity\n        }\n        to {\n          ...CanvasEntity\n        }\n        evidence {\n          ...EvidenceFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RelationDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShortestPath($case: ID!, $from: ID!, $to: ID!, $filter: TraversalFilter, $maxDepth: Int) {\n    case(id: $case) {\n      shortestPath(from: $from, to: $to, filter: $filter, maxDepth: $maxDepth) {\n        length\n        entities {\n          ...CanvasEntity\n        }\n        relations {\n          ...CanvasRelation\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ShortestPathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Paths($case: ID!, $from: ID!, $to: ID!, $filter: TraversalFilter, $maxLength: Int, $first: Int) {\n    case(id: $case) {\n      paths(from: $from, to: $to, filter: $filter, maxLength: $maxLength, first: $first) {\n        truncated\n        paths {\n          length\n          entities {\n            ...CanvasEntity\n          }\n          relations {\n            ...CanvasRelation\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Timeline($case: ID!, $filter: TraversalFilter, $first: Int, $after: String) {\n    case(id: $case) {\n      timeline(filter: $filter, first: $first, after: $after) {\n        items {\n          date\n          relation {\n            ...CanvasRelation\n            from {\n              id\n              name\n            }\n            to {\n              id\n              name\n            }\n          }\n          entity {\n            ...CanvasEntity\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CanvasRelations($case: ID!, $ids: [ID!]!) {\n    case(id: $case) {\n      subgraph(ids: $ids) {\n        relations {\n          ...CanvasRelation\n        }\n        truncated\n      }\n    }\n  }\n"): typeof import('./graphql').CanvasRelationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Subgraph($case: ID!, $ids: [ID!]!) {\n    case(id: $case) {\n      subgraph(ids: $ids) {\n        entities {\n          ...CanvasEntity\n        }\n        relations {\n          ...CanvasRelation\n        }\n        truncated\n      }\n    }\n  }\n"): typeof import('./graphql').SubgraphDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GraphFormats($case: ID!) {\n    case(id: $case) {\n      formats {\n        format\n        label\n        extensions\n        canImport\n        canExport\n      }\n    }\n  }\n"): typeof import('./graphql').GraphFormatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportGraph($case: ID!, $format: GraphFormat!, $ids: [ID!]) {\n    case(id: $case) {\n      exportGraph(format: $format, ids: $ids) {\n        format\n        files {\n          fileName\n          mediaType\n          content\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ExportGraphDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportJobFields on ImportJob {\n    id\n    case\n    state\n    phase\n    files\n    bytesRead\n    totalBytes\n    records\n    error {\n      message\n      file\n      at\n      field\n    }\n    report {\n      dryRun\n      format\n      importId\n      warnings\n      sources {\n        ...WriteCountFields\n      }\n      entities {\n        ...WriteCountFields\n      }\n      relations {\n        ...WriteCountFields\n      }\n    }\n  }\n"): typeof import('./graphql').ImportJobFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartImport($case: ID!, $files: [File!]!, $format: GraphFormat, $dryRun: Boolean) {\n    startImport(case: $case, files: $files, format: $format, dryRun: $dryRun) {\n      ...ImportJobFields\n    }\n  }\n"): typeof import('./graphql').StartImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n    }\n  }\n"): typeof import('./graphql').ImportJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelImport($id: ID!) {\n    cancelImport(id: $id) {\n      ...ImportJobFields\n    }\n  }\n"): typeof import('./graphql').CancelImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseCounts($case: ID!) {\n    case(id: $case) {\n      counts {\n        entities\n        relations\n      }\n    }\n  }\n"): typeof import('./graphql').CaseCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WholeCasePage(\n    $case: ID!\n    $entitiesAfter: String\n    $relationsAfter: String\n    $withEntities: Boolean!\n    $withRelations: Boolean!\n  ) {\n    case(id: $case) {\n      entities(first: 500, after: $entitiesAfter) @include(if: $withEntities) {\n        edges {\n          node {\n            ...CanvasEntity\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      relations(first: 500, after: $relationsAfter) @include(if: $withRelations) {\n        edges {\n          node {\n            ...CanvasRelation\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WholeCasePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityNeighbours($case: ID!, $id: ID!) {\n    case(id: $case) {\n      entity(id: $id) {\n        id\n        degree\n        relations(first: 500) {\n          id\n          type\n          from {\n            id\n            type\n          }\n          to {\n            id\n            type\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EntityNeighboursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SourceDetails($case: ID!, $id: ID!) {\n    case(id: $case) {\n      source(id: $id) {\n        id\n        title\n        publisher\n        url\n        publishedAt\n        kind\n        supports {\n          quote\n          locator\n          entity {\n            ...CanvasEntity\n          }\n          relation {\n            ...CanvasRelation\n            from {\n              id\n              name\n              type\n            }\n            to {\n              id\n              name\n              type\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SourceDetailsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
