// Relationships of one type (__TYPE__, a type that passed the identifier rule).
MATCH ()-[r:__TYPE__]->() RETURN count(r) AS count
