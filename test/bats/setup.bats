#!/usr/bin/env bats
# pegasus:setup end to end: through the shim, the fake dokku and its real PostgreSQL.

load test_helper

setup() {
  sandbox_setup
  fake_plugins postgres redis letsencrypt
}

teardown() {
  sandbox_teardown
}

# The calls pegasus made itself (depth 1), not the ones Dokku made on its behalf.
our_calls() {
  fake-dokku-ctl calls --depth 1 "$@"
}

reset_calls() {
  : >"$FAKE_DOKKU_STATE/calls.jsonl"
}

# setup_app <app> [flags]: the full set of flags a Pegasus user passes.
setup_app() {
  dokku pegasus:setup "$1" --domain shop.example.com --letsencrypt-email ops@example.com \
    --postgres-image pgvector/pgvector --postgres-image-version pg17 "${@:2}"
}

full_setup() {
  setup_app shop "$@"
}

@test "pegasus:setup converges a fresh app to what a user checks by hand" {
  run full_setup
  assert_success
  assert_line --partial "app:                changed      created app shop"
  assert_line --partial "letsencrypt-enable: skipped      pending: after the first deploy run dokku letsencrypt:enable shop"
  assert_line --partial "git remote add dokku dokku@"
  assert_line --partial "git push dokku main:master"
  assert_line --partial "pegasus:env-import shop < .env"

  run dokku --quiet apps:list
  assert_output "shop"
  run dokku builder-dockerfile:report shop --builder-dockerfile-dockerfile-path
  assert_output "Dockerfile.web"
  run dokku builder:report shop --builder-selected
  assert_output "dockerfile"
  run dokku --quiet storage:list shop
  assert_output "$DOKKU_LIB_ROOT/data/storage/shop:/code/media"
  run stat -c %u "$DOKKU_LIB_ROOT/data/storage/shop"
  assert_output "1000"
  run dokku domains:report shop --domains-app-vhosts
  assert_output "shop.example.com"
  run dokku --quiet ps:scale shop
  assert_line "worker: 1"
  run dokku postgres:linked shop-db shop
  assert_success
  run dokku redis:linked shop-redis shop
  assert_success
  run dokku postgres:info shop-db --version
  assert_output "pgvector/pgvector:pg17"
  run dokku config:keys shop
  assert_line "DATABASE_URL"
  assert_line "REDIS_URL"
  refute_line "DOKKU_RM_CONTAINER"
  run dokku letsencrypt:report shop --letsencrypt-email
  assert_output "ops@example.com"
  run dokku letsencrypt:cron-job
  assert_output --partial "is enabled"
  run cat "$DOKKU_LIB_ROOT/config/pegasus/shop/postgres-service"
  assert_output "shop-db"
  run fake-dokku-ctl restarts shop
  assert_output "0"
}

@test "pegasus:setup re-run on a converged app makes zero mutating calls and reports changed: 0" {
  full_setup >/dev/null
  reset_calls
  run --separate-stderr full_setup --format json
  assert_success
  run jq -r '[.changed, ([.steps[] | select(.status == "changed" or .status == "failed")] | length)] | @tsv' <<<"$output"
  assert_output $'0\t0'
  run our_calls --mutating --count
  assert_output "0"
  run our_calls --count
  refute_output "0"
}

@test "pegasus:setup --dry-run changes nothing and lists what a real run would change" {
  run --separate-stderr full_setup --dry-run --format json
  assert_success
  planned="$(jq -r '[.steps[] | select(.status == "planned") | .name] | join(" ")' <<<"$output")"
  assert_equal "$(jq -r '.dry_run' <<<"$output")" "true"
  assert_equal "$(jq -r '.changed' <<<"$output")" "0"
  run our_calls --mutating --count
  assert_output "0"
  run dokku --quiet apps:list
  refute_output --partial "shop"
  [[ ! -e "$DOKKU_LIB_ROOT/data/storage/shop" ]]

  run --separate-stderr full_setup --format json
  assert_success
  changed="$(jq -r '[.steps[] | select(.status == "changed") | .name] | join(" ")' <<<"$output")"
  assert_equal "$changed" "$planned"

  reset_calls
  run --separate-stderr full_setup --dry-run --format json
  assert_equal "$(jq -r '[.steps[] | select(.status == "planned")] | length' <<<"$output")" "0"
}

# fails_then_converges <step> <argv prefix of the failing dokku call>: setup stops at that step,
# names it with Dokku's message, and a re-run does the failed step and the ones after it, and
# nothing before it again. One test per step (each on a fresh app, so every step runs), so the
# cases run side by side and a failure names its step.
fails_then_converges() {
  local step="$1" pattern="$2" app=shop
  fake-dokku-ctl fail "$pattern" --message "injected failure of $step"
  run --separate-stderr setup_app "$app" --format json
  assert_failure
  assert_equal "$(jq -r '.steps[-1].name + " " + .steps[-1].status' <<<"$output")" "$step failed"
  [[ "$stderr" == *"Step $step failed: dokku ${pattern%% *} failed (exit 1): injected failure of $step"* ]] ||
    fail "no failure message for $step: $stderr"
  [[ "$stderr" == *"To fix: "* ]] || fail "no fix for $step: $stderr"
  [[ "$stderr" == *"re-run dokku pegasus:setup $app"* ]] || fail "no re-run hint for $step"

  reset_calls
  run --separate-stderr setup_app "$app" --format json
  assert_success
  assert_equal "$(jq -r '[.steps[] | select(.status == "failed")] | length' <<<"$output")" "0"
  assert_equal "$(jq -r --arg step "$step" '.steps[] | select(.name == $step) | .status' <<<"$output")" "changed"
  run our_calls --mutating --command "${pattern%% *}" --count
  assert_output "1"
}

@test "pegasus:setup stops at a failing letsencrypt-cron step and a re-run converges" {
  fails_then_converges letsencrypt-cron "letsencrypt:cron-job --add"
}
@test "pegasus:setup stops at a failing app step and a re-run converges" {
  fails_then_converges app apps:create
}
@test "pegasus:setup stops at a failing builder step and a re-run converges" {
  fails_then_converges builder builder:set
}
@test "pegasus:setup stops at a failing dockerfile-path step and a re-run converges" {
  fails_then_converges dockerfile-path builder-dockerfile:set
}
@test "pegasus:setup stops at a failing postgres-service step and a re-run converges" {
  fails_then_converges postgres-service postgres:create
}
@test "pegasus:setup stops at a failing redis-service step and a re-run converges" {
  fails_then_converges redis-service redis:create
}
@test "pegasus:setup stops at a failing postgres-link step and a re-run converges" {
  fails_then_converges postgres-link postgres:link
}
@test "pegasus:setup stops at a failing redis-link step and a re-run converges" {
  fails_then_converges redis-link redis:link
}
@test "pegasus:setup stops at a failing storage-directory step and a re-run converges" {
  fails_then_converges storage-directory storage:create
}
@test "pegasus:setup stops at a failing storage-mount step and a re-run converges" {
  fails_then_converges storage-mount storage:mount
}
@test "pegasus:setup stops at a failing domains step and a re-run converges" {
  fails_then_converges domains domains:add
}
@test "pegasus:setup stops at a failing scale step and a re-run converges" {
  fails_then_converges scale "ps:scale --skip-deploy"
}
@test "pegasus:setup stops at a failing letsencrypt-email step and a re-run converges" {
  fails_then_converges letsencrypt-email letsencrypt:set
}

@test "pegasus:setup on a deployed app enables TLS once and makes no call on a re-run" {
  full_setup >/dev/null
  create_deployable_repo "$BATS_TEST_TMPDIR/repo"
  fake-dokku-ctl deploy shop --from "$BATS_TEST_TMPDIR/repo" >/dev/null 2>&1
  run dokku ps:report shop --deployed
  assert_output "true"

  reset_calls
  run --separate-stderr full_setup --format json
  assert_success
  assert_equal "$(jq -r '.steps[] | select(.name == "letsencrypt-enable") | .status' <<<"$output")" "changed"
  run dokku letsencrypt:active shop
  assert_output "true"

  reset_calls
  run --separate-stderr full_setup --format json
  assert_equal "$(jq -r '.changed' <<<"$output")" "0"
  run our_calls --mutating --count
  assert_output "0"
}

@test "pegasus:setup links an existing service without recreating it and reports another image" {
  dokku apps:create shop >/dev/null
  dokku postgres:create shop-db >/dev/null
  reset_calls
  run --separate-stderr full_setup --format json
  assert_success
  run jq -r '.steps[] | select(.name == "postgres-service") | .status + " " + .detail' <<<"$output"
  assert_output --partial "ok shop-db exists with image postgres:"
  assert_output --partial "not pgvector/pgvector:pg17; left as it is"
  run our_calls --command postgres:create --count
  assert_output "0"
  run dokku postgres:linked shop-db shop
  assert_success
}

@test "pegasus:setup refuses a missing plugin before any change and names the install command" {
  rm "$PLUGIN_ENABLED_PATH/letsencrypt"
  run dokku pegasus:setup shop
  assert_failure 1
  assert_output --partial "sudo dokku plugin:install https://github.com/dokku/dokku-letsencrypt.git letsencrypt"
  # dokku-letsencrypt is not needed on k3s, so the app's scheduler is read first (scheduler:report)
  run our_calls --mutating --count
  assert_output "0"
  rm "$PLUGIN_ENABLED_PATH/redis"
  reset_calls
  run dokku pegasus:setup shop
  assert_failure 1
  assert_output --partial "dokku-redis.git redis"
  run our_calls --count
  assert_output "0"
  fake_plugins redis

  run dokku pegasus:setup shop --no-letsencrypt
  assert_success
  assert_line --partial "letsencrypt-email:  skipped      --no-letsencrypt"
}

@test "pegasus:setup refuses bad input before any Dokku call" {
  local cases=(
    "Bad_App|App name must begin with lowercase alphanumeric character"
    "shop --bogus|Unknown option '--bogus'"
    "shop --scale worker|--scale \"worker\" must be TYPE=N"
    "shop --scale worker=two|must be TYPE=N"
    "shop --scale release=1|release=N is refused"
    "shop --letsencrypt-email nobody|is not an email address"
    "shop --domain bad_domain.example.com|is not a valid domain"
    "shop --storage-uid 70000|--storage-uid must be a whole number from 0 to 65535"
    "shop --port 0|--port must be a whole number from 1 to 65535"
    "shop --dockerfile ../Dockerfile|must be a path relative to the repository root"
    "shop --storage-dir media|must be an absolute path"
    "shop --postgres-image-version bad:tag|is not a Docker tag"
    "shop extra|Too many arguments. Expected 1 argument but got 2."
    "shop --storage-uid -5|--storage-uid must be a whole number from 0 to 65535, got \"-5\""
  )
  local entry args message
  for entry in "${cases[@]}"; do
    args="${entry%%|*}"
    message="${entry#*|}"
    # shellcheck disable=SC2086 # the case's arguments are words
    run --separate-stderr dokku pegasus:setup $args
    assert_failure 1
    [[ "$stderr" == *"!     "*"$message"* ]] || fail "expected \"$message\" for \"$args\", got: $stderr"
  done
  run our_calls --count
  assert_output "0"
}

@test "pegasus:setup --port maps http to the container port, leaves it alone on a re-run and moves it when asked" {
  run full_setup --port 8080
  assert_success
  assert_line --partial "ports:"
  run dokku ports:report shop --ports-map
  assert_output "http:80:8080"

  reset_calls
  run --separate-stderr full_setup --port 8080 --format json
  assert_success
  assert_equal "$(jq -r '.changed' <<<"$output")" "0"
  run our_calls --mutating --count
  assert_output "0"

  reset_calls
  run --separate-stderr full_setup --port 5000 --format json
  assert_success
  assert_equal "$(jq -r '.changed' <<<"$output")" "1"
  run our_calls --mutating --command ports:set --count
  assert_output "1"
  run dokku ports:report shop --ports-map
  assert_output "http:80:5000"
}
