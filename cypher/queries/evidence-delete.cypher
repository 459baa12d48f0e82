UNWIND $subjects AS subject
MATCH (e:Evidence {subject: subject})
DELETE e
RETURN count(*) AS count
