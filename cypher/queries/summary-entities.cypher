MATCH (n:Entity)
RETURN n.type AS type, count(n) AS count
