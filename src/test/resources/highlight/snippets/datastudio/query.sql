-- Data Studio query
SELECT
  customer_id,
  SUM(amount) AS total,
  'literal' AS kind
FROM `project.dataset.orders`
WHERE order_date BETWEEN @start_date AND @end_date
GROUP BY customer_id
HAVING total > 100.5
