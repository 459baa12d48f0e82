// Revokes one token by id; it stays listed, with when it was revoked.
MATCH (t:RedstringToken {id: $id})
WHERE t.revokedAt IS NULL
SET t.revokedAt = $revokedAt, t.revokedBy = $revokedBy
RETURN t.id AS id, t.name AS name, t.role AS role, t.createdAt AS createdAt, t.createdBy AS createdBy,
       t.lastUsedAt AS lastUsedAt, t.revokedAt AS revokedAt
