if [ "$#" -ne 2 ]; then
  echo "usage: $0 SRC DEST" 1>&2
  exit 2
elif test -z "$2"; then
  exit 3
fi
trap 'rm -rf "$TMP"' EXIT
TMP=$(mktemp -d)
cp -r "$1" "$TMP" || { echo failed; exit 1; }
ls -la "$TMP" | awk '{ print $9 }'
