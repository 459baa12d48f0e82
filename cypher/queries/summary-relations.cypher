// Counts per relation type and the span of dates. An open-ended relation ("since 2022") ends at
// 9999-12-31 for window tests; for the span, its start is the latest thing known about it.
MATCH (:Entity {caseId: $caseId})-[r]->(:Entity)
RETURN type(r) AS type,
       count(r) AS count,
       min(r.spanStart) AS earliest,
       max(CASE WHEN r.spanEnd = '9999-12-31' THEN r.spanStart ELSE r.spanEnd END) AS latest
