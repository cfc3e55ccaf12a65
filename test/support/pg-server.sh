#!/usr/bin/env bash
# A throw-away PostgreSQL server for the fake dokku's postgres:* commands.
#   pg-server.sh start <dir>   initdb (trust, UTF8) + start on a free port, socket in <dir>;
#                              prints `export FAKE_PG_HOST=… FAKE_PG_PORT=… FAKE_PG_USER=postgres`
#   pg-server.sh stop <dir>    stops it (idempotent)
# Works as root (initdb refuses root: runs as the postgres user) and as any other user.
set -eo pipefail

pg_bin="${PG_BIN:-}"
if [[ -z "$pg_bin" ]]; then
  for candidate in /usr/lib/postgresql/*/bin; do
    [[ -x "$candidate/initdb" ]] && pg_bin="$candidate"
  done
fi
if [[ -z "$pg_bin" ]]; then
  pg_bin="$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")"
fi
if [[ ! -x "$pg_bin/initdb" ]]; then
  echo "pg-server.sh: initdb not found (set PG_BIN)" >&2
  exit 1
fi

usage() {
  echo "usage: $0 start|stop <dir>" >&2
  exit 2
}

as_owner() {
  if [[ "$(id -u)" == 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

cmd="${1:-}"
dir="${2:-}"
[[ -n "$cmd" && -n "$dir" ]] || usage
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
data="$dir/data"

case "$cmd" in
  start)
    if [[ "$(id -u)" == 0 ]]; then
      chown postgres: "$dir"
    fi
    if [[ -f "$data/postmaster.pid" ]] && as_owner "$pg_bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
      port="$(cat "$dir/port")"
    else
      if [[ ! -f "$data/PG_VERSION" ]]; then
        as_owner "$pg_bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
          as_owner "$pg_bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1
      fi
      port="$(free_port)"
      echo "$port" >"$dir/port"
      as_owner "$pg_bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null
    fi
    echo "export FAKE_PG_HOST=$dir FAKE_PG_PORT=$port FAKE_PG_USER=postgres"
    ;;
  stop)
    if [[ -f "$data/postmaster.pid" ]]; then
      as_owner "$pg_bin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    ;;
  *)
    usage
    ;;
esac
