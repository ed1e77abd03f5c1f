log() {
  local level=$1; shift
  printf '[%s] %s\n' "$level" "$*" >&2
}

retry() {
  local n=0 max=${RETRIES:-3}
  until "$@"; do
    n=$((n + 1))
    (( n >= max )) && return 1
    sleep $(( 2 ** n ))
  done
}

case "$OSTYPE" in
  linux*) OPEN=xdg-open ;;
  darwin*|macos) OPEN=open ;;
  *) OPEN=echo ;;
esac
export PATH="$HOME/bin:$PATH"
