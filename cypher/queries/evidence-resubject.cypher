// Moves an entity's own evidence to another entity (when two entities are merged).
MATCH (e:Evidence {subject: $fromSubject})
SET e.subject = $toSubject, e.entity = $toId
RETURN count(e) AS count
