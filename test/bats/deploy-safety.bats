#!/usr/bin/env bats
# Deploy safety (issue 6): the backup gate, release history, pegasus:restore and pegasus:rollback,
# end to end through the shims, the fake dokku and a real PostgreSQL.

load test_helper
bats_require_minimum_version 1.5.0

setup() {
  sandbox_setup
  web_app_with_database --deployable
}

teardown() {
  sandbox_teardown
}

sql() {
  dokku postgres:connect web-db <<<"$1" >/dev/null
}

deploy() {
  fake-dokku-ctl deploy web --from "$REPO"
}

# migrate <sql>: one more commit whose release task runs <sql> after what ran before.
migrate() {
  printf '%s\n' "$1" >>"$REPO/migrate.sql"
  git -C "$REPO" add -A
  git -C "$REPO" -c user.name=test -c user.email=test@example.com commit -q -m "migration"
}

head_sha() {
  git -C "$REPO" rev-parse HEAD
}

backup_ids() {
  dokku pegasus:backups web --format json | json 'd.map((b) => b.reason + ":" + b.id).join(" ")'
}

backup_count() {
  dokku pegasus:backups web --format json | json 'd.length'
}

# Mutating calls made by the plugin (depth 0 is the test's own `dokku pegasus:*`, which the fake
# counts as mutating because it does not own the command).
mutating_calls() {
  fake-dokku-ctl calls --mutating | awk '$1 > 0' | wc -l
}

@test "(gate) a deploy takes a deploy backup, recording both commits, before the release task runs" {
  deploy >/dev/null 2>&1
  first="$(head_sha)"
  migrate "ALTER TABLE items ADD COLUMN IF NOT EXISTS price int;"
  second="$(head_sha)"

  run deploy
  assert_success
  assert_output --partial "Pegasus deploy backup of web before its migrations (live ${first:0:7}, deploying ${second:0:7})"
  refute_output --partial "$(cat "$DOKKU_LIB_ROOT/services/postgres/web-db/PASSWORD")"

  record="$(dokku pegasus:backups web --format json | json 'd[0]')"
  assert_equal "$(json '[d.reason, d.git_rev, d.deploying_rev].join(" ")' <<<"$record")" "deploy $first $second"
  # The dump holds the data as the live commit left it: no `price` column yet.
  run pg_restore --list "$(json d.file <<<"$record")"
  assert_output --partial "TABLE public items"
  created="$(json d.created_at <<<"$record")"
  task="$(fake-dokku-ctl events web | grep '"release-task"' | tail -1 | json d.ts)"
  [[ "$created" < "$task" ]]
  gate="$(fake-dokku-ctl events web | grep '"trigger:pre-release-builder"' | tail -1 | json '[d.plugins.join(), d.exitCode].join(" ")')"
  assert_equal "$gate" "pegasus 0"
}

@test "(gate) a failing export aborts the deploy: push rejected, no release task, no backup listed" {
  deploy >/dev/null 2>&1
  migrate "UPDATE items SET name = upper(name);"
  fake-dokku-ctl fail postgres:export --message "pg_dump: error: connection to server failed"

  run deploy
  assert_failure
  assert_output --partial "Deploy of web stopped: the backup before its migrations failed, so no migration ran."
  assert_output --partial "dokku pegasus:set web backup-skip-next true"
  assert_output --partial "[remote rejected]"
  assert_equal "$(fake-dokku-ctl events web | grep -c '"release-task"')" 1
  assert_equal "$(query "SELECT name FROM items WHERE id = 1")" "item 1"
  assert_equal "$(backup_count)" 1
  run dokku pegasus:releases web --format json
  assert_equal "$(json d.length <<<"$output")" 1
}

@test "(gate) config restarts and ps:start pass through with one line and no backup" {
  deploy >/dev/null 2>&1
  before="$(backup_count)"
  exports="$(fake-dokku-ctl calls --command config:export --count)"

  run dokku config:set web FEATURE_FLAG=on
  assert_success
  assert_output --partial "Pegasus deploy backup skipped: no new code (config-redeploy)"
  dokku ps:stop web >/dev/null
  run dokku ps:start web
  assert_success
  assert_output --partial "Pegasus deploy backup skipped: no new code (deploy)"

  assert_equal "$(backup_count)" "$before"
  assert_equal "$(dokku pegasus:releases web --format json | json d.length)" 1
  # The gate answered without asking Dokku anything on those paths.
  assert_equal "$(fake-dokku-ctl calls --command config:export --count)" "$exports"
}

@test "(gate) an app.json predeploy app gets exactly one backup, taken before predeploy runs" {
  printf '{"scripts": {"dokku": {"predeploy": "psql -v ON_ERROR_STOP=1 -q \\"$DATABASE_URL\\" -f migrate.sql"}}}\n' >"$REPO/app.json"
  printf 'web: gunicorn app.wsgi\n' >"$REPO/Procfile"
  git -C "$REPO" add -A
  git -C "$REPO" -c user.name=test -c user.email=test@example.com commit -q -m predeploy
  deploy >/dev/null 2>&1
  migrate "ALTER TABLE items ADD COLUMN IF NOT EXISTS price int;"

  run deploy
  assert_success
  assert_output --partial "Pegasus deploy backup 20"
  assert_output --partial "already taken for this build"
  assert_equal "$(dokku pegasus:backups web --format json | json 'd.filter((b) => b.reason === "deploy").length')" 2
  created="$(dokku pegasus:backups web --format json | json 'd[0].created_at')"
  predeploy="$(fake-dokku-ctl events web | grep '"predeploy"' | tail -1 | json d.ts)"
  [[ "$created" < "$predeploy" ]]
}

@test "(gate) backup-skip-next lets one deploy through without a backup, loudly, then unsets itself" {
  deploy >/dev/null 2>&1
  before="$(backup_count)"
  dokku pegasus:set web backup-skip-next true >/dev/null
  migrate "UPDATE items SET name = upper(name);"

  run deploy
  assert_success
  assert_output --partial "NO BACKUP for this deploy of web: backup-skip-next was set, and is now unset (it applies once)"
  assert_equal "$(backup_count)" "$before"
  [[ ! -e "$DOKKU_LIB_ROOT/config/pegasus/web/backup-skip-next" ]]

  migrate "UPDATE items SET name = lower(name);"
  deploy >/dev/null 2>&1
  assert_equal "$(backup_count)" "$((before + 1))"

  run dokku pegasus:set web backup-skip-next yes
  assert_failure 1
  assert_output --partial "backup-skip-next can only be set to true"
}

@test "(set) a misspelt postgres-service is refused and changes nothing, so the next deploy still backs up" {
  deploy >/dev/null 2>&1
  before="$(backup_count)"
  calls_before="$(fake-dokku-ctl calls --depth 1 --count)"
  run --separate-stderr dokku pegasus:set web postgres-service web-db-typo
  assert_failure 1
  assert_equal "$stderr" \
    "!     The Postgres service given does not exist, so postgres-service of web was not set (services: web-db). Give one of those, or create the service first with \`dokku postgres:create NAME\`"
  [[ ! -e "$DOKKU_LIB_ROOT/config/pegasus/web/postgres-service" ]]
  # One read-only call, and nothing else.
  assert_equal "$(fake-dokku-ctl calls --depth 1 --count)" "$((calls_before + 1))"
  assert_equal "$(fake-dokku-ctl calls --depth 1 | tail -1)" "1 R postgres:list"

  migrate "UPDATE items SET name = upper(name);"
  run deploy
  assert_success
  assert_equal "$(backup_count)" "$((before + 1))"

  # An existing service is stored, linked or not (a restore checks the link itself).
  dokku postgres:create other-db >/dev/null
  run dokku pegasus:set web postgres-service other-db
  assert_success
  assert_equal "$(cat "$DOKKU_LIB_ROOT/config/pegasus/web/postgres-service")" "other-db"
}

@test "(releases) three deploys are listed newest first, each with its commit, source and backup" {
  deploy >/dev/null 2>&1
  first="$(head_sha)"
  migrate "ALTER TABLE items ADD COLUMN IF NOT EXISTS price int;"
  deploy >/dev/null 2>&1
  second="$(head_sha)"
  migrate "UPDATE items SET price = id * 10;"
  deploy >/dev/null 2>&1
  third="$(head_sha)"

  run --separate-stderr dokku pegasus:releases web --format json
  assert_success
  assert_equal "$(json 'd.map((r) => r.rev).join(" ")' <<<"$output")" "$third $second $first"
  assert_equal "$(json 'd.map((r) => r.previous_rev).join(" ")' <<<"$output")" "$second $first none"
  assert_equal "$(json 'd.map((r) => r.source).join(" ")' <<<"$output")" "git-hook git-hook git-hook"
  deploy_backups="$(dokku pegasus:backups web --format json | json 'd.filter((b) => b.reason === "deploy").map((b) => b.id).join(" ")')"
  assert_equal "$(json 'd.map((r) => r.backup_id).join(" ")' <<<"$output")" "$deploy_backups"

  run dokku pegasus:releases web
  assert_success
  assert_line --index 0 "=====> web releases"
  assert_line --index 1 --regexp '^       DEPLOYED +COMMIT +SOURCE +BACKUP +PREVIOUS$'
  assert_line --index 2 --regexp "^       [0-9T:-]+Z  ${third:0:7}  git-hook  [0-9TZ]+-${second:0:7}  ${second:0:7}$"
}

@test "(restore) without --force prints the plan and changes nothing" {
  deploy >/dev/null 2>&1
  id="$(dokku pegasus:backups web --format json | json 'd[0].id')"
  calls="$(mutating_calls)"

  run dokku pegasus:restore web "$id"
  assert_success
  assert_output --partial "Restore of web from $id into web-db: nothing changed (no --force)"
  assert_output --partial "1. stop web (ps:stop), so nothing it writes after the safety backup is lost"
  assert_output --partial "2. back up the current database of web-db (reason pre-restore)"
  assert_output --partial "Re-run with --force to restore: dokku pegasus:restore web $id --force"
  assert_equal "$(mutating_calls)" "$calls"
  assert_equal "$(backup_count)" 1
}

@test "(restore) --force brings back the rows changed after the backup, after a safety backup" {
  deploy >/dev/null 2>&1
  migrate "ALTER TABLE items ADD COLUMN IF NOT EXISTS price int;"
  deploy >/dev/null 2>&1
  id="$(dokku pegasus:backups web --format json | json 'd[0].id')"
  sql "UPDATE items SET price = 99; ALTER TABLE items ADD COLUMN IF NOT EXISTS note text; UPDATE items SET name = 'gone'; DELETE FROM items WHERE id > 2;"
  stops="$(fake-dokku-ctl events web | grep -c '"type":"stop"' || true)"

  run --separate-stderr dokku pegasus:restore web "$id" --force --format json
  assert_success
  result="$output"
  assert_equal "$(json '[d.backup_id, d.service, d.stopped, d.started].join(" ")' <<<"$result")" "$id web-db true true"
  assert_equal "$(query "SELECT count(*), string_agg(name, ',' ORDER BY id) FROM items")" "5|item 1,item 2,item 3,item 4,item 5"
  assert_equal "$(fake-dokku-ctl events web | grep -c '"type":"stop"')" "$((stops + 1))"
  safety="$(json d.safety_backup_id <<<"$result")"
  assert_equal "$(dokku pegasus:backups web --format json | json 'd[0].reason + " " + d[0].id')" "pre-restore $safety"
  [[ "$stderr" == *"To undo: dokku pegasus:restore web $safety --force"* ]]
  # The safety backup holds the state the restore replaced.
  run pg_restore --schema-only -f - "$(dokku pegasus:backups web --format json | json 'd[0].file')"
  assert_output --partial "note text"
}

@test "(restore) a failed import names the safety backup and leaves the app stopped" {
  deploy >/dev/null 2>&1
  id="$(dokku pegasus:backups web --format json | json 'd[0].id')"
  fake-dokku-ctl fail postgres:import --message "pg_restore: error: could not execute query"

  run dokku pegasus:restore web "$id" --force
  assert_failure 1
  safety="$(dokku pegasus:backups web --format json | json 'd.find((b) => b.reason === "pre-restore").id')"
  assert_output --partial "The import of backup $id into web-db failed"
  assert_output --partial "dokku pegasus:restore web $safety --force"
  assert_output --partial "dokku ps:start web"
  run dokku ps:report web --running
  assert_output "false"
}

@test "(restore) a corrupted backup is refused before anything is touched" {
  deploy >/dev/null 2>&1
  record="$(dokku pegasus:backups web --format json | json 'd[0]')"
  id="$(json d.id <<<"$record")"
  file="$(json d.file <<<"$record")"
  # Flip one byte in the middle of the dump.
  offset=$(($(stat -c %s "$file") / 2))
  byte="$(dd if="$file" bs=1 skip="$offset" count=1 status=none | od -An -tu1 | tr -d ' ')"
  printf "$(printf '\\%03o' $(((byte + 1) % 256)))" | dd of="$file" bs=1 seek="$offset" conv=notrunc status=none
  calls="$(mutating_calls)"

  run dokku pegasus:restore web "$id" --force
  assert_failure 1
  assert_output --partial "Backup $id is refused: its sha256 is"
  assert_output --partial "Nothing was changed"
  assert_equal "$(mutating_calls)" "$calls"
  assert_equal "$(fake-dokku-ctl calls --command ps:stop --count)" 0
  assert_equal "$(backup_count)" 1
}

@test "(rollback) restores the data and deploys the commit that was live, with no second backup" {
  deploy >/dev/null 2>&1
  first="$(head_sha)"
  migrate "ALTER TABLE items ADD COLUMN IF NOT EXISTS price int; UPDATE items SET name = upper(name);"
  deploy >/dev/null 2>&1
  id="$(dokku pegasus:backups web --format json | json 'd[0].id')"
  assert_equal "$(dokku pegasus:backups web --format json | json 'd[0].git_rev')" "$first"
  assert_equal "$(query "SELECT name FROM items WHERE id = 1")" "ITEM 1"
  before="$(backup_count)"

  run --separate-stderr dokku pegasus:rollback web "$id" --force --format json
  assert_success
  assert_equal "$(json '[d.backup_id, d.rev].join(" ")' <<<"$output")" "$id $first"
  [[ "$stderr" == *"Pegasus deploy backup skipped: rollback to ${first:0:7}"* ]]

  assert_equal "$(query "SELECT name FROM items WHERE id = 1")" "item 1"
  assert_equal "$(query "SELECT count(*) FROM information_schema.columns WHERE table_name = 'items' AND column_name = 'price'")" 0
  assert_equal "$(dokku config:get web GIT_REV)" "$first"
  assert_equal "$(dokku git:report web --git-sha)" "$first"
  # Only the safety backup was added: the rollback's own deploy took none.
  assert_equal "$(backup_count)" "$((before + 1))"
  assert_equal "$(dokku pegasus:backups web --format json | json 'd[0].reason')" "pre-restore"
  run dokku pegasus:releases web --format json
  assert_equal "$(json '[d[0].rev, d[0].source, d[0].restored_backup_id, d[0].backup_id].join(" ")' <<<"$output")" "$first git:sync $id "
  [[ ! -e "$DOKKU_LIB_ROOT/data/pegasus/web/rollback.json" ]]
}

@test "(rollback) a commit no longer in the repository is refused and nothing changes" {
  deploy >/dev/null 2>&1
  # A release of a commit the repository has since lost (a force-push, then git gc): the backup
  # taken while it was live records it.
  printf '{"rev":"0123456789abcdef0123456789abcdef01234567","deployed_at":"%s","source":"git-hook","build_id":null,"backup_id":null,"previous_rev":"none"}\n' \
    "$(date -u +%Y-%m-%dT%H:%M:%S.000Z)" >>"$DOKKU_LIB_ROOT/data/pegasus/web/releases.jsonl"
  id="$(dokku pegasus:backup-deploy web --format json 2>/dev/null | json d.id)"
  calls="$(mutating_calls)"
  backups="$(backup_ids)"

  run dokku pegasus:rollback web "$id" --force
  assert_failure 1
  assert_output --partial "Commit 0123456789abcdef0123456789abcdef01234567 of backup $id is not in web's repository"
  assert_output --partial "Nothing was changed"
  assert_equal "$(mutating_calls)" "$calls"
  assert_equal "$(backup_ids)" "$backups"
  [[ ! -e "$DOKKU_LIB_ROOT/data/pegasus/web/rollback.json" ]]
}

@test "(rollback) a backup taken before the first deploy has no commit to go back to" {
  id="$(dokku pegasus:backup-deploy web --format json 2>/dev/null | json d.id)"
  run dokku pegasus:rollback web "$id"
  assert_failure 1
  assert_output --partial "records no live commit"
  assert_output --partial "dokku pegasus:restore web $id"
}

@test "(restore, rollback) an unknown id or a missing app say what to do" {
  run dokku pegasus:restore web 20200101T000000Z-abcdef0 --force
  assert_failure 1
  assert_output --partial "web has no verified backup 20200101T000000Z-abcdef0. List them with \`dokku pegasus:backups web\`"
  run dokku pegasus:rollback web ../../etc --force
  assert_failure 1
  assert_output --partial "The backup id given is not one"
  run dokku pegasus:restore nope 20200101T000000Z-abcdef0
  assert_failure 20
}

@test "(gate) offsite-required true with no offsite-url stops the deploy before its migrations, saying what to set; the local backup is kept" {
  deploy >/dev/null 2>&1
  migrate "UPDATE items SET name = upper(name);"
  dokku pegasus:set --global offsite-required true >/dev/null

  run deploy
  assert_failure
  assert_output --partial "offsite-required is true for web, and no offsite-url is set for it or --global"
  assert_output --partial "dokku pegasus:set web offsite-url s3://"
  assert_output --partial "Deploy of web stopped"
  assert_equal "$(query "SELECT name FROM items WHERE id = 1")" "item 1"
  assert_equal "$(dokku pegasus:backups web --format json | json 'd.map((b) => b.reason + ":" + b.offsite).join()')" "deploy:null,deploy:null"

  run dokku pegasus:backup-deploy web
  assert_failure
  assert_output --partial "is verified and kept on this server, but its off-site copy failed"

  dokku pegasus:set --global offsite-required false >/dev/null
  run deploy
  assert_success
  assert_equal "$(query "SELECT name FROM items WHERE id = 1")" "ITEM 1"
}
