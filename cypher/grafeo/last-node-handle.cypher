// The highest node handle: how far warmUp reads.
MATCH (n) RETURN max(id(n)) AS last
