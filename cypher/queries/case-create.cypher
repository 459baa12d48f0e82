// A new case's record. The caller checked that the id is free, in the same transaction; the
// constraint on :RedstringCase(id) refuses a second one all the same.
CREATE (c:RedstringCase {id: $id, name: $name, description: $description, createdAt: $at, updatedAt: $at, createdBy: $createdBy})
RETURN c {.*} AS record
