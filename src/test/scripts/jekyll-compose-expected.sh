#!/bin/sh
# Regenerates src/test/resources/compose/jekyll-compose/: the files real jekyll-compose
# (Debian's ruby-jekyll-compose) writes in a site with nothing to learn from, which is
# where jekyll4j must write exactly the same text. Dates are given, so the output is fixed.
#
#   sh src/test/scripts/jekyll-compose-expected.sh
set -eu
root=$(git rev-parse --show-toplevel)
out="$root/src/test/resources/compose/jekyll-compose"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
printf 'title: empty\n' > _config.yml
export TZ=UTC
jekyll page "Getting Involved" >/dev/null
jekyll post "Hello World! Ünïcödé" --date 2024-02-03 >/dev/null
jekyll draft "My Draft" >/dev/null
cp _drafts/my-draft.md my-draft-before-publish.md
jekyll publish _drafts/my-draft.md --date 2024-02-04 >/dev/null
jekyll draft "Back Again" >/dev/null
jekyll publish _drafts/back-again.md --date 2024-02-05 >/dev/null
jekyll unpublish _posts/2024-02-05-back-again.md >/dev/null
jekyll draft "Old Name" >/dev/null
jekyll rename _drafts/old-name.md "New Name" >/dev/null
rm -rf "$out"
mkdir -p "$out"
rm -f _config.yml my-draft-before-publish.md
find . -type f | sort | while read -r f; do
  mkdir -p "$out/$(dirname "$f")"
  cp "$f" "$out/$f"
done
