UNWIND $ids AS id
MATCH (e:Evidence {source: id})
RETURN id, count(e) AS count
