// Deletes the :Evidence nodes that legacy-evidence.cypher moved, and no other.
MATCH (e:Evidence)
WHERE e.subject STARTS WITH 'entity:' OR e.subject STARTS WITH 'relation:'
DELETE e
RETURN count(*) AS count
