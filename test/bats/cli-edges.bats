#!/usr/bin/env bats
# The command line as a careless or hostile user types it, through the real shims.

setup() {
  load test_helper
  sandbox_setup
}

teardown() {
  sandbox_teardown
}

@test "(cli) a string flag followed by one of the command's own flags is a forgotten value: exit 1, nothing changed" {
  dokku apps:create web
  : >"$FAKE_DOKKU_STATE/calls.jsonl"
  # Read as the Dockerfile's path, --dry-run would have made setup change the app for real.
  run --separate-stderr dokku pegasus:setup web --dockerfile --dry-run --no-letsencrypt --no-postgres --no-redis
  assert_failure 1
  assert_output ""
  assert_equal "${stderr# }" "!     Option '--dockerfile <PATH>' argument '--dry-run' is invalid. --dry-run is a flag of pegasus:setup: give --dockerfile its value first
 !     See \`dokku pegasus:setup --help\` for its usage"
  run fake-dokku-ctl calls --depth 1 --count
  assert_output "0"

  run --separate-stderr dokku pegasus:setup web --domain --no-letsencrypt --dry-run
  assert_failure 1
  [[ "$stderr" == *"argument '--no-letsencrypt' is invalid"* ]] || fail "$stderr"
}

@test "(cli) --global wins over the --app Dokku's client adds to every command typed in an app's repository" {
  dokku apps:create web
  # dokku_client.sh sends `--app web pegasus:set --global backup-keep 3`.
  run dokku --app web pegasus:set --global backup-keep 3
  assert_success
  assert_output "=====> Setting backup-keep to 3"
  run cat "$DOKKU_LIB_ROOT/config/pegasus/--global/backup-keep"
  assert_output "3"
  assert [ ! -e "$DOKKU_LIB_ROOT/config/pegasus/web/backup-keep" ]
  run dokku --app web pegasus:report --global --pegasus-global-backup-keep
  assert_success
  assert_output "3"
}

@test "(cli) a flag pasted with a typographic dash (—dry-run) is named, not taken as an argument; --dry-run=false is told it takes no value" {
  dokku apps:create web
  run --separate-stderr dokku pegasus:setup web —dry-run
  assert_failure 1
  assert_output ""
  assert_equal "${stderr# }" "!     \"—dry-run\" starts with a typographic dash, not two hyphens: type --dry-run
 !     See \`dokku pegasus:setup --help\` for its usage"

  run --separate-stderr dokku pegasus:setup web --dry-run=false
  assert_failure 1
  assert_equal "${stderr# }" "!     Option '--dry-run' takes no value: give --dry-run alone, or leave it out
 !     See \`dokku pegasus:setup --help\` for its usage"
  run fake-dokku-ctl calls --depth 1 --count
  assert_output "0"
}

@test "(cli) output onto a full disk (/dev/full): the command runs to its end, exits 1 and says which output failed, no stack trace" {
  dokku apps:create web
  run --separate-stderr bash -c 'dokku pegasus:set web backup-keep 4 >/dev/full'
  assert_failure 1
  assert_equal "${stderr# }" "!     pegasus: writing to stdout failed (ENOSPC): what it printed is incomplete. Free space where stdout goes, or send it elsewhere"
  # The setting was made all the same: the command ran to its end.
  run dokku pegasus:report web --pegasus-backup-keep
  assert_output "4"
}

@test "(cli) an age private key given to pegasus:set, quoted or glued to other text, is refused without a character of it" {
  age-keygen -o "$BATS_TEST_TMPDIR/k.txt" 2>/dev/null
  key="$(grep '^AGE-SECRET-KEY-' "$BATS_TEST_TMPDIR/k.txt")"
  body="${key:16}" lower="${key,,}"
  for value in "\"$key\"" "'$key'" "identity=$key" "${key,,}"; do
    run --separate-stderr dokku pegasus:set --global offsite-recipient "$value"
    assert_failure 1
    [[ "$stderr" == *"offsite-recipient was given an age private key (AGE-SECRET-KEY-…), which must stay off this server"* ]] || fail "$stderr"
    [[ "$stderr$output" != *"${body:0:8}"* && "$stderr$output" != *"${lower:16:8}"* ]] || fail "the key was printed: $stderr"
  done
  run --separate-stderr dokku pegasus:set --global offsite-endpoint "https://s3.example.com/$key"
  assert_failure 1
  [[ "$stderr" == *"offsite-endpoint was given an age private key"* && "$stderr" != *"${body:0:8}"* ]] || fail "$stderr"
  [[ ! -e "$DOKKU_LIB_ROOT/config/pegasus/--global/offsite-recipient" && ! -e "$DOKKU_LIB_ROOT/config/pegasus/--global/offsite-endpoint" ]]
}
