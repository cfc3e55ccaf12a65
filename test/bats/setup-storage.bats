#!/usr/bin/env bats
# pegasus:setup against Dokku 0.38's named storage entries, a Dokku before 0.38, apps on the k3s
# scheduler (the fake has no cluster: claims are recorded as Bound), app names with a dot, and
# service links that would not take effect (issue 11 items 4 and 13, issue 13).

load test_helper

setup() {
  sandbox_setup
  fake_plugins postgres redis letsencrypt
}

teardown() {
  sandbox_teardown
}

our_calls() {
  fake-dokku-ctl calls --depth 1 "$@"
}

reset_calls() {
  : >"$FAKE_DOKKU_STATE/calls.jsonl"
}

setup_app() {
  dokku pegasus:setup "$1" --domain shop.example.com --letsencrypt-email ops@example.com "${@:2}"
}

step_of() {
  jq -r --arg step "$1" '.steps[] | select(.name == $step) | .status + " " + .detail' <<<"$output"
}

@test "Dokku 0.38: one storage entry named after the app, mounted by name; a re-run makes no mutating call" {
  run --separate-stderr setup_app shop --format json
  assert_success
  [[ "$stderr" != *"Deprecated"* ]] || fail "setup used a deprecated storage command: $stderr"
  run our_calls --command storage:create --json
  assert_output --partial '"argv":["storage:create","shop","--chown","1000"]'
  run our_calls --command storage:ensure-directory --count
  assert_output "0"

  run dokku storage:info shop --format json
  assert_success
  run jq -c '{name, scheduler, host_path, chown}' <<<"$output"
  assert_output "{\"name\":\"shop\",\"scheduler\":\"docker-local\",\"host_path\":\"$DOKKU_LIB_ROOT/data/storage/shop\",\"chown\":\"1000\"}"
  run dokku storage:list shop --format json
  assert_output "[{\"entry_name\":\"shop\",\"host_path\":\"$DOKKU_LIB_ROOT/data/storage/shop\",\"container_path\":\"/code/media\"}]"
  run stat -c %u "$DOKKU_LIB_ROOT/data/storage/shop"
  assert_output "1000"

  reset_calls
  run --separate-stderr setup_app shop --format json
  assert_success
  assert_equal "$(jq -r .changed <<<"$output")" "0"
  assert_equal "$(step_of storage-directory)" "ok entry shop: $DOKKU_LIB_ROOT/data/storage/shop owned by uid 1000"
  assert_equal "$(step_of storage-mount)" "ok entry shop mounted at /code/media"
  run our_calls --mutating --count
  assert_output "0"

  run dokku pegasus:report shop --pegasus-storage-entries
  assert_output "shop"

  # Without --port the ports step reads and shows the mapping in place (issue 11, item 11).
  dokku ports:set shop http:80:8080 >/dev/null 2>&1
  run --separate-stderr setup_app shop --format json
  assert_success
  assert_equal "$(step_of ports)" "skipped no --port given (current: http:80:8080)"
}

@test "Dokku 0.38: --dry-run shows the entry steps and changes nothing; --storage-mode sets the bits" {
  run --separate-stderr setup_app shop --dry-run --format json
  assert_success
  assert_equal "$(step_of storage-directory)" "planned create storage entry shop: $DOKKU_LIB_ROOT/data/storage/shop owned by uid 1000"
  assert_equal "$(step_of storage-mount)" "planned mount entry shop at /code/media"
  run our_calls --mutating --count
  assert_output "0"

  run setup_app shop --storage-mode 0750
  assert_success
  run stat -c %a "$DOKKU_LIB_ROOT/data/storage/shop"
  assert_output "750"
  fake-dokku-ctl version 0.38.20 >/dev/null
  run dokku pegasus:setup shop --storage-mode 0700
  assert_failure 1
  assert_output --partial "--storage-mode needs Dokku 0.38.27 or newer"
}

@test "an app set up before Dokku 0.38 keeps its migrated legacy entry after the upgrade: ok, no second mount" {
  fake-dokku-ctl version 0.37.9 >/dev/null
  run setup_app shop
  assert_success
  run our_calls --command storage:ensure-directory --count
  assert_output "1"
  run dokku storage:list shop --format json
  assert_output "[{\"host_path\":\"$DOKKU_LIB_ROOT/data/storage/shop\",\"container_path\":\"/code/media\",\"volume_options\":\"\"}]"
  run dokku storage:create shop
  assert_failure
  assert_output --partial "is not a dokku command"

  fake-dokku-ctl version 0.38.27 >/dev/null
  reset_calls
  run --separate-stderr setup_app shop --format json
  assert_success
  assert_equal "$(jq -r .changed <<<"$output")" "0"
  [[ "$(step_of storage-directory)" == "ok legacy entry legacy-"*" (set up before Dokku 0.38; left as it is)" ]] ||
    fail "storage-directory: $(step_of storage-directory)"
  [[ "$(step_of storage-mount)" == "ok legacy entry legacy-"*" mounted at /code/media" ]] || fail "storage-mount: $(step_of storage-mount)"
  run our_calls --mutating --count
  assert_output "0"
  # Dokku's own migration made the one legacy entry; setup made no second one.
  run dokku storage:list-entries --format json
  run jq -r '.[].name' <<<"$output"
  assert_output --regexp '^legacy-[0-9a-f]{10}$'
}

@test "an app name with a dot gets valid service and entry names, shown in the plan, and converges" {
  run --separate-stderr setup_app my.shop --dry-run --format json
  assert_success
  assert_equal "$(step_of postgres-service)" "planned create postgres service my-shop-db"
  assert_equal "$(step_of redis-service)" "planned create redis service my-shop-redis"
  [[ "$(step_of storage-directory)" == *"create storage entry my-shop: "*"entry name derived from my.shop"* ]] ||
    fail "storage-directory: $(step_of storage-directory)"

  run setup_app my.shop
  assert_success
  run dokku postgres:linked my-shop-db my.shop
  assert_success
  run dokku redis:linked my-shop-redis my.shop
  assert_success
  run dokku pegasus:report my.shop --pegasus-postgres-service
  assert_output "my-shop-db"
  run dokku storage:info my-shop --format json
  assert_success

  reset_calls
  run setup_app my.shop
  assert_success
  run our_calls --mutating --count
  assert_output "0"
}

@test "--postgres-service adopts a service that already backs the app; a bad name is refused" {
  dokku apps:create shop >/dev/null
  dokku postgres:create legacy-db >/dev/null
  dokku postgres:link legacy-db shop >/dev/null 2>&1
  run --separate-stderr setup_app shop --postgres-service legacy-db --format json
  assert_success
  assert_equal "$(step_of postgres-link)" "ok legacy-db linked to shop (DATABASE_URL)"
  run dokku postgres:exists shop-db
  assert_failure
  run dokku pegasus:report shop --pegasus-postgres-service
  assert_output "legacy-db"

  run dokku pegasus:setup shop --postgres-service "my.db"
  assert_failure 1
  assert_output --partial "is not a service name"
}

@test "a clone's DATABASE_URL belongs to the original's service: setup refuses, names the fix, and converges after it" {
  run setup_app a1 --no-letsencrypt
  assert_success
  dokku apps:clone a1 a3 >/dev/null 2>&1
  reset_calls
  run dokku pegasus:setup a3 --no-letsencrypt
  assert_failure 1
  assert_output --partial "DATABASE_URL of a3 belongs to the Postgres service a1-db, not a3-db"
  assert_output --partial "dokku postgres:unlink a1-db a3"
  assert_output --partial "--postgres-service a1-db"
  assert_output --partial "REDIS_URL of a3 belongs to the Redis service a1-redis"
  run our_calls --mutating --count
  assert_output "0"

  dokku postgres:unlink a1-db a3 >/dev/null 2>&1
  dokku redis:unlink a1-redis a3 >/dev/null 2>&1
  run dokku pegasus:setup a3 --no-letsencrypt
  assert_success
  run dokku config:get a3 DATABASE_URL
  assert_output --regexp '@dokku-postgres-a3-db:'
  run dokku config:keys a3
  refute_output --partial "DOKKU_POSTGRES_"
}

@test "a link under a colour alias is never reported as done" {
  dokku apps:create a4 >/dev/null
  dokku postgres:create other-db >/dev/null
  dokku postgres:link other-db a4 >/dev/null 2>&1
  dokku postgres:create a4-db >/dev/null
  dokku postgres:link a4-db a4 >/dev/null 2>&1
  run dokku config:keys a4
  assert_line "DOKKU_POSTGRES_AQUA_URL"
  run dokku pegasus:setup a4 --no-redis --no-letsencrypt
  assert_failure 1
  assert_output --partial "DATABASE_URL of a4 belongs to the Postgres service other-db, not a4-db"
}

@test "k3s: refuses host services before any change; with --no-postgres --no-redis makes a claim and uses the scheduler's TLS" {
  dokku apps:create shop >/dev/null
  dokku scheduler:set shop selected k3s >/dev/null
  rm "$PLUGIN_ENABLED_PATH/letsencrypt"
  reset_calls
  run setup_app shop
  assert_failure 1
  assert_output --partial "pods on other k3s nodes cannot reach"
  assert_output --partial "--no-postgres --no-redis"
  run our_calls --mutating --count
  assert_output "0"

  run --separate-stderr setup_app shop --no-postgres --no-redis --storage-size 2Gi --format json
  assert_success
  [[ "$(step_of storage-directory)" == *"must be able to write the volume" ]] || fail "$(step_of storage-directory)"
  assert_equal "$(step_of storage-wait)" "changed the claim of entry shop is bound"
  assert_equal "$(step_of letsencrypt-email)" "changed set scheduler-k3s letsencrypt-email-prod to ops@example.com"
  run our_calls --command storage:create --json
  assert_output --partial '"argv":["storage:create","shop","--scheduler","k3s","--size","2Gi","--access-mode","ReadWriteOnce"]'
  run dokku storage:info shop --format json
  run jq -c '{scheduler, size, access_mode}' <<<"$output"
  assert_output '{"scheduler":"k3s","size":"2Gi","access_mode":"ReadWriteOnce"}'
  run dokku scheduler-k3s:report shop --scheduler-k3s-letsencrypt-email-prod
  assert_output "ops@example.com"
  run our_calls --json
  refute_output --partial '"letsencrypt:'

  reset_calls
  run --separate-stderr setup_app shop --no-postgres --no-redis --storage-size 2Gi --format json
  assert_success
  assert_equal "$(jq -r .changed <<<"$output")" "0"
  run our_calls --mutating --count
  assert_output "0"
}

@test "post-delete leaves the entry and its data and says so; a rename carries the mount" {
  run setup_app shop --no-letsencrypt
  assert_success
  touch "$DOKKU_LIB_ROOT/data/storage/shop/upload.png"
  dokku apps:rename shop shop2 >/dev/null 2>&1
  run dokku storage:list shop2 --format json
  assert_output "[{\"entry_name\":\"shop\",\"host_path\":\"$DOKKU_LIB_ROOT/data/storage/shop\",\"container_path\":\"/code/media\"}]"
  reset_calls
  run setup_app shop2 --no-letsencrypt --postgres-service shop-db --redis-service shop-redis
  assert_success
  # shop2's derived entry would be shop2: the mount it carries from shop serves /code/media.
  run our_calls --mutating --count
  assert_output "0"

  run dokku --force apps:destroy shop2
  assert_success
  [[ -f "$DOKKU_LIB_ROOT/data/storage/shop/upload.png" ]] || fail "the media was removed"

  run setup_app media --no-letsencrypt
  assert_success
  touch "$DOKKU_LIB_ROOT/data/storage/media/upload.png"
  run dokku --force apps:destroy media
  assert_success
  assert_output --partial "the media directory $DOKKU_LIB_ROOT/data/storage/media stays"
  assert_output --partial "dokku storage:destroy media --destroy-host-dir"
  [[ -f "$DOKKU_LIB_ROOT/data/storage/media/upload.png" ]] || fail "the media was removed"
  run dokku storage:info media --format json
  assert_success
  run dokku storage:destroy media --force
  assert_success
}
