// Renames a case or changes its description; a null leaves that field as it is.
MATCH (c:RedstringCase {id: $id})
SET c.name = coalesce($name, c.name),
  c.description = CASE WHEN $description IS NULL THEN c.description WHEN $description = '' THEN null ELSE $description END,
  c.updatedAt = $at
RETURN c {.*} AS record
