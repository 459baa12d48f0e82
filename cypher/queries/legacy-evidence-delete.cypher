MATCH (e:Evidence)
DELETE e
RETURN count(*) AS count
