#!/bin/sh
# Regenerates src/test/resources/liquid/extra-cases.json (our own Liquid cases) with real Jekyll.
# Needs Debian's jekyll (4.3.1) and Liquid 4.0.4's lib/ in $LIQUID4, e.g.
#   git -C <clone of Shopify/liquid> archive v4.0.4 lib | tar -x -C "$LIQUID4"
# Inputs: src/test/resources/liquid/extra-cases-in.json (name, template, context, site).
set -eu
root=$(git rev-parse --show-toplevel)
: "${LIQUID4:?set LIQUID4 to a folder holding Liquid 4.0.4 lib/}"
res="$root/src/test/resources/liquid"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$root/src/test/scripts/liquid-oracle.rb" "$tmp/oracle.rb"
(cd "$tmp" && ruby oracle.rb "$res/extra-cases-in.json" out.json --compare-liquid-lib "$LIQUID4/lib")
# The Liquid 4.0.4 outcome is the expected one; Debian's Liquid 5 outcome is kept beside it.
python3 - "$tmp/out.json" "$res/extra-cases.json" <<'PY'
import json, sys
cases = json.load(open(sys.argv[1]))
for c in cases:
    alt = c.pop('alt_liquid', None)
    if alt:
        c['debian_liquid5'] = {k: c.pop(k) for k in ('expected', 'error') if k in c}
        for k in ('expected', 'error', 'warnings'):
            if k in alt:
                c[k] = alt[k]
json.dump(cases, open(sys.argv[2], 'w'), indent=1, ensure_ascii=False)
PY
