// The token whose secret hashes to $hash (no row when none): how a request is authenticated.
MATCH (t:RedstringToken {hash: $hash})
RETURN t.id AS id, t.name AS name, t.role AS role, t.createdAt AS createdAt, t.createdBy AS createdBy,
       t.lastUsedAt AS lastUsedAt, t.revokedAt AS revokedAt, t.hash AS hash
