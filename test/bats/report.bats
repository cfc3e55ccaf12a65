#!/usr/bin/env bats
# pegasus:report and the report trigger end to end: through the shims, the fake dokku and its
# real PostgreSQL, after a real pegasus:setup.

load test_helper

setup() {
  sandbox_setup
  fake_plugins postgres redis letsencrypt
  dokku pegasus:setup shop --domain shop.example.com --letsencrypt-email ops@example.com >/dev/null
  dokku config:set --no-restart shop SECRET_KEY=hunter2-not-for-reports >/dev/null
}

teardown() {
  sandbox_teardown
}

@test "pegasus:report prints Dokku's report layout for the app" {
  run --separate-stderr dokku pegasus:report shop
  assert_success
  assert_line --index 0 "=====> shop pegasus information"
  assert_line "       Pegasus computed postgres service:   shop-db"
  assert_line "       Pegasus postgres linked:             true"
  assert_line "       Pegasus redis linked:                true"
  assert_line "       Pegasus domains:                     shop.example.com"
  assert_line "       Pegasus scale:                       web=1 worker=1"
  assert_line "       Pegasus storage owner:               1000"
  assert_line "       Pegasus tls:                         pending (not deployed)"
  assert_line "       Pegasus deploy gate:                 on"
  refute_output --partial "hunter2"
  # Rows sorted by flag name.
  run bash -c "dokku pegasus:report shop | tail -n +2 | sed 's/:.*//' | LC_ALL=C sort -c"
  assert_success
}

@test "pegasus:report makes no mutating Dokku call" {
  : >"$FAKE_DOKKU_STATE/calls.jsonl"
  run dokku pegasus:report shop
  assert_success
  run fake-dokku-ctl calls --depth 1 --mutating --count
  assert_output "0"
}

@test "pegasus:report --format json prints one parseable line, keys without the prefix" {
  run --separate-stderr dokku pegasus:report shop --format json
  assert_success
  [[ "${#lines[@]}" -eq 1 ]]
  run node -e 'const r = JSON.parse(process.argv[1]); if (r["postgres-linked"] !== "true" || r["config-keys"] < 1 || "pegasus-scale" in r) process.exit(1); console.log(r.scale)' "$output"
  assert_success
  assert_output "web=1 worker=1"
}

@test "a single info flag prints the raw value" {
  run --separate-stderr dokku pegasus:report shop --pegasus-computed-backup-keep
  assert_success
  assert_output "10"
  dokku pegasus:set shop backup-keep 3
  run dokku pegasus:report shop --pegasus-computed-backup-keep
  assert_output "3"
}

@test "an info flag with --format json is refused" {
  run --separate-stderr dokku pegasus:report shop --pegasus-scale --format json
  assert_failure 1
  [[ "$stderr" == *"!     --format flag cannot be specified when specifying an info flag" ]]
}

@test "a missing app exits 20 with Dokku's message" {
  run --separate-stderr dokku pegasus:report nosuchapp
  assert_failure 20
  [[ "$stderr" == *"!     App nosuchapp does not exist" ]]
}

@test "without an app every app is reported" {
  dokku apps:create other >/dev/null
  run --separate-stderr dokku pegasus:report --format json
  assert_success
  [[ "${#lines[@]}" -eq 2 ]]
}

@test "the report trigger adds our section to dokku report <app>" {
  # The fake has no `dokku report`; it runs the same `plugn trigger report <app>`.
  run --separate-stderr dokku plugin:trigger report shop
  assert_success
  assert_line "=====> shop pegasus information"
  assert_line "       Pegasus postgres linked:             true"
}

@test "the report trigger never fails dokku report" {
  # Our trigger alone: Dokku's own report triggers already exit 20 for a missing app.
  run --separate-stderr "$PLUGIN_ENABLED_PATH/pegasus/report" nosuchapp
  assert_success
  [[ "$stderr" == *"!     pegasus report of nosuchapp unavailable: App nosuchapp does not exist" ]]
}

@test "dokku report <app> includes our section" {
  if dokku report shop 2>&1 | grep -q "is not a dokku command"; then
    skip "this fake has no \`dokku report\` yet"
  fi
  run --separate-stderr dokku report shop
  assert_success
  assert_line "=====> shop pegasus information"
  assert_line "       Pegasus postgres linked:             true"
}
