#!/usr/bin/env bats
# Off-site copies (issue 10), end to end through the shims against a real S3 API (s3rver, started
# by test/run-all: S3_TEST_ENDPOINT, bucket pegasus-test, key id S3RVER) and a real PostgreSQL.

load test_helper
bats_require_minimum_version 1.5.0

SECRET="never-shown-8c1f0e2d9b7a"

setup() {
  if [[ -z "${S3_TEST_ENDPOINT:-}" ]]; then skip "S3_TEST_ENDPOINT is not set: run through test/run-all"; fi
  sandbox_setup
  PREFIX="t$RANDOM$RANDOM"
  age-keygen -o "$BATS_TEST_TMPDIR/key.txt" 2>/dev/null
  RECIPIENT="$(sed -n 's/^# public key: //p' "$BATS_TEST_TMPDIR/key.txt")"
  IDENTITY="$(grep '^AGE-SECRET-KEY-' "$BATS_TEST_TMPDIR/key.txt")"
  printf 'AWS_ACCESS_KEY_ID=S3RVER\nAWS_SECRET_ACCESS_KEY=%s\n' "$SECRET" >"$BATS_TEST_TMPDIR/credentials.env"
  provision_host
}

teardown() {
  if [[ -n "${HOST_B_BASE:-}" ]]; then on_host_b fake-dokku-ctl cleanup >/dev/null 2>&1 || true; fi
  sandbox_teardown
}

# provision_host: the app, its database, and the same off-site settings on whichever host the
# environment points at.
provision_host() {
  web_app_with_database
  dokku pegasus:set --global offsite-url "s3://pegasus-test/$PREFIX" >/dev/null
  dokku pegasus:set --global offsite-endpoint "$S3_TEST_ENDPOINT" >/dev/null
  dokku pegasus:set --global offsite-path-style true >/dev/null
  dokku pegasus:set --global offsite-recipient "$RECIPIENT" >/dev/null
  dokku pegasus:offsite-auth --global <"$BATS_TEST_TMPDIR/credentials.env" >/dev/null
}

# on_host_b <command...>: runs with a second, separate fake Dokku root (a new server).
on_host_b() {
  local base="$BATS_TEST_TMPDIR/host-b"
  DOKKU_ROOT="$base/home" DOKKU_LIB_ROOT="$base/lib" PLUGIN_PATH="$base/lib/plugins" \
    PLUGIN_AVAILABLE_PATH="$base/lib/plugins/available" PLUGIN_ENABLED_PATH="$base/lib/plugins/enabled" \
    FAKE_DOKKU_STATE="$base/fake-state" "$@"
}

make_host_b() {
  HOST_B_BASE="$BATS_TEST_TMPDIR/host-b"
  mkdir -p "$HOST_B_BASE/home" "$HOST_B_BASE/lib/plugins/available" "$HOST_B_BASE/lib/plugins/enabled" "$HOST_B_BASE/fake-state"
  _link_plugin_tree "$HOST_B_BASE/lib/plugins/available/pegasus"
  ln -s "$HOST_B_BASE/lib/plugins/available/pegasus" "$HOST_B_BASE/lib/plugins/enabled/pegasus"
  on_host_b provision_host
}

# one_row_table: web-db's items table, holding one row (1, 'a').
one_row_table() {
  dokku postgres:connect web-db >/dev/null <<<"CREATE TABLE items (id int PRIMARY KEY, name text); INSERT INTO items VALUES (1, 'a');"
}

# assert_nothing_kept_on_host_b: host B lists no backup of web and holds no file of one.
assert_nothing_kept_on_host_b() {
  assert_equal "$(on_host_b dokku pegasus:backups web --format json | json d.length)" "0"
  assert_equal "$(find "$HOST_B_BASE/lib/data/pegasus/web/backups" -mindepth 1 2>/dev/null)" ""
}

# hold_offsite_lock PID: web's off-site lock, held by the live process PID as a push records it.
hold_offsite_lock() {
  printf '{"pid":%d,"started_at":"%s","hostname":"%s","boot_id":"%s","process_start":"%s"}\n' "$1" "$(date -u +%FT%T.000Z)" \
    "$(hostname)" "$(cat /proc/sys/kernel/random/boot_id)" "$(awk '{print $22}' "/proc/$1/stat")" \
    >"$DOKKU_LIB_ROOT/data/pegasus/web/backups/.offsite.lock"
}

fingerprint() {
  query "SELECT count(*) || ':' || md5(string_agg(t::text, ',' ORDER BY id)) FROM items t"
}

# edit_manifest FILE JS: applies JS (to `m`) to a manifest object file and seals it again, as a
# forger who knows the format would (sha256 over the canonical JSON without the seal).
edit_manifest() {
  node -e '
const fs = require("fs"); const { createHash } = require("crypto");
const canon = (v) => Array.isArray(v) ? `[${v.map(canon).join(",")}]` : v !== null && typeof v === "object"
  ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canon(v[k])}`).join(",")}}` : JSON.stringify(v);
const m = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
new Function("m", process.argv[2])(m);
delete m.seal; m.seal = "sha256:" + createHash("sha256").update(canon(m)).digest("hex");
fs.writeFileSync(process.argv[1], JSON.stringify(m, null, 2) + "\n");' "$1" "$2"
}

# mount_media <dir>: the app's storage at /code/media (the directory made as Dokku's
# storage:ensure-directory makes it, owned by the container's uid 1000 when root).
mount_media() {
  dokku storage:ensure-directory --chown 1000 web >/dev/null 2>&1
  dokku storage:mount web "$1:/code/media" >/dev/null
}

# The media files as a restore must bring them back: path and sha256 of each, owner when root.
media_digest() {
  (cd "$1" && find . -type f -print0 | sort -z | xargs -0 -r sha256sum && if [[ $EUID -eq 0 ]]; then find . -printf '%P %U:%G\n' | sort; fi)
}

# Every secret of this test: the access key id (only its last 4 characters may show), the
# secret key, the identity.
refute_secrets() {
  refute_output --partial "S3RVER"
  refute_output --partial "$SECRET"
  refute_output --partial "$IDENTITY"
}

@test "(offsite) disaster drill: host A backs up off-site, host B restores from the bucket with the identity on stdin" {
  dokku postgres:connect web-db >/dev/null <<<"CREATE TABLE items (id int PRIMARY KEY, name text);
INSERT INTO items SELECT g, 'item ' || g FROM generate_series(1, 500) g;"
  expected="$(fingerprint)"
  MEDIA="$DOKKU_LIB_ROOT/data/storage/web"
  mount_media "$MEDIA"
  mkdir -p "$MEDIA/avatars"
  printf 'alice' >"$MEDIA/avatars/alice.png"
  head -c 300000 /dev/urandom >"$MEDIA/report.pdf"
  if [[ $EUID -eq 0 ]]; then chown -R 1000:1000 "$MEDIA"; fi
  expected_media="$(media_digest "$MEDIA")"
  dokku pegasus:set web backup-media true >/dev/null

  run --separate-stderr dokku pegasus:backup-deploy web --format json
  assert_success
  # The pinned SDK warns on Node < 20 by itself; the operator never sees that (CI runs this on 18.19).
  [[ "$stderr" != *"Warning"* && "$stderr" != *"(node:"* ]]
  [[ "$stderr" == *"uploaded in "*"size checked"* ]]
  id="$(json d.id <<<"$output")"
  assert_equal "$(json d.offsite.url <<<"$output")" "s3://pegasus-test/$PREFIX/web/$id.dump.age"
  assert_equal "$(json d.offsite.encrypted <<<"$output")" "true"
  assert_equal "$(dokku pegasus:backups web --format json | json 'd[0].offsite.url')" "s3://pegasus-test/$PREFIX/web/$id.dump.age"
  assert_equal "$(json d.offsite.media.url <<<"$output")" "s3://pegasus-test/$PREFIX/web/$id.media.tar.age"
  # The media object is the local tar, encrypted: the standard age tool opens it to the same bytes.
  age -d -i "$BATS_TEST_TMPDIR/key.txt" -o "$BATS_TEST_TMPDIR/media.tar" "$S3_TEST_DIR/pegasus-test/$PREFIX/web/$id.media.tar.age._S3rver_object"
  cmp "$BATS_TEST_TMPDIR/media.tar" "$DOKKU_LIB_ROOT/data/pegasus/web/backups/$id.media.tar"

  # The server dies. A new one: same settings and credentials, no local backups, the same mount
  # with nothing in it yet.
  make_host_b
  on_host_b mount_media "$HOST_B_BASE/lib/data/storage/web"
  assert_equal "$(on_host_b dokku pegasus:backups web --format json)" "[]"
  run --separate-stderr on_host_b dokku pegasus:backups web --offsite --format json
  assert_success
  assert_equal "$(json 'd.map((c) => c.id + ":" + c.local + ":" + c.offsite.media.url).join(" ")' <<<"$output")" \
    "$id:false:s3://pegasus-test/$PREFIX/web/$id.media.tar.age"

  run --separate-stderr on_host_b dokku pegasus:restore web "$id" --offsite --identity - --force --media <"$BATS_TEST_TMPDIR/key.txt"
  assert_success
  all="$output$stderr"
  output="$all" refute_secrets
  assert_equal "$(on_host_b fingerprint)" "$expected"
  assert_equal "$(media_digest "$HOST_B_BASE/lib/data/storage/web")" "$expected_media"
  cmp "$HOST_B_BASE/lib/data/pegasus/web/backups/$id.media.tar" "$DOKKU_LIB_ROOT/data/pegasus/web/backups/$id.media.tar"
  # The downloaded backup is kept, verified and listed, and known to be off-site.
  assert_equal "$(on_host_b dokku pegasus:backups web --format json | json "d.filter((b) => b.id === '$id').map((b) => b.verified + ' ' + b.offsite.url).join()")" \
    "true s3://pegasus-test/$PREFIX/web/$id.dump.age"
  run on_host_b dokku pegasus:backups web --offsite
  assert_output --regexp "$id .* age +[0-9.]+ [KM]B +yes"
  # Across both servers' whole sandbox, the identity is only in the key file the test made, and
  # the secret only in the test's input and the two credentials files (0600).
  assert_equal "$(grep -rlF -- "$IDENTITY" "$BATS_TEST_TMPDIR" | sort)" "$BATS_TEST_TMPDIR/key.txt"
  assert_equal "$(grep -rlF -- "$SECRET" "$BATS_TEST_TMPDIR" | sort)" "$(printf '%s\n' "$BATS_TEST_TMPDIR/credentials.env" "$HOST_B_BASE/lib/data/pegasus/.offsite-credentials.env" "$DOKKU_LIB_ROOT/data/pegasus/.offsite-credentials.env" | sort)"
  assert_equal "$(stat -c %a "$HOST_B_BASE/lib/data/pegasus/.offsite-credentials.env")" "600"
}

@test "(offsite) a wrong identity or a missing copy is refused on host B before anything is touched" {
  one_row_table
  id="$(dokku pegasus:backup-deploy web --format json 2>/dev/null | json d.id)"
  make_host_b
  on_host_b dokku postgres:connect web-db >/dev/null <<<"CREATE TABLE items (id int PRIMARY KEY, name text); INSERT INTO items VALUES (7, 'host b');"
  before="$(on_host_b fingerprint)"
  age-keygen -o "$BATS_TEST_TMPDIR/other.txt" 2>/dev/null

  run --separate-stderr on_host_b dokku pegasus:restore web "$id" --offsite --identity - --force <"$BATS_TEST_TMPDIR/other.txt"
  assert_failure 1
  assert_equal "$stderr" "!     Off-site copy $id of web is refused: the identity given does not open it (it was encrypted to another age key). Nothing was changed. List the copies with \`dokku pegasus:backups web --offsite\`"
  run --separate-stderr on_host_b dokku pegasus:restore web 20200101T000000Z-1a2b3c4 --offsite --identity - --force <"$BATS_TEST_TMPDIR/key.txt"
  assert_failure 1
  assert_output ""
  [[ "$stderr" == *"there is no s3://pegasus-test/$PREFIX/web/20200101T000000Z-1a2b3c4.json"* ]]
  run on_host_b dokku pegasus:restore web "$id" --offsite --identity "$BATS_TEST_TMPDIR/key.txt" --force
  assert_failure 1
  assert_output --partial "the identity arrives on stdin only"

  assert_equal "$(on_host_b fingerprint)" "$before"
  # No file of the refused downloads is left (not even a partial one).
  assert_equal "$(find "$HOST_B_BASE/lib/data/pegasus/web/backups" -mindepth 1 2>/dev/null)" ""
}

@test "(offsite) refused credentials and a missing bucket: one clear line without the secret; the backup stays good" {
  printf 'AWS_ACCESS_KEY_ID=NOTAKEY\nAWS_SECRET_ACCESS_KEY=%s\n' "$SECRET" >"$BATS_TEST_TMPDIR/wrong.env"
  run --separate-stderr dokku pegasus:offsite-auth web <"$BATS_TEST_TMPDIR/wrong.env"
  assert_failure 1
  assert_equal "$stderr" "!     Credentials not stored: Off-site access to s3://pegasus-test failed: $S3_TEST_ENDPOINT does not know the access key id (403 InvalidAccessKeyId): check them and store them again with \`dokku pegasus:offsite-auth\`"
  refute [ -e "$DOKKU_LIB_ROOT/data/pegasus/web/offsite-credentials.env" ]

  dokku pegasus:set web offsite-url s3://no-such-bucket-$PREFIX/x >/dev/null
  run --separate-stderr dokku pegasus:backup-deploy web --format json
  assert_failure 1
  # The local backup is good and its record is still printed; the error says what failed.
  assert_equal "$(json 'd.verified + " " + d.offsite' <<<"$output")" "true null"
  [[ "$stderr" == *"off-site copy failed: Off-site listing"* || "$stderr" == *"off-site copy failed: Off-site upload"* ]]
  [[ "$stderr" == *"bucket no-such-bucket-$PREFIX does not exist at $S3_TEST_ENDPOINT (404 NoSuchBucket)"* ]]
  [[ "$stderr" != *"$SECRET"* ]]
  run dokku pegasus:report web --pegasus-offsite-last
  assert_output --regexp "^failed .*NoSuchBucket"
  run dokku pegasus:report web --pegasus-offsite-credentials
  assert_output "set (global, key id …RVER)"
  run dokku pegasus:report web --pegasus-offsite-transport
  assert_output "http (not encrypted in transit)"

  # Fixed: the next push uploads what was missed.
  dokku pegasus:set web offsite-url >/dev/null
  run --separate-stderr dokku pegasus:offsite-push web --format json
  assert_success
  assert_equal "$(json 'd.uploaded.length' <<<"$output")" "1"
  run dokku pegasus:report web --pegasus-offsite-pending
  assert_output "0"

  # An app's own credentials are settings: apps:destroy removes them, while its backups are kept.
  sed -i 's/^AWS_ACCESS_KEY_ID=.*/AWS_ACCESS_KEY_ID=S3RVER/' "$BATS_TEST_TMPDIR/wrong.env"
  dokku pegasus:offsite-auth web <"$BATS_TEST_TMPDIR/wrong.env" >/dev/null 2>&1
  assert [ -e "$DOKKU_LIB_ROOT/data/pegasus/web/offsite-credentials.env" ]
  dokku apps:destroy web --force >/dev/null 2>&1
  assert_equal "$(find "$DOKKU_LIB_ROOT/data/pegasus/.deleted" -name '*.dump' | wc -l)" "1"
  assert_equal "$(grep -rl -- "$SECRET" "$DOKKU_LIB_ROOT/data/pegasus/.deleted" || true)" ""
}

@test "(offsite) an upload killed half-way counts for nothing, and the next push completes it; no secret in any process argument" {
  # Over 40 MB of archive even after pg_dump's compression: random hex compresses to about half.
  dokku postgres:connect web-db >/dev/null <<<"CREATE TABLE items (id int PRIMARY KEY, name text);
INSERT INTO items SELECT g, (SELECT string_agg(md5(random()::text || g || x), '') FROM generate_series(1, 32) x) FROM generate_series(1, 80000) g;"
  # Off-site off while the local backup is taken: the push below is the only upload.
  dokku pegasus:set --global offsite-url >/dev/null
  id="$(dokku pegasus:backup-deploy web --format json 2>/dev/null | json d.id)"
  size="$(dokku pegasus:backups web --format json | json 'd[0].size')"
  (( size > 40000000 ))
  dokku pegasus:set --global offsite-url "s3://pegasus-test/$PREFIX" >/dev/null

  uploads="$S3_TEST_DIR/pegasus-test"
  dokku pegasus:offsite-push web >"$BATS_TEST_TMPDIR/push.out" 2>&1 &
  pusher=$!
  seen_args=""
  for _ in $(seq 400); do
    seen_args+="$(ps -eo args)"
    if compgen -G "$uploads/._S3rver_uploads/*/1" >/dev/null; then break; fi
    sleep 0.05
  done
  compgen -G "$uploads/._S3rver_uploads/*/1" >/dev/null
  # Kill the whole push (the fake dokku, the shim's node) as a power cut would.
  # shellcheck disable=SC2046 # a list of pids
  kill -9 $(process_tree "$pusher") 2>/dev/null || true
  wait "$pusher" 2>/dev/null || true
  output="$seen_args" refute_secrets

  assert_equal "$(dokku pegasus:backups web --format json | json 'd[0].offsite')" "null"
  assert_equal "$(dokku pegasus:backups web --offsite --format json)" "[]"

  run --separate-stderr dokku pegasus:offsite-push web --format json
  assert_success
  assert_equal "$(json 'd.uploaded.map((u) => u.id).join()' <<<"$output")" "$id"
  [[ "$stderr" =~ [0-9]+\ parts\),\ size\ checked ]]
  assert_equal "$(dokku pegasus:backups web --offsite --format json | json 'd.map((c) => c.id + ":" + c.local).join()')" "$id:true"
  all="$output$stderr$(cat "$BATS_TEST_TMPDIR/push.out")"
  output="$all" refute_secrets
  # The credentials file is the only place the secret is written, readable by its owner only.
  assert_equal "$(stat -c %a "$DOKKU_LIB_ROOT/data/pegasus/.offsite-credentials.env")" "600"
  assert_equal "$(grep -rl -- "$SECRET" "$DOKKU_LIB_ROOT" "$DOKKU_ROOT" "$FAKE_DOKKU_STATE" 2>/dev/null)" "$DOKKU_LIB_ROOT/data/pegasus/.offsite-credentials.env"
}

@test "(offsite) a failed upload never fails a deploy; offsite-required true makes the gate stop it" {
  dokku builder-dockerfile:set web dockerfile-path Dockerfile.web >/dev/null
  REPO="$BATS_TEST_TMPDIR/repo"
  create_deployable_repo "$REPO" "CREATE TABLE IF NOT EXISTS items (id int PRIMARY KEY, name text);"
  dokku pegasus:set web offsite-url "s3://no-such-bucket-$PREFIX/x" >/dev/null

  run fake-dokku-ctl deploy web --from "$REPO"
  assert_success
  assert_output --partial "its off-site copy failed"
  assert_output --partial "The deploy goes on (set offsite-required true to stop deploys instead)."
  assert_equal "$(dokku pegasus:backups web --format json | json 'd.map((b) => b.reason + ":" + b.offsite).join()')" "deploy:null"

  dokku pegasus:set web offsite-required true >/dev/null
  commit_file "$REPO" README "second"
  run fake-dokku-ctl deploy web --from "$REPO"
  assert_failure
  assert_output --partial "Deploy of web stopped"
  assert_output --partial "404 NoSuchBucket"
  refute_output --partial "$SECRET"
}

@test "(offsite) a manifest edited in the bucket to name another app's database never reaches that database" {
  dokku apps:create other >/dev/null
  dokku postgres:create other-db >/dev/null
  dokku --quiet postgres:link other-db other >/dev/null
  dokku postgres:connect other-db >/dev/null <<<"CREATE TABLE items (id int PRIMARY KEY, name text); INSERT INTO items VALUES (9, 'other app');"
  dokku postgres:connect web-db >/dev/null <<<"CREATE TABLE items (id int PRIMARY KEY, name text); INSERT INTO items VALUES (1, 'web');"
  id="$(dokku pegasus:backup-deploy web --format json 2>/dev/null | json d.id)"
  other_db="$(service_db other-db)"
  other_rows() { psql -X -q -At -h "$FAKE_PG_HOST" -p "$FAKE_PG_PORT" -U "$FAKE_PG_USER" -d "$other_db" -c "SELECT string_agg(id || ':' || name, ',' ORDER BY id) FROM items"; }
  assert_equal "$(other_rows)" "9:other app"
  dokku postgres:connect web-db >/dev/null <<<"UPDATE items SET name = 'changed';"
  before="$(fingerprint)"
  rm "$DOKKU_LIB_ROOT/data/pegasus/web/backups/$id".*

  # A hostile bucket: the manifest names the other app's service and is sealed again (the seal
  # is not a signature); its sha256 still fits the dump.
  manifest="$S3_TEST_DIR/pegasus-test/$PREFIX/web/$id.json._S3rver_object"
  edit_manifest "$manifest" 'm.service = "other-db"'
  run --separate-stderr dokku pegasus:restore web "$id" --offsite --identity - --force --format json <"$BATS_TEST_TMPDIR/key.txt"
  assert_failure 1
  [[ "$stderr" == *"other-db"* ]]
  assert_equal "$(other_rows)" "9:other app"
  assert_equal "$(fingerprint)" "$before"
  # Not sealed again: refused by the seal before anything is downloaded.
  sed -i -E 's/"service": *"other-db"/"service":"web-db"/' "$manifest"
  rm -f "$DOKKU_LIB_ROOT/data/pegasus/web/backups/$id".*
  run --separate-stderr dokku pegasus:restore web "$id" --offsite --identity - --force <"$BATS_TEST_TMPDIR/key.txt"
  assert_failure 1
  [[ "$stderr" == *"is not a sound pegasus manifest of $id"* ]]
  assert_equal "$(other_rows)" "9:other app"
  assert_equal "$(fingerprint)" "$before"
}

@test "(offsite) offsite-keep 1: a copy retention removed is not uploaded again by every later push" {
  one_row_table
  dokku pegasus:set web offsite-keep 1 >/dev/null
  dokku pegasus:backup-deploy web >/dev/null 2>&1
  second="$(dokku pegasus:backup-deploy web --format json 2>/dev/null | json d.id)"
  assert_equal "$(dokku pegasus:backups web --offsite --format json | json 'd.map((c) => c.id).join()')" "$second"

  run --separate-stderr dokku pegasus:offsite-push web --format json
  assert_success
  assert_equal "$(json 'd.uploaded.length + " " + d.pruned.length' <<<"$output")" "0 0"
  run dokku pegasus:report web --pegasus-offsite-pending
  assert_output "0"

  run --separate-stderr dokku pegasus:backup-deploy web --format json
  assert_success
  third="$(json d.id <<<"$output")"
  assert_equal "$(grep -c 'Uploading backup' <<<"$stderr")" "1"
  assert_equal "$(dokku pegasus:backups web --offsite --format json | json 'd.map((c) => c.id).join()')" "$third"
}

@test "(offsite) a hostile bucket: swapped dumps, a flipped byte, an edited manifest are refused with nothing touched or left" {
  one_row_table
  first="$(dokku pegasus:backup-deploy web --format json 2>/dev/null | json d.id)"
  dokku postgres:connect web-db >/dev/null <<<"INSERT INTO items VALUES (2, 'b');"
  second="$(dokku pegasus:backup-deploy web --format json 2>/dev/null | json d.id)"
  dokku postgres:connect web-db >/dev/null <<<"INSERT INTO items VALUES (3, 'now');"
  before="$(fingerprint)"
  # This server lost its backups; only the bucket has them.
  rm "$DOKKU_LIB_ROOT/data/pegasus/web/backups/"*
  objects="$S3_TEST_DIR/pegasus-test/$PREFIX/web"
  cp "$objects/$second.dump.age._S3rver_object" "$BATS_TEST_TMPDIR/second.age"
  cp "$objects/$second.json._S3rver_object" "$BATS_TEST_TMPDIR/second.json"
  restore_second() {
    run --separate-stderr dokku pegasus:restore web "$second" --offsite --identity - --force <"$BATS_TEST_TMPDIR/key.txt"
    assert_failure 1
    [[ "$stderr" == *"Off-site copy $second of web is refused: "*"Nothing was changed."* ]]
    assert_equal "$(fingerprint)" "$before"
    assert_equal "$(find "$DOKKU_LIB_ROOT/data/pegasus/web/backups" -mindepth 1 ! -name .lock 2>/dev/null)" ""
  }

  # The first backup's (consistent, decryptable) dump under the second's name.
  cp "$objects/$first.dump.age._S3rver_object" "$objects/$second.dump.age._S3rver_object"
  restore_second
  [[ "$stderr" == *"its sha256 is "*", its manifest says "* || "$stderr" == *"bytes, its manifest says"* ]]

  # One byte changed in the middle of the ciphertext.
  cp "$BATS_TEST_TMPDIR/second.age" "$objects/$second.dump.age._S3rver_object"
  size="$(stat -c %s "$objects/$second.dump.age._S3rver_object")"
  printf '\xff' | dd of="$objects/$second.dump.age._S3rver_object" bs=1 seek=$((size / 2)) conv=notrunc 2>/dev/null
  restore_second
  [[ "$stderr" == *"do not decrypt"* ]]
  cp "$BATS_TEST_TMPDIR/second.age" "$objects/$second.dump.age._S3rver_object"

  # The manifest: an id that is a path, then a sha256 that is not the dump's.
  sed -E "s/\"id\": *\"$second\"/\"id\":\"..\/..\/x\"/" "$BATS_TEST_TMPDIR/second.json" >"$objects/$second.json._S3rver_object"
  restore_second
  [[ "$stderr" == *"is not a sound pegasus manifest of $second"* ]]
  cp "$BATS_TEST_TMPDIR/second.json" "$objects/$second.json._S3rver_object"
  edit_manifest "$objects/$second.json._S3rver_object" 'm.sha256 = "a".repeat(64)'
  restore_second
  [[ "$stderr" == *"its manifest says aaaa"* ]]

  # Put back, it restores.
  cp "$BATS_TEST_TMPDIR/second.json" "$objects/$second.json._S3rver_object"
  run --separate-stderr dokku pegasus:restore web "$second" --offsite --identity - --force <"$BATS_TEST_TMPDIR/key.txt"
  assert_success
  assert_equal "$(query "SELECT string_agg(name, ',' ORDER BY id) FROM items")" "a,b"
}

@test "(offsite) a download killed half-way leaves nothing listed, and the next restore --offsite completes" {
  dokku postgres:connect web-db >/dev/null <<<"CREATE TABLE items (id int PRIMARY KEY, name text);
INSERT INTO items SELECT g, (SELECT string_agg(md5(random()::text || g || x), '') FROM generate_series(1, 32) x) FROM generate_series(1, 40000) g;"
  id="$(dokku pegasus:backup-deploy web --format json 2>/dev/null | json d.id)"
  expected="$(fingerprint)"
  dokku postgres:connect web-db >/dev/null <<<"DELETE FROM items WHERE id > 10;"
  before="$(fingerprint)"
  backups="$DOKKU_LIB_ROOT/data/pegasus/web/backups"
  rm "$backups/"*

  dokku pegasus:restore web "$id" --offsite --identity - --force <"$BATS_TEST_TMPDIR/key.txt" >"$BATS_TEST_TMPDIR/restore.out" 2>&1 &
  restorer=$!
  for _ in $(seq 600); do
    if [[ -s "$backups/.$id.dump.partial" ]]; then break; fi
    sleep 0.02
  done
  [[ -s "$backups/.$id.dump.partial" ]]
  # shellcheck disable=SC2046 # a list of pids
  kill -9 $(process_tree "$restorer") 2>/dev/null || true
  wait "$restorer" 2>/dev/null || true

  assert_equal "$(fingerprint)" "$before"
  assert_equal "$(dokku pegasus:backups web --format json)" "[]"

  run --separate-stderr dokku pegasus:restore web "$id" --offsite --identity - --force <"$BATS_TEST_TMPDIR/key.txt"
  assert_success
  assert_equal "$(fingerprint)" "$expected"
  # The killed run's partial file and lock are gone; only the two backups (restored, safety) remain.
  assert_equal "$(find "$backups" -name '.*' -type f ! -name .lock | wc -l)" "0"
  assert_equal "$(dokku pegasus:backups web --format json | json 'd.map((b) => b.reason).sort().join()')" "manual,pre-restore"
}

@test "(offsite) restore --offsite of an id whose copy here is damaged takes the bucket's copy instead of refusing" {
  dokku postgres:connect web-db >/dev/null <<<"CREATE TABLE items (id int PRIMARY KEY, name text); INSERT INTO items VALUES (1, 'a'), (2, 'b');"
  id="$(dokku pegasus:backup-deploy web --format json 2>/dev/null | json d.id)"
  expected="$(fingerprint)"
  dokku postgres:connect web-db >/dev/null <<<"DELETE FROM items WHERE id = 2;"
  dump="$DOKKU_LIB_ROOT/data/pegasus/web/backups/$id.dump"
  size="$(stat -c %s "$dump")"
  printf '\xff' | dd of="$dump" bs=1 seek=$((size / 2)) conv=notrunc 2>/dev/null

  # Without --offsite the damaged copy is refused, as before.
  run --separate-stderr dokku pegasus:restore web "$id" --force
  assert_failure 1
  [[ "$stderr" == *"its sha256 is "* ]]
  run --separate-stderr dokku pegasus:restore web "$id" --offsite --identity - --force <"$BATS_TEST_TMPDIR/key.txt"
  assert_success
  [[ "$stderr" == *"The dump of $id on this server fails its checks"* ]]
  assert_equal "$(fingerprint)" "$expected"
  # The local copy was replaced by the verified download.
  run --separate-stderr dokku pegasus:restore web "$id"
  assert_success
}

@test "(offsite) restore --offsite without --force (or with --dry-run) downloads, keeps and cleans up nothing: it says what it would fetch" {
  one_row_table
  id="$(dokku pegasus:backup-deploy web --format json 2>/dev/null | json d.id)"
  backups="$DOKKU_LIB_ROOT/data/pegasus/web/backups"
  # Disaster: this server lost its backups; a leftover an earlier run left is there too.
  rm -f "$backups"/*
  echo junk >"$backups/.20260101T000000Z-none.dump.partial"
  before="$(ls -A "$backups")"
  for flag in "" --dry-run; do
    run --separate-stderr dokku pegasus:restore web "$id" --offsite --identity - $flag --format json <"$BATS_TEST_TMPDIR/key.txt"
    assert_success
    assert_equal "$(json '[d.forced, d.offsite, d.downloaded, d.service].join(" ")' <<<"$output")" "false true false web-db"
    assert_equal "$(json 'd.steps[0].startsWith("download backup '"$id"' (manifest ")' <<<"$output")" "true"
    [[ "$stderr" == *"nothing changed, nothing downloaded"* ]]
    [[ "$stderr" == *"Re-run with --force to restore: dokku pegasus:restore web $id --offsite --identity - --force < key.txt"* ]]
    assert_equal "$(ls -A "$backups")" "$before"
  done
  # With --force it is fetched and restored, as before.
  run --separate-stderr dokku pegasus:restore web "$id" --offsite --identity - --force <"$BATS_TEST_TMPDIR/key.txt"
  assert_success
}

@test "(offsite) turning encryption on replaces the plaintext copies in the bucket; none is left behind" {
  one_row_table
  dokku pegasus:set --global offsite-recipient none >/dev/null
  id="$(dokku pegasus:backup-deploy web --format json 2>/dev/null | json d.id)"
  objects="$S3_TEST_DIR/pegasus-test/$PREFIX/web"
  assert [ -e "$objects/$id.dump._S3rver_object" ]

  dokku pegasus:set --global offsite-recipient "$RECIPIENT" >/dev/null
  run --separate-stderr dokku pegasus:offsite-push web --format json
  assert_success
  assert_equal "$(json 'd.uploaded.map((u) => u.id + ":" + u.encrypted).join()' <<<"$output")" "$id:true"
  assert [ -e "$objects/$id.dump.age._S3rver_object" ]
  refute [ -e "$objects/$id.dump._S3rver_object" ]
}

@test "(offsite) a backup while another off-site push runs: kept, the exit says why, the next push uploads it" {
  one_row_table
  dokku pegasus:backup-deploy web >/dev/null 2>&1
  # A live push holds the off-site lock (a real running process, as the lock records one).
  sleep 120 &
  holder=$!
  hold_offsite_lock "$holder"
  run --separate-stderr dokku pegasus:backup-deploy web --format json
  kill "$holder"
  assert_failure 1
  id="$(json d.id <<<"$output")"
  assert_equal "$(json 'd.verified + " " + d.offsite' <<<"$output")" "true null"
  [[ "$stderr" == *"another off-site upload of web is running"* ]]
  wait "$holder" 2>/dev/null || true
  # The holder is gone (as after kill -9): its lock is recovered, the push uploads what was missed.
  run --separate-stderr dokku pegasus:offsite-push web --format json
  assert_success
  assert_equal "$(json 'd.uploaded.map((u) => u.id).join()' <<<"$output")" "$id"
}

# media_backup: a backup with a media archive; sets ID, BACKUPS and MEDIA.
media_backup() {
  one_row_table
  MEDIA="$DOKKU_LIB_ROOT/data/storage/web"
  mount_media "$MEDIA"
  head -c 5000 /dev/urandom >"$MEDIA/photo.jpg"
  dokku pegasus:set web backup-media true >/dev/null
  ID="$(dokku pegasus:backup-deploy web --format json 2>/dev/null | json d.id)"
  BACKUPS="$DOKKU_LIB_ROOT/data/pegasus/web/backups"
  [ -f "$BACKUPS/$ID.media.tar" ]
}

flip_middle_byte() {
  local size
  size="$(stat -c %s "$1")"
  printf '\xff' | dd of="$1" bs=1 seek=$((size / 2)) conv=notrunc 2>/dev/null
}

@test "(offsite) a refused restore --offsite (wrong key, missing object) leaves the local media archive and dump exactly as they were" {
  media_backup
  flip_middle_byte "$BACKUPS/$ID.dump"
  before="$(cd "$BACKUPS" && sha256sum "$ID.dump" "$ID.media.tar" "$ID.json")"
  age-keygen -o "$BATS_TEST_TMPDIR/other.txt" 2>/dev/null
  run --separate-stderr dokku pegasus:restore web "$ID" --offsite --identity - --force --media <"$BATS_TEST_TMPDIR/other.txt"
  assert_failure 1
  [[ "$stderr" == *"Nothing was changed"* ]]
  assert_equal "$(cd "$BACKUPS" && sha256sum "$ID.dump" "$ID.media.tar" "$ID.json")" "$before"
  assert_equal "$(find "$BACKUPS" -name '.*' -type f | wc -l)" "0"

  # The bucket lost the dump: refused the same way, with nothing of this backup touched.
  rm "$S3_TEST_DIR/pegasus-test/$PREFIX/web/$ID.dump.age."*
  run --separate-stderr dokku pegasus:restore web "$ID" --offsite --identity - --force --media <"$BATS_TEST_TMPDIR/key.txt"
  assert_failure 1
  [[ "$stderr" == *"its dump is missing"* ]]
  assert_equal "$(cd "$BACKUPS" && sha256sum "$ID.dump" "$ID.media.tar" "$ID.json")" "$before"
  assert_equal "$(find "$BACKUPS" -name '.*' -type f | wc -l)" "0"
}

@test "(offsite) restore --offsite --media of a backup whose local media archive is damaged takes the bucket's media archive, keeping the good dump" {
  media_backup
  expected="$(media_digest "$MEDIA")"
  dump_before="$(stat -c '%i %s %Y' "$BACKUPS/$ID.dump")"
  flip_middle_byte "$BACKUPS/$ID.media.tar"
  damaged="$(sha256sum <"$BACKUPS/$ID.media.tar")"
  rm "$MEDIA/photo.jpg"

  # A wrong key: refused, and the damaged file stays as it was (never swapped for unverified bytes).
  age-keygen -o "$BATS_TEST_TMPDIR/other.txt" 2>/dev/null
  run --separate-stderr dokku pegasus:restore web "$ID" --offsite --identity - --force --media <"$BATS_TEST_TMPDIR/other.txt"
  assert_failure 1
  assert_equal "$(sha256sum <"$BACKUPS/$ID.media.tar")" "$damaged"
  assert_equal "$(find "$BACKUPS" -name '.*' -type f | wc -l)" "0"

  run --separate-stderr dokku pegasus:restore web "$ID" --offsite --identity - --force --media <"$BATS_TEST_TMPDIR/key.txt"
  assert_success
  [[ "$stderr" == *"The media archive of $ID on this server fails its checks"* ]]
  assert_output --partial "The media archive of backup $ID downloaded, decrypted and verified"
  assert_equal "$(sha256sum "$BACKUPS/$ID.media.tar" | cut -d' ' -f1)" "$(json d.media.sha256 <"$BACKUPS/$ID.json")"
  assert_equal "$(stat -c '%i %s %Y' "$BACKUPS/$ID.dump")" "$dump_before"
  assert_equal "$(media_digest "$MEDIA")" "$expected"
}

@test "(offsite) after apps:rename the next push moves the old name's copies under the new name: nothing uploaded again, nothing stranded" {
  media_backup
  objects="$S3_TEST_DIR/pegasus-test/$PREFIX"
  [ -e "$objects/web/$ID.dump.age._S3rver_object" ]
  dokku apps:rename web site >/dev/null 2>&1
  # Before any push the copy is still under the old name, and listed for the new one.
  run --separate-stderr dokku pegasus:backups site --offsite --format json
  assert_success
  assert_equal "$(json 'd.map((b) => b.id).join()' <<<"$output")" "$ID"
  run --separate-stderr dokku pegasus:offsite-push site --format json
  assert_success
  assert_equal "$(json 'd.uploaded.length' <<<"$output")" "0"
  assert_equal "$(find "$objects/web" -name '*._S3rver_object' 2>/dev/null | wc -l)" "0"
  for object in "$ID.dump.age" "$ID.media.tar.age" "$ID.json"; do [ -e "$objects/site/$object._S3rver_object" ]; done
  run --separate-stderr dokku pegasus:backups site --offsite --format json
  assert_success
  assert_equal "$(json 'd.map((b) => b.id).join()' <<<"$output")" "$ID"
  assert_equal "$(json d.url <"$DOKKU_LIB_ROOT/data/pegasus/site/backups/$ID.offsite.json")" "s3://pegasus-test/$PREFIX/site/$ID.dump.age"
  [ ! -e "$DOKKU_LIB_ROOT/data/pegasus/site/offsite-renamed-from.json" ]

  # The moved copy restores: the local one is damaged, the bucket's is fetched from its new place.
  flip_middle_byte "$DOKKU_LIB_ROOT/data/pegasus/site/backups/$ID.dump"
  run --separate-stderr dokku pegasus:restore site "$ID" --offsite --identity - --force <"$BATS_TEST_TMPDIR/key.txt"
  assert_success
}

@test "(offsite) restore --offsite --force refused by a restore check (a deploy lock) downloads and keeps nothing first" {
  one_row_table
  id="$(dokku pegasus:backup-deploy web --format json 2>/dev/null | json d.id)"
  make_host_b
  on_host_b dokku apps:lock web >/dev/null

  run --separate-stderr on_host_b dokku pegasus:restore web "$id" --offsite --identity - --force <"$BATS_TEST_TMPDIR/key.txt"
  assert_failure 1
  [[ "$stderr" == *"web has a deploy lock"*"Nothing was changed."* ]]
  # "Nothing was changed" holds: no backup was downloaded, kept or listed here.
  assert_nothing_kept_on_host_b

  # Once the lock is gone, the same command downloads and restores.
  on_host_b dokku apps:unlock web >/dev/null
  run --separate-stderr on_host_b dokku pegasus:restore web "$id" --offsite --identity - --force <"$BATS_TEST_TMPDIR/key.txt"
  assert_success
  assert_equal "$(on_host_b query 'SELECT name FROM items WHERE id = 1')" "a"
}

@test "(offsite) restore --offsite --force --media of a backup without a media archive is refused before anything is downloaded" {
  one_row_table
  id="$(dokku pegasus:backup-deploy web --format json 2>/dev/null | json d.id)"
  make_host_b

  run --separate-stderr on_host_b dokku pegasus:restore web "$id" --offsite --identity - --force --media <"$BATS_TEST_TMPDIR/key.txt"
  assert_failure 1
  [[ "$stderr" == *"Backup $id of web has no media archive"* ]]
  assert_nothing_kept_on_host_b
}

@test "(offsite) restore --offsite --force --media onto a server where the app has no storage at the archive's mount is refused before anything is downloaded" {
  media_backup
  # A new server: the app and its database, but no storage:mount yet.
  make_host_b

  run --separate-stderr on_host_b dokku pegasus:restore web "$ID" --offsite --identity - --force --media <"$BATS_TEST_TMPDIR/key.txt"
  assert_failure 1
  [[ "$stderr" == *"has no storage mounted there now"* ]]
  assert_nothing_kept_on_host_b
}

@test "(offsite) restore --offsite without --force refuses what --force would refuse (--media of a backup without one, a deploy lock), not a plan to re-run" {
  one_row_table
  id="$(dokku pegasus:backup-deploy web --format json 2>/dev/null | json d.id)"
  make_host_b

  run --separate-stderr on_host_b dokku pegasus:restore web "$id" --offsite --identity - --media
  assert_failure 1
  [[ "$stderr" == *"Backup $id of web has no media archive"* ]]
  [[ "$stderr" != *"Re-run with --force"* ]]

  on_host_b dokku apps:lock web >/dev/null
  run --separate-stderr on_host_b dokku pegasus:restore web "$id" --offsite --identity -
  assert_failure 1
  [[ "$stderr" == *"web has a deploy lock"* ]]
  on_host_b dokku apps:unlock web >/dev/null
  run --separate-stderr on_host_b dokku pegasus:restore web "$id" --offsite --identity -
  assert_success
  [[ "$stderr$output" == *"Re-run with --force"* ]]
}

@test "(offsite) with offsite-required true a deploy waits (backup-lock-wait) for a running upload instead of failing at once, then copies its backup" {
  dokku builder-dockerfile:set web dockerfile-path Dockerfile.web >/dev/null
  REPO="$BATS_TEST_TMPDIR/repo"
  create_deployable_repo "$REPO" "CREATE TABLE IF NOT EXISTS items (id int PRIMARY KEY, name text);"
  dokku pegasus:set web offsite-required true >/dev/null
  dokku pegasus:set web backup-lock-wait 60 >/dev/null
  mkdir -p "$DOKKU_LIB_ROOT/data/pegasus/web/backups"
  # Another push holds the off-site lock (a live process, as the lock records one) for 4 s.
  sleep 4 &
  holder=$!
  hold_offsite_lock "$holder"

  run fake-dokku-ctl deploy web --from "$REPO"
  wait "$holder" 2>/dev/null || true
  assert_success
  assert_output --partial "Waiting for the running off-site upload of web"
  assert_equal "$(dokku pegasus:backups web --format json | json 'd.map((b) => b.reason + ":" + Boolean(b.offsite)).join()')" "deploy:true"
}

@test "(offsite) an off-site lock taken on another host (a renamed host): the refused push says how to clear it, not only to wait" {
  one_row_table
  dokku pegasus:backup-deploy web >/dev/null 2>&1
  lock="$DOKKU_LIB_ROOT/data/pegasus/web/backups/.offsite.lock"
  printf '{"pid":%d,"started_at":"%s","hostname":"old-name-of-this-host","boot_id":"x","process_start":"1"}\n' 4242 "$(date -u +%FT%T.000Z)" >"$lock"
  run --separate-stderr dokku pegasus:offsite-push web
  assert_failure 1
  [[ "$stderr" == *"another off-site upload of web is running"* ]]
  [[ "$stderr" == *"That lock was taken on host old-name-of-this-host"*"rm $lock"* ]]
}
