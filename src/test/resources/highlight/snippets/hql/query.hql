-- Hive query
CREATE TABLE IF NOT EXISTS logs (
  id BIGINT,
  msg STRING,
  ts TIMESTAMP
) PARTITIONED BY (dt STRING)
STORED AS ORC;

SELECT dt, COUNT(*) AS n, collect_set(msg)
FROM logs
WHERE dt >= '2026-01-01' AND msg LIKE "%error%"
GROUP BY dt
ORDER BY n DESC
LIMIT 10;
SET hive.exec.dynamic.partition = true;
