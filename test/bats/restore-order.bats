#!/usr/bin/env bats
# The order of a restore and what it leaves when it is cut short: the app is stopped before the
# safety backup (nothing written meanwhile is lost), a running deploy refuses it, and a restore
# killed midway is named by pegasus:backups and finished by the next one, which starts the app.

load test_helper
bats_require_minimum_version 1.5.0

setup() {
  sandbox_setup
  web_app_with_database --deployable
}

teardown() {
  sandbox_teardown
}

deploy() {
  fake-dokku-ctl deploy "${2:-web}" --from "${1:-$REPO}"
}

backup_id() {
  dokku pegasus:backup-deploy "$1" --format json 2>/dev/null | json d.id
}

# hold_restore <id> <dokku-command> <text>: starts a forced restore of <id> in a session of its own
# (so a kill reaches it alone: tests run side by side), whose <dokku-command> waits until
# release_restore; returns once its output shows <text> and the restore is inside <dokku-command>.
# Its pid is in RESTORER. The text comes before the command: what a test does next must happen
# while the command is held, not in between (a backup deleted before the safety backup chose its
# id, in the same second, left that id free for the safety backup itself).
hold_restore() {
  touch "$BATS_TEST_TMPDIR/hold"
  fake-dokku-ctl fail "$2" --hold-while "$BATS_TEST_TMPDIR/hold"
  local before
  before="$(fake-dokku-ctl calls --command "$2" --count)"
  setsid dokku pegasus:restore web "$1" --force >"$BATS_TEST_TMPDIR/restore.out" 2>&1 &
  RESTORER=$!
  wait_for "$BATS_TEST_TMPDIR/restore.out" "$3"
  for _ in $(seq 600); do
    [[ "$(fake-dokku-ctl calls --command "$2" --count)" -gt "$before" ]] && return 0
    sleep 0.1
  done
  echo "the restore never reached $2" >&2
  return 1
}

# release_restore: lets the held command go on and waits for the restore; its exit code is in RESTORE_STATUS.
release_restore() {
  rm -f "$BATS_TEST_TMPDIR/hold"
  RESTORE_STATUS=0
  wait "$RESTORER" || RESTORE_STATUS=$?
}

# kill_restore: kills the held restore's whole session, as a dropped ssh connection would, and
# waits until every process of it is gone: killed is not yet gone, and until the kernel has torn
# down a killed import the next restore rightly sees it running and waits for it.
kill_restore() {
  kill -KILL -- "-$RESTORER"
  release_restore
  for _ in $(seq 100); do pgrep -s "$RESTORER" >/dev/null || break; sleep 0.1; done
}

# wait_for <file> <text>: until the file holds the text (60 s at most).
wait_for() {
  for _ in $(seq 600); do
    grep -q "$2" "$1" 2>/dev/null && return 0
    sleep 0.1
  done
  echo "never saw '$2' in $1" >&2
  return 1
}

@test "the app is stopped before the safety backup: a write while it stops is in the safety backup, and undoing the restore brings it back" {
  deploy >/dev/null 2>&1
  id="$(backup_id web)"
  # Dokku's ps:stop waits for the processes to finish their work (up to 30 s); hold it there.
  hold_restore "$id" ps:stop "Stopping web"
  # The last order the app takes before its processes end.
  query web-db "INSERT INTO items VALUES (999, 'order placed while web stopped')"
  release_restore
  assert_equal "$RESTORE_STATUS" 0
  assert_equal "$(query web-db "SELECT count(*) FROM items WHERE id = 999")" "0"
  stop_line="$(grep -n "Stopping web" "$BATS_TEST_TMPDIR/restore.out" | cut -d: -f1)"
  save_line="$(grep -n "Saving the current database" "$BATS_TEST_TMPDIR/restore.out" | cut -d: -f1)"
  [ "$stop_line" -lt "$save_line" ]

  safety="$(dokku pegasus:backups web --format json | json "d.find((b) => b.reason === 'pre-restore').id")"
  run --separate-stderr dokku pegasus:restore web "$safety" --force
  assert_success
  assert_equal "$(query web-db "SELECT count(*) FROM items WHERE id = 999")" "1"
  assert_equal "$(dokku ps:report web --running)" "true"
}

@test "a refusal after the stop (the backup vanished during the safety backup) starts the app again and changes nothing" {
  deploy >/dev/null 2>&1
  id="$(backup_id web)"
  backups="$DOKKU_LIB_ROOT/data/pegasus/web/backups"
  hold_restore "$id" postgres:export "Saving the current database"
  rm "$backups/$id.dump" "$backups/$id.json"
  release_restore
  assert_equal "$RESTORE_STATUS" 1
  run cat "$BATS_TEST_TMPDIR/restore.out"
  assert_output --partial "Backup $id is refused: it is no longer listed"
  assert_output --partial "web, stopped for the restore, was started again."
  assert_equal "$(dokku ps:report web --running)" "true"
  assert_equal "$(fake-dokku-ctl calls --command postgres:import | grep -c . || true)" "0"
  assert [ ! -e "$DOKKU_LIB_ROOT/data/pegasus/web/restore.json" ]
}

@test "a restore is refused while a deploy holds the app's deploy lock, before anything is touched" {
  deploy >/dev/null 2>&1
  id="$(backup_id web)"
  count="$(dokku pegasus:backups web --format json | json d.length)"
  dokku apps:lock web >/dev/null
  run --separate-stderr dokku pegasus:restore web "$id" --force
  assert_failure 1
  [[ "$stderr" == *"Restore of web refused: web has a deploy lock (\`dokku apps:locked web\`): a deploy is running, whose migrations would run against the database being replaced, or \`dokku apps:lock\` was used. Nothing was changed. Wait for the deploy to end; if none is running, \`dokku apps:unlock web\`, then run this again."* ]]
  assert_equal "$(fake-dokku-ctl calls --command ps:stop | grep -c . || true)" "0"
  assert_equal "$(dokku pegasus:backups web --format json | json d.length)" "$count"
  dokku apps:unlock web >/dev/null
  run --separate-stderr dokku pegasus:restore web "$id" --force
  assert_success
}

@test "a deploy's own lock: a restore during a deploy's build is refused" {
  deploy >/dev/null 2>&1
  id="$(backup_id web)"
  touch "$BATS_TEST_TMPDIR/hold"
  # The build is under way (the deploy lock held) and waits in its post-build.
  fake-dokku-ctl fail postgres:export --hold-while "$BATS_TEST_TMPDIR/hold"
  printf 'change\n' >>"$REPO/README"
  git -C "$REPO" add -A && git -C "$REPO" -c user.name=t -c user.email=t@e commit -qm change
  deploy >"$BATS_TEST_TMPDIR/deploy.out" 2>&1 &
  deployer=$!
  for _ in $(seq 600); do [[ -e "$DOKKU_LIB_ROOT/data/apps/web/.deploy.lock" ]] && break; sleep 0.1; done
  run --separate-stderr dokku pegasus:restore web "$id" --force
  rm "$BATS_TEST_TMPDIR/hold"
  wait "$deployer" || true
  assert_failure 1
  [[ "$stderr" == *"Restore of web refused: web has a deploy lock"* ]]
  assert_equal "$(fake-dokku-ctl calls --command postgres:import | grep -c . || true)" "0"
}

@test "a restore killed during its import: pegasus:backups names it and its safety backup, and the next restore finishes it and starts the app" {
  deploy >/dev/null 2>&1
  id="$(backup_id web)"
  # Few kept: the next restore's own safety backup must not prune the one holding the data as it was.
  dokku pegasus:set web backup-keep 2 >/dev/null
  hold_restore "$id" postgres:import "Importing backup"
  kill_restore
  fake-dokku-ctl fail --clear
  assert_equal "$(dokku ps:report web --running)" "false"

  safety="$(dokku pegasus:backups web --format json 2>/dev/null | json "d.find((b) => b.reason === 'pre-restore').id")"
  run --separate-stderr dokku pegasus:backups web
  assert_success
  [[ "$stderr" == *"A restore of web from $id "*"was interrupted during its import (or the import failed): the database of web-db may be partly restored; the database as it was before is in safety backup $safety: dokku pegasus:restore web $safety --force. web was stopped by it"* ]]

  run --separate-stderr dokku pegasus:restore web "$id" --format json
  assert_success
  assert_equal "$(json 'd.steps[0]' <<<"$output")" "replace the interrupted restore of $id (\`dokku pegasus:backups web\` describes it)"

  # A deploy now would migrate the half-restored database and start web on it: refused.
  printf 'change\n' >>"$REPO/README"
  git -C "$REPO" add -A && git -C "$REPO" -c user.name=t -c user.email=t@e commit -qm change
  run deploy
  assert_failure
  assert_output --partial "Deploy of web stopped before its migrations: A restore of web from $id"
  # A restore into another service would end the only note of web-db's state: refused too.
  dokku postgres:create other-db >/dev/null 2>&1
  run --separate-stderr dokku pegasus:restore web "$id" --into-service other-db --force
  assert_failure 1
  [[ "$stderr" == *"Restore of web into other-db refused: A restore of web from $id"* ]]

  run --separate-stderr dokku pegasus:restore web "$id" --force
  assert_success
  [[ "$stderr$output" != *"was stopped with ps:stop before the restore"* ]]
  # The data as it was before the first restore is still kept, and is what "To undo" names.
  [[ "$output" == *"To undo: dokku pegasus:restore web $safety --force"* ]]
  assert_equal "$(dokku pegasus:backups web --format json | json "d.some((b) => b.id === '$safety')")" "true"
  assert_equal "$(dokku ps:report web --running)" "true"
  run --separate-stderr dokku pegasus:backups web
  [[ "$stderr" != *"was interrupted"* ]]
  assert [ ! -e "$DOKKU_LIB_ROOT/data/pegasus/web/restore.json" ]
}

@test "two restores of one app at once: the second is refused while the first runs" {
  deploy >/dev/null 2>&1
  id="$(backup_id web)"
  hold_restore "$id" postgres:import "Importing backup"
  run --separate-stderr dokku pegasus:restore web "$id" --force
  assert_failure 1
  [[ "$stderr" == *"A restore of web is running (pid "* ]]
  run --separate-stderr dokku pegasus:backups web
  [[ "$stderr" == *"A restore of web is running (pid "*"the database is being replaced."* ]]
  release_restore
  assert_equal "$RESTORE_STATUS" 0
}

@test "a dump replaced by another of the same size while the safety backup runs is refused before the import" {
  deploy >/dev/null 2>&1
  query web-db "CREATE TABLE t (v text); INSERT INTO t VALUES ('AAAA')"
  a="$(backup_id web)"
  sleep 1
  query web-db "UPDATE t SET v = 'BBBB'"
  b="$(backup_id web)"
  backups="$DOKKU_LIB_ROOT/data/pegasus/web/backups"
  assert_equal "$(stat -c %s "$backups/$a.dump")" "$(stat -c %s "$backups/$b.dump")"
  query web-db "UPDATE t SET v = 'CURRENT'"
  hold_restore "$a" postgres:export "Saving the current database"
  cp "$backups/$b.dump" "$backups/$a.dump"
  release_restore
  assert_equal "$RESTORE_STATUS" 1
  run cat "$BATS_TEST_TMPDIR/restore.out"
  assert_output --partial "Backup $a is refused: its file was replaced or written since it was checked"
  assert_equal "$(query web-db "SELECT v FROM t")" "CURRENT"
  assert_equal "$(fake-dokku-ctl calls --command postgres:import | grep -c . || true)" "0"
  assert_equal "$(dokku ps:report web --running)" "true"
}

@test "a restore killed while it starts the app again: pegasus:backups says the import completed and web was stopped by it" {
  deploy >/dev/null 2>&1
  id="$(backup_id web)"
  hold_restore "$id" ps:start "Starting web"
  kill_restore
  fake-dokku-ctl fail --clear
  run --separate-stderr dokku pegasus:backups web
  [[ "$stderr" == *"A restore of web from $id "*"completed its import into web-db but was interrupted before it ended. web was stopped by it"* ]]
  # A half-restored database it is not: a deploy goes on.
  run --separate-stderr dokku pegasus:restore web "$id" --force
  assert_success
  assert_equal "$(dokku ps:report web --running)" "true"
  run --separate-stderr dokku pegasus:backups web
  [[ "$stderr" != *"A restore of web"* ]]
}

@test "the plugin's process killed alone during the import: the import it started still runs, and the next restore waits for it" {
  deploy >/dev/null 2>&1
  id="$(backup_id web)"
  hold_restore "$id" postgres:import "Importing backup"
  # kill -9 of the Node process alone: its `dokku postgres:import` goes on.
  kill -KILL "$(pgrep -s "$RESTORER" -f "dist/plugin.cjs subcommand pegasus:restore")"
  run --separate-stderr dokku pegasus:restore web "$id" --force
  assert_failure 1
  [[ "$stderr" == *"Restore of web refused: the import of the interrupted restore into web-db is still running (pid "* ]]
  assert_equal "$(fake-dokku-ctl calls --command ps:stop | grep -c . || true)" "1"
  release_restore
  fake-dokku-ctl fail --clear
  for _ in $(seq 100); do pgrep -s "$RESTORER" >/dev/null || break; sleep 0.1; done
  run --separate-stderr dokku pegasus:restore web "$id" --force
  assert_success
  assert_equal "$(dokku ps:report web --running)" "true"
}
