// Find friends of friends
MATCH (p:Person {name: "Alice"})-[:KNOWS*1..2]->(fof:Person)
WHERE fof.age > 30 AND NOT (p)-[:KNOWS]->(fof)
WITH fof, count(*) AS paths
RETURN fof.name, paths, toUpper(fof.city) AS city
ORDER BY paths DESC
LIMIT 10;
/* block comment */
CREATE (n:Movie {title: 'The Matrix', released: 1999, rating: 8.7})
MERGE (a)-[r:ACTED_IN]->(m) ON CREATE SET r.roles = ['Neo']
UNWIND [1, 2, 3] AS x RETURN x IS NULL, $param
