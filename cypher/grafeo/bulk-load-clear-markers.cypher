// The markers of unfinished loads, once what they loaded has been cleared.
MATCH (m:RedstringBulkLoad) DELETE m RETURN count(*) AS count
