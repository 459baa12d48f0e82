// Every case of the store, oldest first (server/store/cases/case-records.ts).
MATCH (c:RedstringCase)
RETURN c {.*} AS record
ORDER BY c.createdAt, c.id
