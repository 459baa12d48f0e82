// The bulk loads left unfinished (a crash, a kill), by the case each was loading: the marker node a
// load writes first and deletes when it commits (grafeo-engine.ts, BULK_MARKER). A marker without
// a case is from before loads were per case: it loaded into an empty database.
MATCH (m:RedstringBulkLoad) RETURN m.caseId AS caseId
