#!/usr/bin/env bats
# apps:rename moves an app's backups with it; manifests written before still name the old path
# and app. A restore under the new name must read the dump where it is now (review H3).

load test_helper
bats_require_minimum_version 1.5.0

setup() {
  sandbox_setup
  web_app_with_database
}

teardown() {
  sandbox_teardown
}

@test "(rename) a backup taken before apps:rename restores under the new name" {
  dokku postgres:connect web-db >/dev/null <<<"CREATE TABLE items (id int PRIMARY KEY, name text); INSERT INTO items VALUES (1, 'kept'), (2, 'kept');"
  id="$(dokku pegasus:backup-deploy web --format json 2>/dev/null | json d.id)"
  dokku postgres:connect web-db >/dev/null <<<"DELETE FROM items WHERE id = 2; UPDATE items SET name = 'changed';"

  dokku apps:rename web site >/dev/null 2>&1
  assert [ ! -e "$DOKKU_LIB_ROOT/data/pegasus/web/backups/$id.dump" ]
  # The manifest still records the old path and app; only the listing is told where it is now.
  assert_equal "$(json d.app <"$DOKKU_LIB_ROOT/data/pegasus/site/backups/$id.json")" "web"
  assert_equal "$(dokku pegasus:backups site --format json | json "d.find((b) => b.id === '$id').file")" \
    "$DOKKU_LIB_ROOT/data/pegasus/site/backups/$id.dump"

  run --separate-stderr dokku pegasus:restore site "$id" --force --format json
  assert_success
  assert_equal "$(json '[d.app, d.backup_id, d.service].join(" ")' <<<"$output")" "site $id web-db"
  assert_equal "$(query "SELECT string_agg(name, ',' ORDER BY id) FROM items")" "kept,kept"
}
