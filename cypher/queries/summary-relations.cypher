MATCH (:Entity)-[r]->(:Entity)
RETURN type(r) AS type, count(r) AS count, min(r.spanStart) AS earliest, max(r.spanEnd) AS latest
