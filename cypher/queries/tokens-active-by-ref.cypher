// Tokens not revoked whose id or name is $ref: what `token revoke <id or name>` means, and the
// check that a new token's name is not taken.
MATCH (t:RedstringToken)
WHERE t.revokedAt IS NULL AND (t.id = $ref OR t.name = $ref)
RETURN t.id AS id, t.name AS name, t.role AS role, t.createdAt AS createdAt, t.createdBy AS createdBy,
       t.lastUsedAt AS lastUsedAt, t.revokedAt AS revokedAt
