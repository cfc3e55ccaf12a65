#!/usr/bin/env bats
# pegasus:setup when names or mounts belong to someone else: two app names that derive the same
# entry name (my.shop and my-shop), a renamed app's entry, and a k3s app whose media is still a
# docker-local (legacy) mount. Each is refused before any change and converges after the fix.

load test_helper

setup() {
  sandbox_setup
  fake_plugins postgres redis letsencrypt
}

teardown() {
  sandbox_teardown
}

our_mutations() {
  fake-dokku-ctl calls --depth 1 --mutating --count
}

reset_calls() {
  : >"$FAKE_DOKKU_STATE/calls.jsonl"
}

@test "storage:report --global lists every entry and the apps that mount it, as Dokku 0.38 does" {
  dokku apps:create a1 >/dev/null
  dokku storage:create media --chown 1000 >/dev/null 2>&1
  dokku storage:create spare >/dev/null 2>&1
  dokku storage:mount a1 media --container-dir /code/media >/dev/null 2>&1
  run dokku storage:report --global --format json
  assert_success
  run jq -c '[.[] | {name: .entry.name, mounted_by}]' <<<"$output"
  assert_output '[{"name":"media","mounted_by":["a1"]},{"name":"spare","mounted_by":[]}]'
  run dokku storage:report --global
  assert_line --index 0 "-----> Storage report (global):"
  assert_line --index 1 "       media	docker-local	mounted by: a1"
}

@test "my.shop never mounts my-shop's media (same derived entry name), in either order; converges with its own entry" {
  run dokku pegasus:setup my-shop --no-letsencrypt
  assert_success
  reset_calls
  run dokku pegasus:setup my.shop --no-letsencrypt --no-postgres --no-redis
  assert_failure 1
  assert_output --partial "The storage entry my-shop (the entry name derived from my.shop) is mounted by my-shop"
  assert_output --partial "Nothing was changed."
  run our_mutations
  assert_output "0"
  run dokku apps:exists my.shop
  assert_failure

  # The fix the message names: the app's own entry at the media path, then a re-run keeps it.
  dokku apps:create my.shop >/dev/null
  dokku storage:create shop-media --chown 1000 >/dev/null 2>&1
  dokku storage:mount my.shop shop-media --container-dir /code/media >/dev/null 2>&1
  run dokku pegasus:setup my.shop --no-letsencrypt --no-postgres --no-redis
  assert_success
  reset_calls
  run dokku pegasus:setup my.shop --no-letsencrypt --no-postgres --no-redis
  assert_success
  run our_mutations
  assert_output "0"
  run dokku storage:report --global --format json
  run jq -c '[.[] | {name: .entry.name, mounted_by}]' <<<"$output"
  assert_output '[{"name":"my-shop","mounted_by":["my-shop"]},{"name":"shop-media","mounted_by":["my.shop"]}]'
}

@test "my-shop after my.shop: refused for the entry as for the services" {
  run dokku pegasus:setup my.shop --no-letsencrypt
  assert_success
  reset_calls
  run dokku pegasus:setup my-shop --no-letsencrypt
  assert_failure 1
  assert_output --partial "The storage entry my-shop is mounted by my.shop"
  assert_output --partial "The Postgres service my-shop-db already exists and is linked to my.shop"
  run our_mutations
  assert_output "0"
}

@test "a new app named like a renamed one does not take the renamed app's media" {
  run dokku pegasus:setup shop --no-letsencrypt --no-postgres --no-redis
  assert_success
  dokku apps:rename shop shop2 >/dev/null 2>&1
  reset_calls
  run dokku pegasus:setup shop --no-letsencrypt --no-postgres --no-redis
  assert_failure 1
  assert_output --partial "The storage entry shop is mounted by shop2"
  run our_mutations
  assert_output "0"
}

@test "an entry left by a deleted app (mounted by nobody) is the re-created app's again" {
  run dokku pegasus:setup shop --no-letsencrypt --no-postgres --no-redis
  assert_success
  dokku --force apps:destroy shop >/dev/null 2>&1
  run dokku pegasus:setup shop --no-letsencrypt --no-postgres --no-redis
  assert_success
  run dokku storage:list shop --format json
  assert_output "[{\"entry_name\":\"shop\",\"host_path\":\"$DOKKU_LIB_ROOT/data/storage/shop\",\"container_path\":\"/code/media\"}]"
}

@test "k3s: media still on a pre-0.38 mount (docker-local) is refused with the fix, not kept beside an unused claim" {
  fake-dokku-ctl version 0.37.9 >/dev/null
  run dokku pegasus:setup shop --no-letsencrypt --no-postgres --no-redis
  assert_success
  fake-dokku-ctl version 0.38.27 >/dev/null
  dokku scheduler:set shop selected k3s >/dev/null
  reset_calls
  run dokku pegasus:setup shop --no-letsencrypt --no-postgres --no-redis
  assert_failure 1
  assert_output --regexp "/code/media of shop is mounted from the docker-local storage entry legacy-[0-9a-f]{10} \\($DOKKU_LIB_ROOT/data/storage/shop\\), which Dokku's k3s scheduler refuses at deploy"
  run our_mutations
  assert_output "0"
  run dokku storage:list-entries --scheduler k3s --format json
  assert_output "[]"

  legacy="$(dokku storage:list shop --format json | jq -r '.[0].entry_name')"
  dokku storage:unmount shop "$legacy" --container-dir /code/media >/dev/null 2>&1
  run dokku pegasus:setup shop --no-letsencrypt --no-postgres --no-redis
  assert_success
  run dokku storage:list shop --format json
  assert_output '[{"entry_name":"shop","host_path":"shop","container_path":"/code/media"}]'
  reset_calls
  run dokku pegasus:setup shop --no-letsencrypt --no-postgres --no-redis
  assert_success
  run our_mutations
  assert_output "0"
}

@test "an app moved from docker-local to k3s: the fix named for its docker-local entry converges" {
  run dokku pegasus:setup shop --no-letsencrypt --no-postgres --no-redis
  assert_success
  dokku scheduler:set shop selected k3s >/dev/null
  reset_calls
  run dokku pegasus:setup shop --no-letsencrypt --no-postgres --no-redis
  assert_failure 1
  assert_output --partial "The storage entry shop exists for the docker-local scheduler, but shop runs on k3s"
  assert_output --partial "dokku storage:unmount shop shop --container-dir /code/media and dokku storage:destroy shop"
  run our_mutations
  assert_output "0"

  dokku storage:unmount shop shop --container-dir /code/media >/dev/null 2>&1
  dokku --force storage:destroy shop >/dev/null 2>&1
  run dokku pegasus:setup shop --no-letsencrypt --no-postgres --no-redis
  assert_success
  run dokku storage:list shop --format json
  assert_output '[{"entry_name":"shop","host_path":"shop","container_path":"/code/media"}]'
  reset_calls
  run dokku pegasus:setup shop --no-letsencrypt --no-postgres --no-redis
  assert_success
  run our_mutations
  assert_output "0"
}

@test "a DATABASE_URL with the service's host but not its URL is refused, never shadowed by an alias" {
  # A .env from another server, before the service exists here: a link would only add an alias.
  dokku apps:create shop >/dev/null
  dokku config:set --no-restart shop DATABASE_URL=postgres://postgres:old@dokku-postgres-shop-db:5432/shop_db >/dev/null 2>&1
  reset_calls
  run dokku pegasus:setup shop --no-letsencrypt --no-redis
  assert_failure 1
  assert_output --partial "DATABASE_URL of shop names shop-db's host but is not shop-db's URL (shop-db does not exist yet)"
  assert_output --partial "dokku config:unset --no-restart shop DATABASE_URL"
  refute_output --partial "postgres:old"
  run our_mutations
  assert_output "0"

  dokku config:unset --no-restart shop DATABASE_URL >/dev/null 2>&1
  run dokku pegasus:setup shop --no-letsencrypt --no-redis
  assert_success
  run dokku config:keys shop
  refute_output --partial "DOKKU_POSTGRES_"

  # The same after setup: the value no longer is the service's (another password), so not "ok".
  dokku config:set --no-restart shop DATABASE_URL=postgres://postgres:old@dokku-postgres-shop-db:5432/shop_db >/dev/null 2>&1
  reset_calls
  run dokku pegasus:setup shop --no-letsencrypt --no-redis
  assert_failure 1
  assert_output --partial "DATABASE_URL of shop names shop-db's host but is not shop-db's URL:"
  run our_mutations
  assert_output "0"
}

@test "a DATABASE_URL of a service that no longer exists names config:unset, not an unlink that cannot work" {
  dokku apps:create shop >/dev/null
  dokku config:set --no-restart shop DATABASE_URL=postgres://u:p@dokku-postgres-gone:5432/gone >/dev/null 2>&1
  run dokku pegasus:setup shop --no-letsencrypt --no-redis
  assert_failure 1
  assert_output --partial "DATABASE_URL of shop points at dokku-postgres-gone, which no existing Postgres service answers to"
  refute_output --partial "postgres:unlink gone"
}

@test "an app named under Dokku's old rule (my_shop) can be set up; a new app must follow the create rule" {
  # Dokku still looks up apps created before the stricter rule; apps:create no longer makes them.
  dokku apps:create template >/dev/null
  cp -r "$DOKKU_ROOT/template" "$DOKKU_ROOT/my_shop"
  cp -r "$DOKKU_LIB_ROOT/config/apps/template" "$DOKKU_LIB_ROOT/config/apps/my_shop"
  run dokku config:show my_shop
  assert_success
  run dokku pegasus:setup my_shop --no-letsencrypt
  assert_success
  run dokku postgres:linked my_shop-db my_shop
  assert_success
  run dokku storage:list my_shop --format json
  assert_output "[{\"entry_name\":\"my-shop\",\"host_path\":\"$DOKKU_LIB_ROOT/data/storage/my-shop\",\"container_path\":\"/code/media\"}]"
  reset_calls
  run dokku pegasus:setup my_shop --no-letsencrypt
  assert_success
  run our_mutations
  assert_output "0"

  run dokku pegasus:setup new_shop --no-letsencrypt
  assert_failure 1
  assert_output --partial "App name must begin with lowercase alphanumeric character"
  run our_mutations
  assert_output "0"
}
