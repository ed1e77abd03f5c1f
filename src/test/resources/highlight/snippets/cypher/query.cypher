// Find friends of friends
MATCH (p:Person {name: 'Alice'})-[:KNOWS*1..2]->(fof:Person)
WHERE fof.age > 30 AND NOT (p)-[:BLOCKED]->(fof)
WITH fof, count(*) AS common
OPTIONAL MATCH (fof)-[r:LIKES]->(m:Movie)
RETURN fof.name, common, collect(m.title) AS movies, $limit
ORDER BY common DESC
LIMIT 10;
/* create */
CREATE (n:Node {id: 42, score: 3.5, tags: ["a", "b"]})
MERGE (a)-[:REL]->(b) ON CREATE SET a.created = timestamp()
