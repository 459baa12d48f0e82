// Handle, spanStart and spanEnd of every dated relationship of one type (__TYPE__, a type that
// passed the identifier rule): what the timeline index is built from, a type at a time.
MATCH ()-[r:__TYPE__]->() WHERE r.caseId = $caseId AND r.spanStart IS NOT NULL RETURN id(r) AS handle, r.spanStart AS start, r.spanEnd AS end
