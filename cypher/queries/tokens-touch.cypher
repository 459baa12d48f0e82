// When a token was last used, kept coarse (token-store.ts says how often it is written).
MATCH (t:RedstringToken {id: $id})
SET t.lastUsedAt = $lastUsedAt
RETURN count(t) AS count
