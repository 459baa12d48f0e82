// Whether a bulk load was left unfinished (a crash, a kill): the marker node it writes first and
// deletes when it commits (grafeo-engine.ts, BULK_MARKER).
MATCH (m:RedstringBulkLoad) RETURN count(m) AS count
