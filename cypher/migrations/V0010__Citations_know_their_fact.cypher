// Citations written before V0009 learn the id of the fact they support.
MATCH (c:Citation)-[:SUPPORTS]->(f)
WHERE c.factKey IS NULL
SET c.factKey = f.id;
