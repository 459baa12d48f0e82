// Deleting a case, last part: its record.
MATCH (c:RedstringCase {id: $caseId})
DELETE c
RETURN count(*) AS count
