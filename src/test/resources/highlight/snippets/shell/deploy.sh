#!/usr/bin/env bash
set -euo pipefail

SITE_DIR="${1:-_site}"
REMOTE=user@example.com:/var/www
COUNT=$(find "$SITE_DIR" -type f | wc -l)

if [[ ! -d $SITE_DIR ]]; then
  echo "no site at $SITE_DIR" >&2
  exit 1
fi

for f in "$SITE_DIR"/*.html; do
  gzip -9 -k "$f" && echo "compressed ${f##*/}"
done

rsync -avz --delete "$SITE_DIR/" "$REMOTE" # upload
echo "Deployed $COUNT files at $(date +%H:%M)"
