SELECT p.title, COUNT(c.id) AS comments
FROM posts p
LEFT JOIN comments c ON c.post_id = p.id
WHERE p.draft = 0
  AND p.published_at >= '2024-01-01'
GROUP BY p.id
HAVING COUNT(c.id) > 5
ORDER BY comments DESC, p.title ASC
LIMIT 10 OFFSET 20;
