// The highest relationship handle: how far warmUp reads.
MATCH ()-[r]->() RETURN max(id(r)) AS last
