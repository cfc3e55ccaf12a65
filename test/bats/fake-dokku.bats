#!/usr/bin/env bats
# The fake dokku through bash, as the plugin's shims see it.
# shellcheck disable=SC2016 # Dokku's messages contain literal backticks

load test_helper

setup() {
  sandbox_setup
  fake_plugins postgres redis letsencrypt
}

teardown() {
  sandbox_teardown
}

@test "(fake) unknown command prints Dokku's two lines and exits 1" {
  run bash -c 'dokku foo:bar 2>&1 >/dev/null'
  assert_failure 1
  assert_line --index 0 ' !     `foo:bar` is not a dokku command.'
  assert_line --index 1 ' !     See `dokku help` for a list of available commands.'
}

@test "(fake) dokku help lists the pegasus community commands" {
  run dokku help
  assert_success
  assert_output --partial "Community plugin commands:"
  assert_output --partial "pegasus"
}

@test "(fake) pegasus:help reaches the plugin through the commands loop" {
  run dokku pegasus:help
  assert_success
  assert_output --partial "pegasus"
}

@test "(fake) config:set restarts a deployed app once and config:get reads godotenv's loss" {
  create_deployable_repo "$BATS_TEST_TMPDIR/app"
  dokku apps:create myapp
  dokku builder-dockerfile:set myapp dockerfile-path Dockerfile.web
  run fake-dokku-ctl deploy myapp --from "$BATS_TEST_TMPDIR/app"
  assert_success
  run dokku config:set myapp ZIP=007 A=1
  assert_success
  assert_output --partial "-----> Restarting app myapp"
  run fake-dokku-ctl restarts myapp
  assert_output "1"
  run dokku config:get myapp ZIP
  assert_output "7"
}

@test "(fake) ps:restart of an undeployed app warns on stdout and exits 0" {
  dokku apps:create myapp
  run --separate-stderr dokku ps:restart myapp
  assert_success
  assert_output " !     App myapp has not been deployed"
  assert_equal "${stderr:-}" ""
}

@test "(fake) postgres:import passes pg_restore's exit code through" {
  dokku postgres:create db1
  run dokku postgres:import db1 </dev/null
  assert_failure 1
  assert_output --partial "pg_restore: error"
}

@test "(fake) cron-entries of enabled plugins make the crontab" {
  dokku letsencrypt:cron-job --add
  run fake-dokku-ctl crontab
  assert_success
  assert_line "24 6 * * * dokku letsencrypt:auto-renew &>> /var/log/dokku/letsencrypt.log"
}

@test "(fake) inside a plugin, plugin:trigger is refused as for the dokku user; plugn trigger works" {
  mkdir -p "$PLUGIN_AVAILABLE_PATH/probe/subcommands"
  printf '#!/usr/bin/env bash\ndokku plugin:trigger scheduler-cron-write || echo "refused $?"\nplugn trigger scheduler-cron-write\n' >"$PLUGIN_AVAILABLE_PATH/probe/subcommands/go"
  printf '#!/usr/bin/env bash\necho "0 2 * * *;dokku probe:go"\n' >"$PLUGIN_AVAILABLE_PATH/probe/cron-entries"
  chmod +x "$PLUGIN_AVAILABLE_PATH/probe/subcommands/go" "$PLUGIN_AVAILABLE_PATH/probe/cron-entries"
  ln -s "$PLUGIN_AVAILABLE_PATH/probe" "$PLUGIN_ENABLED_PATH/probe"
  run --separate-stderr dokku probe:go
  assert_success
  [[ "$stderr" == *"!     This command must be run as root" ]]
  assert_line --index 0 "refused 1"
  assert_line --index 1 "-----> Updated schedule file"
  run fake-dokku-ctl crontab
  assert_line "0 2 * * * dokku probe:go"
  assert_equal "$(fake-dokku-ctl calls --command plugn:trigger)" "1 M plugn trigger scheduler-cron-write"
}
