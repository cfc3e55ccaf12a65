#!/usr/bin/env bats
# pegasus:backup-deploy, pegasus:backups, backup-schedule/unschedule and cron-entries, end to end
# through the shims, the fake dokku and a real PostgreSQL.

load test_helper
bats_require_minimum_version 1.5.0

setup() {
  sandbox_setup
  web_app_with_database
  BACKUPS="$DOKKU_LIB_ROOT/data/pegasus/web/backups"
}

teardown() {
  sandbox_teardown
  if [[ -n "${RESTORED_DB:-}" ]]; then
    psql_server -d postgres -c "DROP DATABASE IF EXISTS \"$RESTORED_DB\"" >/dev/null 2>&1 || true
  fi
}

psql_server() {
  psql -X -q -v ON_ERROR_STOP=1 -h "$FAKE_PG_HOST" -p "$FAKE_PG_PORT" -U "$FAKE_PG_USER" "$@"
}

seed_database() {
  dokku postgres:connect web-db >/dev/null <<'SQL'
CREATE EXTENSION IF NOT EXISTS cube;
CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL UNIQUE, joined date NOT NULL);
INSERT INTO users (email, joined) SELECT 'user' || g || '@example.com', DATE '2024-01-01' + g FROM generate_series(1, 3000) g;
CREATE TABLE embeddings (id int PRIMARY KEY, v real[] NOT NULL, c cube NOT NULL);
INSERT INTO embeddings SELECT g, ARRAY[g * 0.5, g * 0.25, -g]::real[], cube(ARRAY[g, g * 2, g * 3]) FROM generate_series(1, 800) g;
CREATE TABLE documents (id int PRIMARY KEY, title text, body oid);
INSERT INTO documents VALUES (1, 'big', lo_from_bytea(0, decode(repeat('deadbeef', 20000), 'hex'))),
                             (2, 'small', lo_from_bytea(0, convert_to('hello large object', 'UTF8')));
CREATE TABLE empty_table (id int);
SQL
}

# Each table's rows (and each large object's bytes) as one md5.
content_digest() {
  psql_server -d "$1" -At <<'SQL'
SELECT 'users', md5(string_agg(id || ':' || email || ':' || joined, ',' ORDER BY id)) FROM users;
SELECT 'embeddings', md5(string_agg(id || ':' || v::text || ':' || c::text, ',' ORDER BY id)) FROM embeddings;
SELECT 'documents', md5(string_agg(id || ':' || title || ':' || md5(lo_get(body)), ',' ORDER BY id)) FROM documents;
SELECT 'empty_table', count(*) FROM empty_table;
SQL
}

@test "(backup-deploy) the archive restores with pg_restore into a fresh database with identical contents" {
  seed_database
  # The live commit comes from the release history (GIT_REV may name a failed deploy's commit).
  mkdir -p "$DOKKU_LIB_ROOT/data/pegasus/web"
  printf '{"rev":"1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d","deployed_at":"2026-11-25T07:00:00.000Z","source":"git-hook","build_id":null,"backup_id":null,"previous_rev":"none"}\n' \
    >"$DOKKU_LIB_ROOT/data/pegasus/web/releases.jsonl"
  dokku config:set --no-restart web GIT_REV=fedcba9876543210fedcba9876543210fedcba98 >/dev/null

  run --separate-stderr dokku pegasus:backup-deploy web --format json
  assert_success
  record="$output"
  id="$(json d.id <<<"$record")"
  [[ "$id" =~ ^[0-9]{8}T[0-9]{6}Z-1a2b3c4$ ]]
  [[ "$(json '[d.git_rev, d.service, d.verified, d.reason, d.pg_version].join(" ")' <<<"$record")" == "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d web-db true manual 15."* ]]
  file="$(json d.file <<<"$record")"
  [[ "$(json d.sha256 <<<"$record")" == "$(sha256sum "$file" | cut -d' ' -f1)" ]]
  [[ "$(json d.size <<<"$record")" == "$(stat -c %s "$file")" ]]
  [[ "$stderr" == *"Backup $id verified"* ]]

  RESTORED_DB="restored_$$_${BATS_TEST_NUMBER}"
  psql_server -d postgres -c "CREATE DATABASE \"$RESTORED_DB\""
  pg_restore --no-owner -h "$FAKE_PG_HOST" -p "$FAKE_PG_PORT" -U "$FAKE_PG_USER" -d "$RESTORED_DB" "$file"

  source_digest="$(content_digest "$(service_db web-db)")"
  restored_digest="$(content_digest "$RESTORED_DB")"
  [[ "$(wc -l <<<"$source_digest")" -eq 4 ]]
  assert_equal "$restored_digest" "$source_digest"

  # pg_restore --list agrees with the verifier's TOC entry count.
  toc="$(pg_restore --list "$file" | sed -n 's/^;     TOC Entries: //p')"
  assert_equal "$toc" "$(json d.archive.toc_entries <<<"$record")"
}

@test "(backup-deploy) directory 0700, files 0600, and the secret URL never printed" {
  run dokku pegasus:backup-deploy web
  assert_success
  password="$(cat "$DOKKU_LIB_ROOT/services/postgres/web-db/PASSWORD")"
  refute_output --partial "$password"
  assert_equal "$(stat -c %a "$BACKUPS")" 700
  for file in "$BACKUPS"/*; do assert_equal "$(stat -c %a "$file")" 600; done
  [[ "$(ls "$BACKUPS" | wc -l)" -eq 2 ]]
}

@test "(backup-deploy) an export that exits 0 with a truncated archive is caught and nothing is kept" {
  seed_database
  fake-dokku-ctl fail postgres:export --truncate-bytes 4000
  run dokku pegasus:backup-deploy web
  assert_failure 1
  assert_output --partial "The export of web-db exited 0 but the archive is incomplete: the archive ends at byte 4000"
  assert_output --partial "dokku-postgres issue #274"
  assert_equal "$(find "$BACKUPS" -mindepth 1 ! -name .lock)" ""
  run dokku pegasus:backups web --format json
  assert_output "[]"
}

@test "(backup-deploy) a killed export fails with Dokku's words and leaves no file" {
  seed_database
  fake-dokku-ctl fail postgres:export --kill-after-bytes 2000
  run dokku pegasus:backup-deploy web
  assert_failure 1
  assert_output --partial "dokku postgres:export web-db was killed (SIGKILL)"
  assert_output --partial "Nothing was kept"
  assert_equal "$(ls -A "$BACKUPS")" ""
}

@test "(backup-deploy) a failing export passes on Dokku's message and what to do" {
  fake-dokku-ctl fail postgres:export --exit 1 --message "Postgres service web-db is not running"
  run dokku pegasus:backup-deploy web
  assert_failure 1
  assert_output --partial "dokku postgres:export web-db failed (exit 1): Postgres service web-db is not running"
  assert_output --partial 'Check the service with `dokku postgres:info web-db`'
  assert_equal "$(ls -A "$BACKUPS")" ""
}

@test "(backup-deploy) refuses to start without room for the last backup's size and says the numbers" {
  run dokku pegasus:backup-deploy web
  assert_success
  manifest="$(ls "$BACKUPS"/*.json)"
  # Make the last backup 15 TB (no test machine has 18 TB free): its manifest sealed again as the
  # plugin seals (sha256 over the canonical JSON of every other field), and its dump a sparse file
  # of that size, or it would not be listed at all.
  node -e '
    const fs = require("fs");
    const d = JSON.parse(fs.readFileSync(0, "utf8"));
    delete d.seal;
    d.size = 15000000000000;
    const canon = (v) => Array.isArray(v) ? `[${v.map(canon).join(",")}]`
      : v !== null && typeof v === "object" ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canon(v[k])}`).join(",")}}`
      : JSON.stringify(v);
    d.seal = `sha256:${require("crypto").createHash("sha256").update(canon(d)).digest("hex")}`;
    console.log(JSON.stringify(d));' <"$manifest" >"$manifest.new" && mv "$manifest.new" "$manifest"
  truncate -s 15000000000000 "${manifest%.json}.dump"
  run dokku pegasus:backup-deploy web
  assert_failure 1
  assert_output --regexp "Not enough free disk to back up web: [0-9.]+ [KMGT]?B free in .*/backups, 18.0 TB needed \(the last backup's 15.0 TB, a fifth more and 64 MiB\)"
  assert_equal "$(fake-dokku-ctl calls --command postgres:export --count)" 1
}

@test "(backup-deploy) two backups of one app never interleave: the second fails naming the first" {
  seed_database
  # The first backup's export waits until the second has been refused: no race with a busy machine.
  touch "$BATS_TEST_TMPDIR/hold"
  fake-dokku-ctl fail postgres:export --hold-while "$BATS_TEST_TMPDIR/hold"
  dokku pegasus:backup-deploy web >"$BATS_TEST_TMPDIR/first.log" 2>&1 &
  first=$!
  for _ in $(seq 1200); do [[ -f "$BACKUPS/.lock" ]] && break; sleep 0.1; done
  [[ -f "$BACKUPS/.lock" ]] || fail "the first backup never took the lock: $(cat "$BATS_TEST_TMPDIR/first.log")"
  run dokku pegasus:backup-deploy web
  rm "$BATS_TEST_TMPDIR/hold"
  assert_failure 1
  assert_output --regexp "A backup of web is running \(pid [0-9]+ on .* since .*\)\. Wait for it to finish"
  wait "$first"
  run dokku pegasus:backups web --format json
  assert_equal "$(json d.length <<<"$output")" 1
  [[ ! -e "$BACKUPS/.lock" ]]
}

@test "(backup-deploy) a lock and partial file left by a killed backup are recovered" {
  seed_database
  touch "$BATS_TEST_TMPDIR/hold"
  fake-dokku-ctl fail postgres:export --hold-while "$BATS_TEST_TMPDIR/hold"
  dokku pegasus:backup-deploy web >/dev/null 2>&1 &
  for _ in $(seq 1200); do [[ -f "$BACKUPS/.lock" ]] && break; sleep 0.1; done
  holder="$(json d.pid <"$BACKUPS/.lock")"
  kill -9 "$holder"
  rm "$BATS_TEST_TMPDIR/hold"
  wait || true
  fake-dokku-ctl fail --clear
  run dokku pegasus:backup-deploy web
  assert_success
  assert_output --partial "Recovered the backup lock of web left by pid $holder"
  [[ ! -e "$BACKUPS/.lock" ]]
  assert_equal "$(find "$BACKUPS" -mindepth 1 -name '*partial*')" ""
}

@test "(backup-deploy) backup-keep prunes the oldest after a good backup, never the last of a reason" {
  dokku pegasus:set web backup-keep 2 >/dev/null
  dokku pegasus:backup-deploy web --reason schedule >/dev/null 2>&1
  # Back to back: a backup in the same second as the last waits for the next one (distinct ids).
  for _ in 1 2 3; do dokku pegasus:backup-deploy web >/dev/null 2>&1; done
  run dokku pegasus:backups web --format json
  assert_success
  assert_equal "$(json 'd.map((r) => r.reason).join(" ")' <<<"$output")" "manual schedule"
}

@test "(backup-deploy) missing app exits 20, bad name and bad reason exit 1" {
  run dokku pegasus:backup-deploy nope
  assert_failure 20
  assert_output --partial "App nope does not exist"
  run dokku pegasus:backup-deploy Bad_Name
  assert_failure 1
  run dokku pegasus:backup-deploy web --reason deploy
  assert_failure 1
  assert_output --partial "--reason must be manual or schedule"
}

@test "(backup-schedule) validates, feeds cron-entries, records the last scheduled run; unschedule removes it" {
  run dokku pegasus:backup-schedule web "0 25 * * *"
  assert_failure 1
  assert_output --partial 'Invalid schedule "0 25 * * *"'
  run dokku pegasus:backup-schedule web "@daily"
  assert_failure 1
  assert_output --partial "A schedule has 5 fields"

  run dokku pegasus:backup-schedule web "0 3 * * *"
  assert_success
  assert_output --partial 'Backup schedule of web: "0 3 * * *"'
  assert_equal "$(fake-dokku-ctl calls --command plugn:trigger --count)" 1
  run fake-dokku-ctl crontab
  assert_success
  assert_line "0 3 * * * dokku pegasus:backup-deploy web --reason schedule &>> /var/log/dokku/pegasus.log"

  run dokku pegasus:backup-deploy web --reason schedule
  assert_success
  assert_output --regexp "Scheduled backup of web at "
  [[ "$(json d.status <"$DOKKU_LIB_ROOT/data/pegasus/web/last-scheduled.json")" == ok ]]

  run dokku pegasus:backup-unschedule web
  assert_success
  run fake-dokku-ctl crontab
  refute_output --partial "pegasus:backup-deploy"
}
