// The relationship types the graph holds.
MATCH ()-[r]->() RETURN DISTINCT type(r) AS type
