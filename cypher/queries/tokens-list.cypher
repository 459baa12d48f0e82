// Every API token, revoked ones too, oldest first; never the hash.
MATCH (t:RedstringToken)
RETURN t.id AS id, t.name AS name, t.role AS role, t.createdAt AS createdAt, t.createdBy AS createdBy,
       t.lastUsedAt AS lastUsedAt, t.revokedAt AS revokedAt
ORDER BY t.createdAt, t.id
