#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests: Debian's server binaries, listening on loopback
# only, on a free port, trusting local connections. Nothing of it outlives `stop`.
#   pg-test-cluster.sh start DIR   creates and starts the cluster in DIR, writes its URL to DIR/url
#   pg-test-cluster.sh stop DIR    stops it and removes DIR
set -euo pipefail

action=${1:?start or stop}
dir=${2:?the folder of the cluster}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL's server is not installed (scripts/install-deps.sh installs it)" >&2; exit 1; }

# The server refuses to run as root: as root, it runs as the postgres system user.
as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

case "$action" in
start)
  rm -rf "$dir"
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  port=$(free_port)
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off -c max_connections=200" \
    start >/dev/null
  echo "postgresql://postgres@127.0.0.1:$port/postgres" | as_owner tee "$dir/url" >/dev/null
  cat "$dir/url"
  ;;
stop)
  if [ -d "$dir/data" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: $0 start|stop DIR" >&2
  exit 2
  ;;
esac
