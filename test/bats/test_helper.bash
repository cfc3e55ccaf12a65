#!/usr/bin/env bash
# Shared bats helpers: bats-support/bats-assert from npm (or /usr/lib/bats), a fresh fake Dokku
# sandbox per test, and a deployable sample repo.
# shellcheck disable=SC2034

_helper_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$_helper_dir/../.." && pwd)"
export REPO_ROOT
export BATS_LIB_PATH="${REPO_ROOT}/node_modules:${BATS_LIB_PATH:-/usr/lib/bats}"
bats_require_minimum_version 1.5.0
bats_load_library bats-support
bats_load_library bats-assert

FAKE_DOKKU_BIN="$REPO_ROOT/test/fake-dokku/bin"

# The plugin as plugin:install would leave it: every committed top-level entry, but no
# node_modules/.git/.cache (a real install is a git clone; node_modules holds directories named
# `commands` that make `dokku help` fail, exactly as on a real host).
_link_plugin_tree() {
  local target="$1" entry name
  mkdir -p "$target"
  for entry in "$REPO_ROOT"/* "$REPO_ROOT"/.[!.]*; do
    [[ -e "$entry" ]] || continue
    name="$(basename "$entry")"
    case "$name" in
      node_modules | .git | .cache) continue ;;
    esac
    ln -s "$entry" "$target/$name"
  done
}

# Marks community plugins as installed (their commands are then answered by the fake).
fake_plugins() {
  local name
  for name in "$@"; do
    mkdir -p "$PLUGIN_PATH/available/$name"
    ln -sfn "$PLUGIN_PATH/available/$name" "$PLUGIN_PATH/enabled/$name"
  done
}

# A fresh DOKKU_ROOT / DOKKU_LIB_ROOT / PLUGIN_PATH / FAKE_DOKKU_STATE under $BATS_TEST_TMPDIR,
# the fake first on PATH, the plugin under test enabled as `pegasus`.
# PEGASUS_LINK=root links available/pegasus to the repo root itself instead.
sandbox_setup() {
  if [[ -z "$FAKE_PG_HOST" ]]; then
    skip "FAKE_PG_HOST is not set: eval \"\$(test/support/pg-server.sh start /tmp/pegasus-pg)\" first"
  fi
  if [[ ! -f "$REPO_ROOT/.cache/fake-dokku.cjs" ]]; then
    skip "the fake is not built: npm run build:fake"
  fi
  local base="$BATS_TEST_TMPDIR/dokku"
  export DOKKU_ROOT="$base/home"
  export DOKKU_LIB_ROOT="$base/lib"
  export PLUGIN_PATH="$DOKKU_LIB_ROOT/plugins"
  export PLUGIN_AVAILABLE_PATH="$PLUGIN_PATH/available"
  export PLUGIN_ENABLED_PATH="$PLUGIN_PATH/enabled"
  export FAKE_DOKKU_STATE="$base/fake-state"
  unset DOKKU_LIB_PATH DOKKU_APP_NAME DOKKU_QUIET_OUTPUT DOKKU_GLOBAL_FLAGS DOKKU_TRACE FAKE_DOKKU_DEPTH FAKE_DOKKU_USER
  mkdir -p "$DOKKU_ROOT" "$PLUGIN_AVAILABLE_PATH" "$PLUGIN_ENABLED_PATH" "$FAKE_DOKKU_STATE"
  export PATH="$FAKE_DOKKU_BIN:$PATH"
  if [[ "${PEGASUS_LINK:-}" == "root" ]]; then
    ln -s "$REPO_ROOT" "$PLUGIN_AVAILABLE_PATH/pegasus"
  else
    _link_plugin_tree "$PLUGIN_AVAILABLE_PATH/pegasus"
  fi
  ln -s "$PLUGIN_AVAILABLE_PATH/pegasus" "$PLUGIN_ENABLED_PATH/pegasus"
  export GIT_AUTHOR_NAME=test GIT_AUTHOR_EMAIL=test@example.com GIT_COMMITTER_NAME=test GIT_COMMITTER_EMAIL=test@example.com
}

# Drops the real databases this sandbox created (the fake records each in postgres/<service>.json;
# without one there is nothing to drop, and no process to start).
sandbox_teardown() {
  if [[ -n "$FAKE_DOKKU_STATE" ]] && compgen -G "$FAKE_DOKKU_STATE/postgres/*.json" >/dev/null; then
    fake-dokku-ctl cleanup >/dev/null 2>&1 || true
  fi
}

# create_deployable_repo <dir> [<migrate.sql>]: a git repo (branch main) with Dockerfile.web and
# a Procfile whose release task applies migrate.sql to $DATABASE_URL (when present).
create_deployable_repo() {
  local dir="$1" sql="${2:-}"
  mkdir -p "$dir"
  git -C "$dir" init -q -b main
  printf 'FROM python:3.12-slim\nWORKDIR /code\nCOPY . .\nCMD ["gunicorn"]\n' >"$dir/Dockerfile.web"
  if [[ -n "$sql" ]]; then
    printf '%s\n' "$sql" >"$dir/migrate.sql"
    # shellcheck disable=SC2016 # $DATABASE_URL is for the release task's shell
    printf 'web: gunicorn app.wsgi\nworker: celery -A app worker\nrelease: psql -v ON_ERROR_STOP=1 -q "$DATABASE_URL" -f migrate.sql\n' >"$dir/Procfile"
  else
    printf 'web: gunicorn app.wsgi\nworker: celery -A app worker\nrelease: echo release-ran\n' >"$dir/Procfile"
  fi
  git -C "$dir" add -A
  git -C "$dir" -c user.name=test -c user.email=test@example.com commit -q -m initial
}

# web_app_with_database [--dockerfile | --deployable]: where most end-to-end tests start, the app
# `web` linked to its own Postgres service `web-db` (the postgres plugin marked installed).
#   --dockerfile  also points the builder at Dockerfile.web
#   --deployable  that, and REPO: a deployable repo whose release task creates and fills `items`
web_app_with_database() {
  local with="${1:-}"
  fake_plugins postgres
  dokku apps:create web >/dev/null
  if [[ -n "$with" ]]; then dokku builder-dockerfile:set web dockerfile-path Dockerfile.web >/dev/null; fi
  dokku postgres:create web-db >/dev/null
  dokku --quiet postgres:link web-db web >/dev/null
  if [[ "$with" == "--deployable" ]]; then
    REPO="$BATS_TEST_TMPDIR/repo"
    create_deployable_repo "$REPO" \
      "CREATE TABLE IF NOT EXISTS items (id int PRIMARY KEY, name text NOT NULL);
INSERT INTO items SELECT g, 'item ' || g FROM generate_series(1, 5) g ON CONFLICT DO NOTHING;"
  fi
}

# json <expression of d>: evaluates a JavaScript expression of the JSON document on stdin.
json() {
  # shellcheck disable=SC2016 # JavaScript, not shell
  node -e 'const d = JSON.parse(require("fs").readFileSync(0, "utf8")); const v = new Function("d", `return (${process.argv[1]})`)(d); console.log(typeof v === "string" ? v : JSON.stringify(v))' "$1"
}

# service_db <service>: the database on the test server behind a Postgres service of the fake.
service_db() {
  jq -r .db "$FAKE_DOKKU_STATE/postgres/$1.json"
}

# query [<service>] <sql>: one unaligned, tuples-only answer from the real database behind a
# Postgres service (web-db unless named).
query() {
  local service=web-db db
  if (($# > 1)); then service="$1" && shift; fi
  db="$(service_db "$service")"
  # shellcheck disable=SC2153 # exported by test/support/pg-server.sh with FAKE_PG_HOST
  psql -X -q -At -v ON_ERROR_STOP=1 -h "$FAKE_PG_HOST" -p "$FAKE_PG_PORT" -U "$FAKE_PG_USER" -d "$db" -c "$1"
}

# commit_file <repo> <path> <content>: one more commit.
commit_file() {
  printf '%s\n' "$3" >"$1/$2"
  git -C "$1" add -A
  git -C "$1" -c user.name=test -c user.email=test@example.com commit -q -m "update $2"
}

# process_tree <pid>: the pid and every descendant's, however deep (shim, fake dokku, node).
process_tree() {
  local child
  echo "$1"
  for child in $(pgrep -P "$1" || true); do process_tree "$child"; done
}
