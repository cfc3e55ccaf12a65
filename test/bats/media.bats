#!/usr/bin/env bats
# Media backups (backup-media), pegasus:backup-download and pegasus:restore --media, end to end
# through the shims, the fake dokku's storage (storage:ensure-directory + storage:mount, listed
# by storage:list --format json as Dokku's StorageListEntry) and a real PostgreSQL.

load test_helper
bats_require_minimum_version 1.5.0

setup() {
  sandbox_setup
  web_app_with_database
  dokku postgres:connect web-db >/dev/null <<<"CREATE TABLE items (id int PRIMARY KEY, name text); INSERT INTO items VALUES (1, 'one');"
  dokku storage:ensure-directory --chown 1000 web >/dev/null 2>&1
  MEDIA="$DOKKU_LIB_ROOT/data/storage/web"
  dokku storage:mount web "$MEDIA:/code/media" >/dev/null
  BACKUPS="$DOKKU_LIB_ROOT/data/pegasus/web/backups"
  mkdir -p "$MEDIA/avatars" "$MEDIA/docs/2026"
  printf 'alice' >"$MEDIA/avatars/alice.png"
  printf 'bob' >"$MEDIA/avatars/bob.png"
  head -c 300000 /dev/urandom >"$MEDIA/docs/2026/report.pdf"
  printf 'secret upload' >"$MEDIA/docs/private.txt"
  chmod 0640 "$MEDIA/docs/private.txt"
  ln -s avatars/alice.png "$MEDIA/current-avatar"
  if [[ $EUID -eq 0 ]]; then chown -R 1000:1000 "$MEDIA"; fi
  dokku pegasus:set web backup-media true >/dev/null
}

teardown() {
  sandbox_teardown
}

# Every entry of a tree: path, type, mode, owner, size, content hash (mtimes left out).
tree_digest() {
  (cd "$1" && find . -mindepth 0 -printf '%P %y %m %U:%G %s %l\n' | sort && find . -type f -print0 | sort -z | xargs -0 -r sha256sum)
}

take_backup() {
  dokku pegasus:backup-deploy web --format json 2>/dev/null | json d.id
}

@test "(media) a backup archives the mounted storage: 0600 tar beside the dump, size and sha256 in the manifest, listed" {
  run --separate-stderr dokku pegasus:backup-deploy web --format json
  assert_success
  id="$(json d.id <<<"$output")"
  assert_equal "$(json 'd.media.file' <<<"$output")" "$id.media.tar"
  assert_equal "$(json 'd.media.mounts[0].container_path' <<<"$output")" "/code/media"
  assert_equal "$(json 'd.media.size' <<<"$output")" "$(stat -c %s "$BACKUPS/$id.media.tar")"
  assert_equal "$(json 'd.media.sha256' <<<"$output")" "$(sha256sum "$BACKUPS/$id.media.tar" | cut -d' ' -f1)"
  assert_equal "$(stat -c %a "$BACKUPS/$id.media.tar")" "600"
  assert_equal "$(stat -c %a "$BACKUPS/$id.dump")" "600"
  # The manifest on disk says the same, and GNU tar reads the archive (owners kept as numbers).
  assert_equal "$(json 'd.media.sha256' <"$BACKUPS/$id.json")" "$(json 'd.media.sha256' <<<"$output")"
  run tar -tvf "$BACKUPS/$id.media.tar" --numeric-owner
  assert_success
  assert_output --partial "docs/2026/report.pdf"
  assert_output --partial "current-avatar -> avatars/alice.png"
  if [[ $EUID -eq 0 ]]; then assert_output --partial "1000/1000"; fi
  # No temporary file is left, and the listing shows the media.
  assert_equal "$(find "$BACKUPS" -name '.*partial' | wc -l)" "0"
  run dokku pegasus:backups web
  assert_success
  assert_output --regexp "VERIFIED +MEDIA"
  assert_output --regexp "$id .* yes +[0-9.]+ KB"
  assert_equal "$(dokku pegasus:backups web --format json | json "d[0].media.file")" "$id.media.tar"
}

@test "(media) backup-media off (the default): no archive, media null, MEDIA shows -" {
  dokku pegasus:set web backup-media >/dev/null
  run --separate-stderr dokku pegasus:backup-deploy web --format json
  assert_success
  assert_equal "$(json 'd.media' <<<"$output")" "null"
  assert_equal "$(find "$BACKUPS" -name '*.media.tar*' | wc -l)" "0"
  run dokku pegasus:backups web
  assert_output --regexp "yes +-$"
}

@test "(download) the dump and the media archive stream to stdout byte-exact, progress on stderr" {
  id="$(take_backup)"
  run --separate-stderr bash -c "dokku pegasus:backup-download web $id > '$BATS_TEST_TMPDIR/web.dump'"
  assert_success
  assert_equal "$(sha256sum <"$BATS_TEST_TMPDIR/web.dump" | cut -d' ' -f1)" "$(json d.sha256 <"$BACKUPS/$id.json")"
  cmp "$BATS_TEST_TMPDIR/web.dump" "$BACKUPS/$id.dump"
  [[ "$stderr" == *"-----> Sending the dump of backup $id of web"* ]]
  [[ "$stderr" == *"matches the manifest"* ]]

  run --separate-stderr bash -c "dokku pegasus:backup-download web $id --media > '$BATS_TEST_TMPDIR/web.tar'"
  assert_success
  assert_equal "$(sha256sum <"$BATS_TEST_TMPDIR/web.tar" | cut -d' ' -f1)" "$(json d.media.sha256 <"$BACKUPS/$id.json")"
  cmp "$BATS_TEST_TMPDIR/web.tar" "$BACKUPS/$id.media.tar"
  # What a laptop gets back is the media as it was.
  mkdir "$BATS_TEST_TMPDIR/unpacked"
  tar -xf "$BATS_TEST_TMPDIR/web.tar" -C "$BATS_TEST_TMPDIR/unpacked"
  cmp "$BATS_TEST_TMPDIR/unpacked${MEDIA}/docs/2026/report.pdf" "$MEDIA/docs/2026/report.pdf"

  # A reader that goes away early (| head) ends the download with a clear line, not a crash or a hang.
  run --separate-stderr bash -c "set -o pipefail; timeout 60 dokku pegasus:backup-download web $id --media | head -c 10 | wc -c"
  assert_failure
  assert_output "10"
  [[ "$stderr" != *"unexpected error"* ]]
  [[ "$stderr" == *"The reader stopped taking the download"* ]]
}

@test "(download) a terminal on stdout is refused with where to send the file; nothing is sent" {
  id="$(take_backup)"
  # script(1) gives the command a pseudo-terminal for its stdout, as `ssh -t` would.
  run script -qec "dokku pegasus:backup-download web $id" /dev/null
  assert_failure 1
  [[ "$output" == *"stdout is a terminal; send the file somewhere: dokku pegasus:backup-download web $id > web.dump"* ]]
  [[ "$output" != *"Sending the dump"* ]]
}

@test "(download) clear errors: missing app (20), no backups, unknown id, no media, a changed file" {
  run --separate-stderr dokku pegasus:backup-download nope 20261126T070102Z-1a2b3c4
  assert_failure 20
  assert_equal "$output" ""
  [[ "$stderr" == *"App nope does not exist"* ]]

  run --separate-stderr dokku pegasus:backup-download web 20261126T070102Z-1a2b3c4
  assert_failure 1
  assert_equal "$output" ""
  [[ "$stderr" == *"web has no verified backups yet. Take one with: dokku pegasus:backup-deploy web"* ]]

  id="$(take_backup)"
  run --separate-stderr dokku pegasus:backup-download web 20261126T070102Z-1a2b3c4
  assert_failure 1
  assert_equal "$output" ""
  [[ "$stderr" == *"web has no verified backup 20261126T070102Z-1a2b3c4. List them with \`dokku pegasus:backups web\`"* ]]

  run --separate-stderr dokku pegasus:backup-download web ../../etc/passwd
  assert_failure 1
  [[ "$stderr" == *"The backup id given is not one"* ]]

  dokku pegasus:set web backup-media false >/dev/null
  plain="$(take_backup)"
  run --separate-stderr dokku pegasus:backup-download web "$plain" --media
  assert_failure 1
  assert_equal "$output" ""
  [[ "$stderr" == *"has no media archive"* ]]

  # A byte changed after verification: the bytes go out, and the exit status says to discard them.
  printf 'X' | dd of="$BACKUPS/$id.media.tar" bs=1 seek=700 conv=notrunc 2>/dev/null
  run --separate-stderr bash -c "dokku pegasus:backup-download web $id --media > /dev/null"
  assert_failure 1
  [[ "$stderr" == *"the file changed since it was verified"* ]]
}

@test "(restore --media) brings back deleted and changed files, removes files added since, keeps modes and owners" {
  before="$(tree_digest "$MEDIA")"
  id="$(take_backup)"
  rm "$MEDIA/avatars/bob.png"
  printf 'changed' >"$MEDIA/avatars/alice.png"
  chmod 0600 "$MEDIA/docs/2026/report.pdf"
  printf 'new' >"$MEDIA/avatars/carol.png"
  mkdir "$MEDIA/added-dir" && printf 'x' >"$MEDIA/added-dir/f"
  dokku postgres:connect web-db >/dev/null <<<"UPDATE items SET name = 'changed';"
  changed="$(tree_digest "$MEDIA")"
  assert [ "$before" != "$changed" ]

  run dokku pegasus:restore web "$id" --media
  assert_success
  assert_output --partial "unpack the media of /code/media beside $MEDIA"
  assert_equal "$(tree_digest "$MEDIA")" "$changed"
  run --separate-stderr dokku pegasus:restore web "$id" --media --format json
  assert_equal "$(json '[d.forced, d.media].join(" ")' <<<"$output")" "false true"

  run --separate-stderr dokku pegasus:restore web "$id" --force --media --format json
  assert_success
  assert_equal "$(json d.media <<<"$output")" "true"
  safety="$(json d.safety_backup_id <<<"$output")"
  assert_equal "$(tree_digest "$MEDIA")" "$before"
  if [[ $EUID -eq 0 ]]; then assert_equal "$(stat -c %u:%g "$MEDIA/avatars/alice.png")" "1000:1000"; fi
  assert_equal "$(stat -c %a "$MEDIA/docs/private.txt")" "640"
  assert_equal "$(readlink "$MEDIA/current-avatar")" "avatars/alice.png"
  # Nothing of ours is left beside the live directory.
  assert_equal "$(ls "$DOKKU_LIB_ROOT/data/storage")" "web"
  # The safety backup holds the media it replaced (even though it was a pre-restore backup).
  assert_equal "$(json d.reason <"$BACKUPS/$safety.json")" "pre-restore"
  run tar -tf "$BACKUPS/$safety.media.tar"
  assert_output --partial "avatars/carol.png"
  # ... so the restore can be undone, media included.
  run dokku pegasus:restore web "$safety" --force --media
  assert_success
  assert_equal "$(tree_digest "$MEDIA")" "$changed"
}

@test "(restore --media) a failed import leaves the old media in place and nothing beside it" {
  id="$(take_backup)"
  printf 'new' >"$MEDIA/avatars/carol.png"
  changed="$(tree_digest "$MEDIA")"
  fake-dokku-ctl fail postgres:import --exit 1 --message "connection lost"
  run dokku pegasus:restore web "$id" --force --media
  assert_failure
  assert_output --partial "The import of backup $id into web-db failed"
  assert_equal "$(tree_digest "$MEDIA")" "$changed"
  assert_equal "$(ls "$DOKKU_LIB_ROOT/data/storage")" "web"
}

@test "(restore --media) a damaged media archive is refused before anything changes" {
  id="$(take_backup)"
  printf 'new' >"$MEDIA/avatars/carol.png"
  changed="$(tree_digest "$MEDIA")"
  count="$(ls "$BACKUPS" | wc -l)"
  printf 'X' | dd of="$BACKUPS/$id.media.tar" bs=1 seek=700 conv=notrunc 2>/dev/null
  run dokku pegasus:restore web "$id" --force --media
  assert_failure 1
  assert_output --partial "The media of backup $id is refused"
  assert_output --partial "Nothing was changed"
  assert_equal "$(tree_digest "$MEDIA")" "$changed"
  assert_equal "$(ls "$BACKUPS" | wc -l)" "$count"

  dokku pegasus:set web backup-media false >/dev/null
  plain="$(take_backup)"
  run dokku pegasus:restore web "$plain" --force --media
  assert_failure 1
  assert_output --partial "has no media archive"
}

@test "(restore --media) a restore killed while unpacking leaves the live media; the next run cleans up" {
  head -c 40000000 /dev/urandom >"$MEDIA/docs/2026/video.mp4"
  id="$(take_backup)"
  rm "$MEDIA/docs/2026/video.mp4"
  printf 'new' >"$MEDIA/avatars/carol.png"
  changed="$(tree_digest "$MEDIA")"
  # The import waits until the test has killed the restore: unpacked, not yet swapped in, on any
  # machine load (a fixed wait raced the restore to its end on a busy machine).
  touch "$BATS_TEST_TMPDIR/hold"
  fake-dokku-ctl fail postgres:import --hold-while "$BATS_TEST_TMPDIR/hold"
  setsid dokku pegasus:restore web "$id" --force --media >"$BATS_TEST_TMPDIR/restore.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    grep -q "Importing backup" "$BATS_TEST_TMPDIR/restore.log" && break
    sleep 0.05
  done
  grep -q "Importing backup" "$BATS_TEST_TMPDIR/restore.log" || fail "the restore never reached the import: $(cat "$BATS_TEST_TMPDIR/restore.log")"
  kill -KILL -- "-$pid"
  wait "$pid" || true
  rm "$BATS_TEST_TMPDIR/hold"
  assert [ -d "$MEDIA-pegasus-staged" ]
  assert_equal "$(tree_digest "$MEDIA")" "$changed"
  # Listed until cleaned up.
  run --separate-stderr dokku pegasus:backups web
  assert_success
  [[ "$stderr" == *"A media restore of $id was interrupted"* ]]
  # The next backup (under the same lock) removes the unpacked copy, and says so.
  # Even with media backups turned off since: the journal, not the setting, says what to undo.
  dokku pegasus:set web backup-media false >/dev/null
  run dokku pegasus:backup-deploy web
  assert_success
  assert_output --partial "Removing $MEDIA-pegasus-staged"
  assert_equal "$(ls "$DOKKU_LIB_ROOT/data/storage")" "web"
  assert [ ! -e "$DOKKU_LIB_ROOT/data/pegasus/web/media-restore.json" ]
  run --separate-stderr dokku pegasus:backups web
  [[ "$stderr" != *"A media restore"* ]]
  # The database's import was cut short too: that note stays until a restore of web completes.
  [[ "$stderr" == *"A restore of web from $id "*"was interrupted during its import"* ]]
  assert_equal "$(find "$BACKUPS" -name '.*partial' | wc -l)" "0"
}

@test "(media) pruning removes a backup's media with its dump" {
  dokku pegasus:set web backup-keep 1 >/dev/null
  first="$(take_backup)"
  second="$(take_backup)"
  third="$(take_backup)"
  assert [ -e "$BACKUPS/$third.media.tar" ]
  # Keep 1, but never the newest of each reason: all are manual, so only the newest stays.
  assert [ ! -e "$BACKUPS/$first.media.tar" ]
  assert [ ! -e "$BACKUPS/$second.media.tar" ]
  assert [ ! -e "$BACKUPS/$first.dump" ]
}

@test "(media) deploy and scheduled backups archive the media too; a media failure fails the gate and keeps nothing" {
  dokku builder-dockerfile:set web dockerfile-path Dockerfile.web >/dev/null
  REPO="$BATS_TEST_TMPDIR/repo"
  create_deployable_repo "$REPO" "CREATE TABLE IF NOT EXISTS things (id int);"
  run fake-dokku-ctl deploy web --from "$REPO"
  assert_success
  commit_file "$REPO" README "two"
  run fake-dokku-ctl deploy web --from "$REPO"
  assert_success
  record="$(dokku pegasus:backups web --format json | json 'd.find((b) => b.reason === "deploy")')"
  deploy_id="$(json d.id <<<"$record")"
  assert_equal "$(json d.media.file <<<"$record")" "$deploy_id.media.tar"
  assert [ -f "$BACKUPS/$deploy_id.media.tar" ]

  run --separate-stderr dokku pegasus:backup-deploy web --reason schedule --format json
  assert_success
  assert_equal "$(json '[d.reason, d.media.file === d.id + ".media.tar"].join(" ")' <<<"$output")" "schedule true"

  # The media directory gone (a broken mount): the deploy gate refuses, the push fails, nothing is kept.
  count="$(ls "$BACKUPS" | wc -l)"
  mv "$MEDIA" "$MEDIA.away"
  commit_file "$REPO" README "three"
  run fake-dokku-ctl deploy web --from "$REPO"
  assert_failure
  assert_output --partial "The storage mounted at /code/media should be the directory $MEDIA, which does not exist"
  assert_equal "$(ls "$BACKUPS" | wc -l)" "$count"
  assert_equal "$(find "$BACKUPS" -name '.*partial' | wc -l)" "0"
}

@test "(restore --media) onto a mount whose directory is gone (a new server): the media comes back" {
  before="$(tree_digest "$MEDIA")"
  id="$(take_backup)"
  rm -rf "$MEDIA"
  run dokku pegasus:restore web "$id" --force --media
  assert_success
  assert_output --partial "No media to save at /code/media: $MEDIA does not exist yet"
  assert_equal "$(tree_digest "$MEDIA")" "$before"
  assert_equal "$(ls "$DOKKU_LIB_ROOT/data/storage")" "web"
}

@test "(media) a Dokku 0.38 named storage entry (storage:create + storage:mount --container-dir) is archived and restored" {
  dokku storage:create uploads --chown 1000 >/dev/null 2>&1
  NAMED="$DOKKU_LIB_ROOT/data/storage/uploads"
  dokku storage:mount web uploads --container-dir /code/uploads >/dev/null
  printf 'named' >"$NAMED/n.txt"
  before="$(tree_digest "$NAMED")"
  id="$(take_backup)"
  assert_equal "$(json 'd.media.mounts.map((m) => m.container_path).sort().join(" ")' <"$BACKUPS/$id.json")" "/code/media /code/uploads"
  printf 'later' >"$NAMED/n.txt"
  run dokku pegasus:restore web "$id" --force --media
  assert_success
  assert_equal "$(tree_digest "$NAMED")" "$before"
}

# reseal <manifest>: the seal store.ts computes (sha256 of the canonical JSON without it), as
# anyone who can write the backups directory can compute it too.
reseal() {
  node -e '
    const fs = require("fs"), crypto = require("crypto");
    const d = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
    delete d.seal;
    const c = (v) => Array.isArray(v) ? `[${v.map(c).join(",")}]` : v !== null && typeof v === "object" ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${c(v[k])}`).join(",")}}` : JSON.stringify(v) ?? "null";
    d.seal = "sha256:" + crypto.createHash("sha256").update(c(d)).digest("hex");
    fs.writeFileSync(process.argv[1], JSON.stringify(d, null, 2) + "\n");' "$1"
}

@test "(restore --media) a hostile archive (.., links out, hard links out) writes nothing outside, leaves nothing beside; the next restore works" {
  id="$(take_backup)"
  before="$(tree_digest "$MEDIA")"
  OUT="$BATS_TEST_TMPDIR/outside"
  mkdir -p "$OUT"
  printf 'victim' >"$BATS_TEST_TMPDIR/victim"
  prefix="${MEDIA#/}"
  # An archive whose entries climb out with .., through a symbolic link to an absolute or a
  # relative path outside, and by a hard link onto a file outside; then recorded and resealed.
  W="$BATS_TEST_TMPDIR/hostile"
  mkdir -p "$W/d/sub"
  for i in $(seq 1 40); do head -c 200000 /dev/urandom >"$W/d/sub/f$i"; done
  printf 'pwn' >"$W/x"
  printf 'pwn' >"$W/y"
  printf 'pwn' >"$W/z"
  ln -s "$OUT" "$W/d/out"
  ln -s "../../../../../../../../../../..$OUT" "$W/d/rel"
  ln "$W/z" "$W/h"
  T="$BATS_TEST_TMPDIR/hostile.tar"
  tar -cf "$T" -C "$W" --transform "s,^d,$prefix," d
  tar -rf "$T" -P -C "$W" --transform "s,^x\$,$prefix/../../../../../../../../../..$OUT/dotdot," x
  tar -rf "$T" -P -C "$W" --transform "s,^y\$,$prefix/out/through-link," y
  tar -rf "$T" -P -C "$W" --transform "s,^y\$,$prefix/rel/through-relative-link," y
  tar -rf "$T" -P -C "$W" --transform "s,^z\$,$BATS_TEST_TMPDIR/victim,;s,^h\$,$prefix/hard," z h
  tar -rf "$T" -P -C "$W" --transform "s,^y\$,$prefix/hard," y
  cp "$T" "$BACKUPS/$id.media.tar"
  PATCH="$(node -e 'const fs = require("fs"), crypto = require("crypto"); const b = fs.readFileSync(process.argv[1]);
    console.log(JSON.stringify({ size: b.length, sha256: crypto.createHash("sha256").update(b).digest("hex"), entries: Number(process.argv[2]) }))' \
    "$T" "$(tar -tf "$T" | wc -l)")"
  json "{ ...d, media: { ...d.media, ...$PATCH } }" <"$BACKUPS/$id.json" >"$BATS_TEST_TMPDIR/m.json"
  cp "$BATS_TEST_TMPDIR/m.json" "$BACKUPS/$id.json"
  reseal "$BACKUPS/$id.json"

  run --separate-stderr dokku pegasus:restore web "$id" --force --media
  assert_failure 1
  [[ "$stderr" != *"unexpected error"* ]]
  [[ "$stderr" == *"The live media was not touched"* ]]
  # Nothing was written outside, the live media is as it was, and nothing is left beside it.
  assert_equal "$(find "$OUT" -mindepth 1 | wc -l)" "0"
  assert_equal "$(cat "$BATS_TEST_TMPDIR/victim")" "victim"
  assert_equal "$(tree_digest "$MEDIA")" "$before"
  assert_equal "$(ls "$DOKKU_LIB_ROOT/data/storage")" "web"
  assert [ ! -e "$DOKKU_LIB_ROOT/data/pegasus/web/media-restore.json" ]
  # A sound backup still restores afterwards.
  good="$(take_backup)"
  run dokku pegasus:restore web "$good" --force --media
  assert_success
  assert_equal "$(tree_digest "$MEDIA")" "$before"
}

@test "(restore --media) a storage directory that is a symbolic link is refused, not left out of the safety backup and swapped away" {
  id="$(take_backup)"
  ELSEWHERE="$BATS_TEST_TMPDIR/real-media"
  mv "$MEDIA" "$ELSEWHERE"
  ln -s "$ELSEWHERE" "$MEDIA"
  printf 'since' >"$ELSEWHERE/avatars/carol.png"
  before="$(tree_digest "$ELSEWHERE")"
  count="$(ls "$BACKUPS" | wc -l)"
  run --separate-stderr dokku pegasus:restore web "$id" --force --media
  assert_failure 1
  [[ "$stderr" == *"The storage mounted at /code/media is $MEDIA, which is not a directory (a symbolic link or a file)"* ]]
  [[ "$stderr" == *"Nothing was changed"* ]]
  assert [ -L "$MEDIA" ]
  assert_equal "$(readlink "$MEDIA")" "$ELSEWHERE"
  assert_equal "$(tree_digest "$ELSEWHERE")" "$before"
  assert_equal "$(ls "$DOKKU_LIB_ROOT/data/storage")" "web"
  assert_equal "$(ls "$BACKUPS" | wc -l)" "$count"
  # A backup says the same instead of "does not exist".
  run --separate-stderr dokku pegasus:backup-deploy web
  assert_failure 1
  [[ "$stderr" == *"which is not a directory (a symbolic link or a file)"* ]]
}

@test "(restore --media) another app's storage named <dir>-pegasus-replaced or -staged is refused before anything, and kept" {
  id="$(take_backup)"
  printf 'new' >"$MEDIA/avatars/carol.png"
  changed="$(tree_digest "$MEDIA")"
  for suffix in replaced staged; do
    dokku apps:create "web-pegasus-$suffix" >/dev/null
    dokku storage:ensure-directory "web-pegasus-$suffix" >/dev/null 2>&1
    FOREIGN="$DOKKU_LIB_ROOT/data/storage/web-pegasus-$suffix"
    printf 'theirs' >"$FOREIGN/upload.txt"
    count="$(ls "$BACKUPS" | wc -l)"
    run --separate-stderr dokku pegasus:restore web "$id" --force --media
    assert_failure 1
    [[ "$stderr" == *"needs $FOREIGN for itself, and it exists without being ours"* ]]
    [[ "$stderr" == *"Nothing was changed"* ]]
    assert_equal "$(cat "$FOREIGN/upload.txt")" "theirs"
    assert_equal "$(tree_digest "$MEDIA")" "$changed"
    assert_equal "$(ls "$BACKUPS" | wc -l)" "$count"
    dokku apps:destroy "web-pegasus-$suffix" --force >/dev/null 2>&1
    rm -rf "$FOREIGN"
  done
}
