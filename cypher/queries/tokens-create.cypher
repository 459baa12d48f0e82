// A new API token (token-store.ts). Only the SHA-256 of its secret is stored: the secret is shown
// once, when it is made, and cannot be read back from the database.
CREATE (t:RedstringToken {id: $id, name: $name, role: $role, hash: $hash, createdAt: $createdAt, createdBy: $createdBy})
RETURN t.id AS id, t.name AS name, t.role AS role, t.createdAt AS createdAt, t.createdBy AS createdBy,
       t.lastUsedAt AS lastUsedAt, t.revokedAt AS revokedAt
