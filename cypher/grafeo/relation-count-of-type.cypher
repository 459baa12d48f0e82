// Relationships of one type in one case (__TYPE__, a type that passed the identifier rule).
MATCH ()-[r:__TYPE__]->() WHERE r.caseId = $caseId RETURN count(r) AS count
