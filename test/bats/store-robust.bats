#!/usr/bin/env bats
# What interrupted runs, reused pids, a full disk and a concurrent backup leave behind (issue 11),
# end to end through the shims, the fake dokku and a real PostgreSQL.

load test_helper
bats_require_minimum_version 1.5.0

setup() {
  sandbox_setup
  web_app_with_database --dockerfile
  BACKUPS="$DOKKU_LIB_ROOT/data/pegasus/web/backups"
  SLEEPER=""
  MOUNTED=""
}

teardown() {
  if [[ -n "$SLEEPER" ]]; then kill "$SLEEPER" 2>/dev/null || true; fi
  if [[ -n "$MOUNTED" ]]; then umount "$MOUNTED" || true; fi
  sandbox_teardown
}

seed_database() {
  dokku postgres:connect web-db >/dev/null <<'SQL'
CREATE TABLE items (id int PRIMARY KEY, name text NOT NULL);
INSERT INTO items SELECT g, repeat('x', 200) FROM generate_series(1, 2000) g;
SQL
}

@test "(leftovers) a dump whose manifest was never written is named by pegasus:backups, then removed by the next backup" {
  seed_database
  run --separate-stderr dokku pegasus:backup-deploy web --format json
  assert_success
  first="$(json d.id <<<"$output")"
  # Exactly what a kill between the dump's rename and its manifest write leaves.
  rm "$BACKUPS/$first.json"
  printf '{}' >"$BACKUPS/.lock.4194321.1764140000000.tmp"
  run --separate-stderr dokku pegasus:backups web --format json
  assert_success
  assert_equal "$output" "[]"
  [[ "$stderr" == *"$BACKUPS/$first.dump: backup $first has no manifest (interrupted before it was written), so it was never listed"* ]]
  [[ "$stderr" == *"$BACKUPS/.lock.4194321.1764140000000.tmp: a scratch file of the lock, left by pid 4194321, which is gone"* ]]
  [[ "$stderr" == *"The next backup removes them first: dokku pegasus:backup-deploy web"* ]]

  sleep 1
  run dokku pegasus:backup-deploy web
  assert_success
  assert_output --partial "Removed $BACKUPS/$first.dump: backup $first has no manifest"
  [[ ! -e "$BACKUPS/$first.dump" && ! -e "$BACKUPS/.lock.4194321.1764140000000.tmp" ]]
  run --separate-stderr dokku pegasus:backups web
  assert_equal "$stderr" ""
}

@test "(lock) a lock naming a live pid that started after it (a reused pid) is recovered" {
  sleep 60 &
  SLEEPER=$!
  start="$(awk '{print $22}' "/proc/$SLEEPER/stat")"
  mkdir -p "$BACKUPS"
  printf '{"pid":%d,"started_at":"2026-11-20T03:00:00.000Z","hostname":"%s","boot_id":"%s","process_start":"%d"}\n' \
    "$SLEEPER" "$(hostname)" "$(cat /proc/sys/kernel/random/boot_id)" "$((start - 500))" >"$BACKUPS/.lock"
  run dokku pegasus:backups web
  assert_output --partial "$BACKUPS/.lock: a backup lock (pid $SLEEPER on $(hostname), taken 2026-11-20T03:00:00.000Z"
  assert_output --partial "pid $SLEEPER is now another process"
  run dokku pegasus:backup-deploy web
  assert_success
  assert_output --partial "Recovered the backup lock of web left by pid $SLEEPER (started 2026-11-20T03:00:00.000Z): pid $SLEEPER is now another process"
  [[ ! -e "$BACKUPS/.lock" ]]
}

@test "(gate) a deploy that arrives while a backup runs waits for it, then takes its own backup" {
  seed_database
  REPO="$BATS_TEST_TMPDIR/repo"
  create_deployable_repo "$REPO"
  fake-dokku-ctl fail postgres:export --delay-ms 4000
  dokku pegasus:backup-deploy web --reason schedule >"$BATS_TEST_TMPDIR/scheduled.log" 2>&1 &
  scheduled=$!
  for _ in $(seq 50); do [[ -f "$BACKUPS/.lock" ]] && break; sleep 0.1; done
  [[ -f "$BACKUPS/.lock" ]]
  run fake-dokku-ctl deploy web --from "$REPO"
  assert_success
  assert_output --regexp "Waiting for the running backup of web \(pid [0-9]+ on .* since .*\) to finish: 0s so far, at most 15m"
  assert_output --partial "Pegasus deploy backup of web before its migrations"
  wait "$scheduled"
  run dokku pegasus:backups web --format json
  assert_equal "$(json 'd.map((b) => b.reason).sort().join(" ")' <<<"$output")" "deploy schedule"
}

@test "(disk) a disk that fills during the export: how much is needed and free, where, what to do; exit 1; nothing kept" {
  seed_database
  mkdir -p "$BACKUPS"
  # 70 MiB passes the up-front check (64 MiB margin); the filler then takes what is left.
  mount -t tmpfs -o size=70m tmpfs "$BACKUPS" 2>/dev/null || skip "cannot mount a tmpfs here"
  MOUNTED="$BACKUPS"
  fake-dokku-ctl fail postgres:export --delay-ms 2000
  dokku pegasus:backup-deploy web >"$BATS_TEST_TMPDIR/full.log" 2>&1 &
  backup=$!
  for _ in $(seq 50); do compgen -G "$BACKUPS/.*.dump.partial" >/dev/null && break; sleep 0.1; done
  head -c 80M /dev/zero >"$BACKUPS/filler" 2>/dev/null || true
  status=0
  wait "$backup" || status=$?
  output="$(cat "$BATS_TEST_TMPDIR/full.log")"
  assert_equal "$status" 1
  assert_output --regexp " !     No space left on the disk holding $BACKUPS: writing the backup of web failed \(ENOSPC\)\. [0-9.]+ [KM]?B free there, [0-9.]+ MB needed \(.*\)\."
  assert_output --partial "or keep fewer backups with \`dokku pegasus:set web backup-keep N\`, then run this again."
  refute_output --partial "unexpected error"
  refute_output --partial "report this as a bug"
  assert_equal "$(ls -A "$BACKUPS")" "filler"
}

@test "(state) an unreadable backup-schedule of one app never drops another app's entry" {
  dokku apps:create other >/dev/null
  dokku pegasus:backup-schedule web "0 3 * * *" >/dev/null
  mkdir -p "$DOKKU_LIB_ROOT/config/pegasus/other/backup-schedule"
  run --separate-stderr plugn trigger cron-entries docker-local
  assert_success
  assert_output "0 3 * * *;dokku pegasus:backup-deploy web --reason schedule;/var/log/dokku/pegasus.log"
  [[ "$stderr" == *"skipping the backup schedule of other: Cannot read the pegasus property backup-schedule of other"*"it is a directory"* ]]
  [[ "$stderr" != *"unexpected error"* ]]
}

@test "(leftovers) an app created again under a destroyed app's name: pegasus:backups names the old app's kept backups and how to delete them" {
  run dokku pegasus:backup-deploy web
  assert_success
  dokku --force apps:destroy web >/dev/null 2>&1
  kept="$(echo "$DOKKU_LIB_ROOT"/data/pegasus/.deleted/web/*)"
  [[ -d "$kept/backups" ]]
  dokku apps:create web >/dev/null
  run --separate-stderr dokku pegasus:backups web --format json
  assert_success
  assert_equal "$output" "[]"
  [[ "$stderr" == *"Kept from an earlier app named web, destroyed before this one was created: 1 backup in $kept (not this app's database). Delete them when no longer needed: rm -rf $kept"* ]]
}

@test "(lock) a lock taken under another host name: pegasus:backups and the refused backup say how to clear it" {
  mkdir -p "$BACKUPS"
  printf '{"pid":1,"started_at":"2026-11-20T03:00:00.000Z","hostname":"old-container-3f2a","boot_id":"%s","process_start":"1"}\n' \
    "$(cat /proc/sys/kernel/random/boot_id)" >"$BACKUPS/.lock"
  run --separate-stderr dokku pegasus:backups web
  assert_success
  [[ "$stderr" == *"That lock was taken on host old-container-3f2a, not on this one ($(hostname)), so pegasus cannot check its process. If nothing runs there (the host was renamed, or Dokku's container recreated), remove it: rm $BACKUPS/.lock"* ]]
  run dokku pegasus:backup-deploy web
  assert_failure 1
  assert_output --partial "remove it: rm $BACKUPS/.lock"
  rm "$BACKUPS/.lock"
  run dokku pegasus:backup-deploy web
  assert_success
}

@test "(lock) a FIFO in a lock's place never hangs a run: backups, backup-deploy and env-import name it and exit 1" {
  mkdir -p "$BACKUPS"
  mkfifo "$BACKUPS/.lock"
  run timeout 20 dokku pegasus:backup-deploy web
  assert_failure 1
  assert_output --partial "Cannot read the lock file ($BACKUPS/.lock): it is not a regular file. Remove it with \`rm -r $BACKUPS/.lock\`"
  run timeout 20 dokku pegasus:backups web
  assert_failure 1
  mkfifo "$DOKKU_ROOT/web/.pegasus-config.lock"
  run timeout 20 dokku pegasus:env-import web --no-restart < <(printf 'A=1\n')
  assert_failure 1
  assert_output --partial "Cannot read the lock file ($DOKKU_ROOT/web/.pegasus-config.lock): it is not a regular file."
}

@test "(damaged) an emptied dump is not listed, not counted by backup-keep, and kept for the operator; the older good backup survives" {
  seed_database
  dokku pegasus:set web backup-keep 2 >/dev/null
  older="$(dokku pegasus:backup-deploy web --format json 2>/dev/null | json d.id)"
  sleep 1
  emptied="$(dokku pegasus:backup-deploy web --format json 2>/dev/null | json d.id)"
  size="$(json d.size <"$BACKUPS/$emptied.json")"
  : >"$BACKUPS/$emptied.dump"
  run --separate-stderr dokku pegasus:backups web --format json
  assert_success
  assert_equal "$(json 'd.map((r) => r.id).join(" ")' <<<"$output")" "$older"
  [[ "$stderr" == *"Not listed, and kept for you to check"* ]]
  [[ "$stderr" == *"$BACKUPS/$emptied.dump: backup $emptied is not listed: its dump is 0 bytes, its manifest says $size: it changed on this disk after it was verified"* ]]
  run dokku pegasus:report web --pegasus-backup-latest
  assert_output --partial "$older"

  sleep 1
  newest="$(dokku pegasus:backup-deploy web --format json 2>/dev/null | json d.id)"
  run --separate-stderr dokku pegasus:backups web --format json
  assert_equal "$(json 'd.map((r) => r.id).join(" ")' <<<"$output")" "$newest $older"
  [[ -f "$BACKUPS/$older.dump" && -f "$BACKUPS/$older.json" ]]
  # Neither removed nor counted: the operator decides (its off-site copy may be the one to restore).
  [[ -f "$BACKUPS/$emptied.json" && -f "$BACKUPS/$emptied.dump" ]]
}

@test "(damaged) a media archive cut short is not listed either" {
  seed_database
  dokku storage:ensure-directory --chown 1000 web >/dev/null 2>&1
  dokku storage:mount web "$DOKKU_LIB_ROOT/data/storage/web:/code/media" >/dev/null
  head -c 5000 /dev/urandom >"$DOKKU_LIB_ROOT/data/storage/web/photo.jpg"
  dokku pegasus:set web backup-media true >/dev/null
  id="$(dokku pegasus:backup-deploy web --format json 2>/dev/null | json d.id)"
  truncate -s 1024 "$BACKUPS/$id.media.tar"
  run --separate-stderr dokku pegasus:backups web --format json
  assert_success
  assert_equal "$output" "[]"
  [[ "$stderr" == *"$BACKUPS/$id.media.tar: backup $id is not listed: its media archive is 1024 bytes, its manifest says"* ]]
}

# offsite_lock <pid> <process start>: an off-site push's lock as the lock code writes it.
offsite_lock() {
  mkdir -p "$BACKUPS"
  printf '{"pid":%d,"started_at":"2026-11-20T03:00:00.000Z","hostname":"%s","boot_id":"%s","process_start":"%d"}\n' \
    "$1" "$(hostname)" "$(cat /proc/sys/kernel/random/boot_id)" "$2" >"$BACKUPS/.offsite.lock"
}

@test "(lock) a killed off-site push's lock is named by pegasus:backups and removed by the next backup, with offsite-url unset; a live one is left alone" {
  seed_database
  sleep 60 &
  SLEEPER=$!
  start="$(awk '{print $22}' "/proc/$SLEEPER/stat")"
  # A live push holds it: reported as running, and never removed.
  offsite_lock "$SLEEPER" "$start"
  run --separate-stderr dokku pegasus:backups web
  [[ "$stderr" == *"An off-site upload of web is running: its lock $BACKUPS/.offsite.lock is held (pid $SLEEPER"* ]]
  run dokku pegasus:backup-deploy web
  assert_success
  [[ -e "$BACKUPS/.offsite.lock" ]]

  # The pid now belongs to another process (the push was killed, the pid reused).
  offsite_lock "$SLEEPER" "$((start - 500))"
  printf '{}' >"$BACKUPS/.offsite.lock.4194321.1764140000000.tmp"
  run --separate-stderr dokku pegasus:backups web
  assert_success
  [[ "$stderr" == *"$BACKUPS/.offsite.lock: an off-site upload lock (pid $SLEEPER on $(hostname), taken 2026-11-20T03:00:00.000Z"*"pid $SLEEPER is now another process"* ]]
  [[ "$stderr" == *"$BACKUPS/.offsite.lock.4194321.1764140000000.tmp: a scratch file of the lock, left by pid 4194321, which is gone"* ]]
  [[ "$stderr" == *"The next backup removes them first"* ]]
  sleep 1
  run dokku pegasus:backup-deploy web
  assert_success
  assert_output --partial "Removed $BACKUPS/.offsite.lock: an off-site upload lock left by pid $SLEEPER; pid $SLEEPER is now another process"
  [[ ! -e "$BACKUPS/.offsite.lock" && ! -e "$BACKUPS/.offsite.lock.4194321.1764140000000.tmp" ]]
  run --separate-stderr dokku pegasus:backups web
  assert_equal "$stderr" ""
}
