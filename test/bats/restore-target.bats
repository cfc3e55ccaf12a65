#!/usr/bin/env bats
# A restore writes only into the database the app uses now (issue 11, items 1, 9, 12, 14, 18):
# relinked apps, edited manifests, stopped apps, clones and renames, a failed deploy's GIT_REV.
# Every "untouched" below is proved on the real PostgreSQL by row count and content hash.

load test_helper
bats_require_minimum_version 1.5.0

setup() {
  sandbox_setup
  web_app_with_database --deployable
}

teardown() {
  sandbox_teardown
}

# fingerprint <service>: every table's row count and content hash, so "untouched" means untouched.
fingerprint() {
  query "$1" "SELECT coalesce(string_agg(t.relname || '=' || t.n, ' ' ORDER BY t.relname), 'empty') FROM (
      SELECT c.relname, (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) || '':'' || md5(coalesce(string_agg(x::text, '','' ORDER BY x::text), '''')) AS n FROM %I x', c.relname), false, true, '')))[1]::text AS n
      FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = 'public' AND c.relkind = 'r') t"
}

deploy() {
  fake-dokku-ctl deploy "${2:-web}" --from "${1:-$REPO}"
}

# first_line <text>: its first line, without the leading space Dokku's ` !     ` starts with.
first_line() {
  printf '%s\n' "$1" | head -1 | sed 's/^ *//'
}

backup_id() {
  dokku pegasus:backup-deploy "$1" --format json 2>/dev/null | json d.id
}

backup_count() {
  dokku pegasus:backups "$1" --format json 2>/dev/null | json d.length
}

@test "(item 1) after a relink, restore refuses the old database's backup and touches neither database" {
  deploy >/dev/null 2>&1
  id="$(backup_id web)"
  query web-db "UPDATE items SET name = 'changed since' WHERE id = 1"
  dokku postgres:create web-db2 >/dev/null
  dokku --quiet postgres:unlink web-db web >/dev/null 2>&1
  dokku --quiet postgres:link web-db2 web >/dev/null 2>&1
  dokku pegasus:set web postgres-service web-db2 >/dev/null
  query web-db2 "CREATE TABLE orders (id int PRIMARY KEY); INSERT INTO orders SELECT generate_series(1, 7)"
  old_before="$(fingerprint web-db)"
  new_before="$(fingerprint web-db2)"
  count_before="$(backup_count web)"

  run --separate-stderr dokku pegasus:restore web "$id" --force
  assert_failure 1
  assert_equal "$(first_line "$stderr")" \
    "!     Restore of web refused: backup $id was taken of web-db, but web uses web-db2 now (postgres-service setting). Nothing was changed."
  [[ "$stderr" == *"To overwrite web-db2 anyway, say so: --into-service web-db2"* ]]
  # Nothing ran: no safety backup, no stop, both databases as they were.
  assert_equal "$(backup_count web)" "$count_before"
  assert_equal "$(fingerprint web-db)" "$old_before"
  assert_equal "$(fingerprint web-db2)" "$new_before"
  assert_equal "$(dokku ps:report web --running)" "true"

  # The plan, with --dry-run, refuses the same way; with --into-service it names the target.
  run --separate-stderr dokku pegasus:restore web "$id" --dry-run
  assert_failure 1
  run --separate-stderr dokku pegasus:restore web "$id" --dry-run --into-service web-db2 --format json
  assert_success
  assert_equal "$(json '[d.service, d.backup_service, d.forced].join(" ")' <<<"$output")" "web-db2 web-db false"
  assert_equal "$(json 'd.steps[2]' <<<"$output")" \
    "import $id, taken of web-db, into web-db2 (chosen with --into-service) (postgres:import: drops and re-creates every object the backup holds)"
  assert_equal "$(fingerprint web-db2)" "$new_before"

  # Said explicitly, it goes where it was told and nowhere else.
  run --separate-stderr dokku pegasus:restore web "$id" --force --into-service web-db2 --format json
  assert_success
  assert_equal "$(json 'd.service' <<<"$output")" "web-db2"
  safety="$(json 'd.safety_backup_id' <<<"$output")"
  # The safety backup holds what was overwritten: web-db2, not the manifest's web-db.
  assert_equal "$(json "d.find((b) => b.id === '$safety').service" < <(dokku pegasus:backups web --format json 2>/dev/null))" "web-db2"
  assert_equal "$(query web-db2 "SELECT string_agg(name, ',' ORDER BY id) FROM items")" "item 1,item 2,item 3,item 4,item 5"
  assert_equal "$(fingerprint web-db)" "$old_before"
}

@test "(item 1) a relink while the safety backup runs stops the restore before the import; neither database is touched" {
  deploy >/dev/null 2>&1
  id="$(backup_id web)"
  query web-db "UPDATE items SET name = 'changed since' WHERE id = 1"
  dokku postgres:create web-db2 >/dev/null
  query web-db2 "CREATE TABLE orders (id int PRIMARY KEY); INSERT INTO orders SELECT generate_series(1, 7)"
  old_before="$(fingerprint web-db)"
  backups="$DOKKU_LIB_ROOT/data/pegasus/web/backups"
  # The safety backup's export waits until the app has been relinked.
  touch "$BATS_TEST_TMPDIR/hold"
  fake-dokku-ctl fail postgres:export --hold-while "$BATS_TEST_TMPDIR/hold"
  dokku pegasus:restore web "$id" --force >"$BATS_TEST_TMPDIR/restore.out" 2>&1 &
  restorer=$!
  for _ in $(seq 1200); do [[ -f "$backups/.lock" ]] && break; sleep 0.1; done
  [[ -f "$backups/.lock" ]] || fail "the safety backup never started: $(cat "$BATS_TEST_TMPDIR/restore.out")"
  dokku --quiet postgres:unlink web-db web >/dev/null 2>&1
  dokku --quiet postgres:link web-db2 web >/dev/null 2>&1
  # (The link's restart ran the app's release task against web-db2, and so does the start that
  # follows the refusal: that is the app's doing. Its orders are what no import may touch.)
  orders_before="$(query web-db2 "SELECT count(*) || ':' || md5(string_agg(id::text, ',' ORDER BY id)) FROM orders")"
  rm "$BATS_TEST_TMPDIR/hold"
  restore_status=0
  wait "$restorer" || restore_status=$?
  fake-dokku-ctl fail --clear
  assert_equal "$restore_status" 1
  run cat "$BATS_TEST_TMPDIR/restore.out"
  assert_output --partial "Restore of web stopped before the import: its database changed while the safety backup was taken. Nothing was changed"
  assert_output --partial "but web uses web-db2 now (its link)"
  refute_output --partial "Importing backup"
  assert_output --partial "web, stopped for the restore, was started again."
  assert_equal "$(fingerprint web-db)" "$old_before"
  assert_equal "$(query web-db2 "SELECT count(*) || ':' || md5(string_agg(id::text, ',' ORDER BY id)) FROM orders")" "$orders_before"
  assert_equal "$(fake-dokku-ctl calls --command postgres:import --count)" 0
  assert_equal "$(dokku ps:report web --running)" "true"
}

@test "(item 1) a postgres-service setting naming a database the app is not linked to: DATABASE_URL wins, and without one it is refused" {
  deploy >/dev/null 2>&1
  id="$(backup_id web)"
  dokku postgres:create other-db >/dev/null
  query other-db "CREATE TABLE precious (id int); INSERT INTO precious VALUES (1), (2)"
  dokku pegasus:set web postgres-service other-db >/dev/null
  before="$(fingerprint other-db)"
  # The app reads web-db: the plan restores into it, and says the setting is stale, once.
  run --separate-stderr dokku pegasus:restore web "$id"
  assert_success
  assert_output --partial "Restore of web from $id into web-db: nothing changed (no --force)"
  assert_equal "$(printf '%s\n' "$stderr" | grep -c "The postgres-service setting of web names other-db, but its DATABASE_URL points at web-db, the database web reads: using web-db")" "1"
  # Without DATABASE_URL the setting decides, and it names a database web is not linked to.
  dokku config:unset --no-restart web DATABASE_URL >/dev/null 2>&1
  run --separate-stderr dokku pegasus:restore web "$id" --force
  assert_failure 1
  assert_equal "$(first_line "$stderr")" \
    "!     Restore of web refused: its postgres-service setting names other-db, which is not linked to web. Nothing was changed."
  assert_equal "$(fingerprint other-db)" "$before"
  run --separate-stderr dokku pegasus:restore web "$id" --force --into-service nope-db
  assert_failure 1
  [[ "$stderr" == *'--into-service names no existing Postgres service (services: other-db, web-db). Nothing was changed.'* ]]
}

@test "(item 1) --into-service naming another app's database is refused; an unlinked or shared one is accepted" {
  deploy >/dev/null 2>&1
  id="$(backup_id web)"
  dokku apps:create api >/dev/null
  dokku postgres:create api-db >/dev/null
  dokku --quiet postgres:link api-db api >/dev/null
  query api-db "CREATE TABLE invoices (id int PRIMARY KEY); INSERT INTO invoices SELECT generate_series(1, 9)"
  api_before="$(fingerprint api-db)"
  web_before="$(fingerprint web-db)"
  count_before="$(backup_count web)"
  for mode in --dry-run --force; do
    run --separate-stderr dokku pegasus:restore web "$id" "$mode" --into-service api-db
    assert_failure 1
    assert_equal "$(first_line "$stderr")" \
      "!     --into-service api-db is refused: it is the database of api, not of web. Nothing was changed."
    [[ "$stderr" == *"If web is to use api-db now, link it first: dokku postgres:link api-db web"* ]]
  done
  run --separate-stderr dokku pegasus:rollback web "$id" --force --into-service api-db
  assert_failure 1
  [[ "$stderr" == *"--into-service api-db is refused: it is the database of api, not of web."* ]]
  assert_equal "$(fingerprint api-db)" "$api_before"
  assert_equal "$(fingerprint web-db)" "$web_before"
  assert_equal "$(backup_count web)" "$count_before"
  # Shared with web (linked to both), it is web's database too: the restore goes ahead.
  dokku --quiet postgres:link api-db web --alias SHARED >/dev/null 2>&1
  run --separate-stderr dokku pegasus:restore web "$id" --dry-run --into-service api-db
  assert_success
  assert_equal "$(fingerprint api-db)" "$api_before"
}

@test "(item 1) an edited manifest is refused before anything; an unsealed (older) one is accepted with a warning" {
  deploy >/dev/null 2>&1
  id="$(backup_id web)"
  dokku postgres:create web-db2 >/dev/null
  manifest="$DOKKU_LIB_ROOT/data/pegasus/web/backups/$id.json"
  assert_equal "$(json 'd.seal.slice(0, 7)' <"$manifest")" "sha256:"
  original="$(cat "$manifest")"
  # Point the manifest at another database, as an attacker or a slip of the hand would.
  json '{ ...d, service: "web-db2" }' <<<"$original" >"$manifest"
  web_before="$(fingerprint web-db)"
  other_before="$(fingerprint web-db2)"
  run --separate-stderr dokku pegasus:restore web "$id" --force --into-service web-db2
  assert_failure 1
  assert_equal "$(first_line "$stderr")" \
    "!     Backup $id is refused: its manifest was changed after it was written (the seal does not match). Nothing was changed. Manifests are never edited; pick another backup from \`dokku pegasus:backups web\` ($manifest is left for you to inspect or delete)"
  assert_equal "$(fingerprint web-db)" "$web_before"
  assert_equal "$(fingerprint web-db2)" "$other_before"
  # Never listed, never silently.
  run --separate-stderr dokku pegasus:backups web --format json
  assert_success
  assert_equal "$(json "d.some((b) => b.id === '$id')" <<<"$output")" "false"
  [[ "$stderr" == *"$DOKKU_LIB_ROOT/data/pegasus/web/backups/$id.json: backup $id is not listed: its manifest was changed after it was written (the seal does not match)"* ]]

  # A manifest from before seals existed (no seal field) is accepted, with a warning, and still
  # only into the app's own database.
  node -e 'const d = JSON.parse(require("fs").readFileSync(0, "utf8")); delete d.seal; console.log(JSON.stringify(d))' <<<"$original" >"$manifest"
  run --separate-stderr dokku pegasus:restore web "$id" --force
  assert_success
  [[ "$stderr" == *"Backup $id was written before manifests were sealed: nothing proves its manifest was not edited."* ]]
  assert_equal "$(fingerprint web-db2)" "$other_before"
}

@test "(item 9) restore leaves an app stopped with ps:stop stopped, and says so" {
  deploy >/dev/null 2>&1
  id="$(backup_id web)"
  query web-db "DELETE FROM items WHERE id > 2"
  dokku ps:stop web >/dev/null 2>&1
  run --separate-stderr dokku pegasus:restore web "$id" --force --format json
  assert_success
  assert_equal "$(json '[d.stopped, d.started, d.left_stopped].join(" ")' <<<"$output")" "false false true"
  [[ "$stderr" == *"web was stopped with ps:stop before the restore, so it stays stopped. Start it with: dokku ps:start web"* ]]
  assert_equal "$(query web-db "SELECT count(*) FROM items")" "5"
  assert_equal "$(dokku ps:report web --running)" "false"
  assert_equal "$(fake-dokku-ctl calls --command ps:start --count)" "0"
}

@test "(item 12) a clone given its own database never backs up, restores into or stops the original" {
  deploy >/dev/null 2>&1
  # What pegasus:setup records, and a one-shot skip meant for the original's next deploy.
  dokku pegasus:set web postgres-service web-db >/dev/null
  dokku pegasus:set web backup-skip-next true >/dev/null
  original_id="$(backup_id web)"
  dokku apps:clone web web2 >/dev/null 2>&1
  assert [ ! -e "$DOKKU_LIB_ROOT/config/pegasus/web2/postgres-service" ]
  assert [ ! -e "$DOKKU_LIB_ROOT/config/pegasus/web2/backup-skip-next" ]
  assert_equal "$(cat "$DOKKU_LIB_ROOT/config/pegasus/web/backup-skip-next")" "true"
  # dokku-postgres put the clone into web-db's links (its post-app-clone-setup).
  assert_equal "$(dokku postgres:links web-db | tr '\n' ' ')" "web web2 "
  # Until it is given its own database, the clone's backups are of the one it is linked to.
  shared_id="$(backup_id web2)"
  assert_equal "$(json d.service <"$DOKKU_LIB_ROOT/data/pegasus/web2/backups/$shared_id.json")" "web-db"

  # The issue's scenario: the clone gets its own database.
  dokku postgres:create web2-db >/dev/null
  dokku --quiet postgres:unlink web-db web2 >/dev/null 2>&1
  dokku --quiet postgres:link web2-db web2 >/dev/null 2>&1
  # (The link restarted the clone, whose release task created its tables in web2-db.)
  query web2-db "DELETE FROM items; INSERT INTO items VALUES (1, 'clone row')"
  query web-db "INSERT INTO items VALUES (100, 'original production row')"
  original_before="$(fingerprint web-db)"

  run --separate-stderr dokku pegasus:backup-deploy web2 --format json
  assert_success
  assert_equal "$(json d.service <<<"$output")" "web2-db"
  clone_id="$(json d.id <<<"$output")"
  query web2-db "UPDATE items SET name = 'clone changed'"

  # The clone's backup of the shared database is not restored into its own one without asking.
  run --separate-stderr dokku pegasus:restore web2 "$shared_id" --force
  assert_failure 1
  [[ "$stderr" == *"backup $shared_id was taken of web-db, but web2 uses web2-db now (its link)"* ]]
  # Its own backup goes into its own database; the original is untouched and never stopped.
  run --separate-stderr dokku pegasus:restore web2 "$clone_id" --force --format json
  assert_success
  assert_equal "$(json 'd.service' <<<"$output")" "web2-db"
  # (ps:start re-ran the clone's release task, which inserts its seed rows again.)
  assert_equal "$(query web2-db "SELECT name FROM items WHERE id = 1")" "clone row"
  assert_equal "$(query web2-db "SELECT count(*) FROM items WHERE id = 100")" "0"
  assert_equal "$(fingerprint web-db)" "$original_before"
  assert_equal "$(dokku ps:report web --running)" "true"
  assert_equal "$(fake-dokku-ctl calls --command ps:stop | grep -cE ' ps:stop web$' || true)" "0"
  # The original's backups are still only its own.
  assert_equal "$(dokku pegasus:backups web --format json | json 'd.map((b) => b.id).includes("'"$original_id"'")')" "true"

  # (item 18) The clone's release history names no backup of the original.
  run --separate-stderr dokku pegasus:releases web2 --format json
  assert_success
  # Every backup id it names is one of the clone's own (its own deploy's), none of the original's.
  assert_equal "$(json 'd.filter((r) => r.backup_id && !require("fs").existsSync(`${process.env.DOKKU_LIB_ROOT}/data/pegasus/web2/backups/${r.backup_id}.json`)).length' <<<"$output")" "0"
  assert_equal "$(json 'd.some((r) => r.cloned_from === "web" && r.backup_id === null)' <<<"$output")" "true"
}

@test "(item 12, 18) a rename keeps its database setting, drops a pending skip, leaves no empty .deleted directory" {
  deploy >/dev/null 2>&1
  dokku pegasus:set web postgres-service web-db >/dev/null
  dokku pegasus:set web backup-skip-next true >/dev/null
  id="$(backup_id web)"
  dokku apps:rename web site >/dev/null 2>&1
  assert_equal "$(cat "$DOKKU_LIB_ROOT/config/pegasus/site/postgres-service")" "web-db"
  assert [ ! -e "$DOKKU_LIB_ROOT/config/pegasus/site/backup-skip-next" ]
  assert [ ! -e "$DOKKU_LIB_ROOT/data/pegasus/.deleted" ]
  # The rename's rebuild took a deploy backup (no skip carried), and the data restores in place.
  query web-db "DELETE FROM items"
  run --separate-stderr dokku pegasus:restore site "$id" --force
  assert_success
  assert_equal "$(query web-db "SELECT count(*) FROM items")" "5"

  # An app with no data of ours: destroying it leaves nothing under .deleted either.
  dokku apps:create empty >/dev/null
  dokku --force apps:destroy empty >/dev/null 2>&1
  assert [ ! -e "$DOKKU_LIB_ROOT/data/pegasus/.deleted" ]
}

@test "(item 14) after a failed deploy, manual and scheduled backups carry the commit that is live" {
  deploy >/dev/null 2>&1
  live="$(git -C "$REPO" rev-parse HEAD)"
  printf 'SELECT broken FROM nowhere;\n' >>"$REPO/migrate.sql"
  git -C "$REPO" add -A
  git -C "$REPO" -c user.name=test -c user.email=test@example.com commit -q -m "broken migration"
  failed="$(git -C "$REPO" rev-parse HEAD)"
  run deploy
  assert_failure
  # Dokku set GIT_REV to the failed commit before building, and leaves it there.
  assert_equal "$(dokku config:get web GIT_REV)" "$failed"

  run --separate-stderr dokku pegasus:backup-deploy web --format json
  assert_success
  assert_equal "$(json d.git_rev <<<"$output")" "$live"
  run --separate-stderr dokku pegasus:backup-deploy web --reason schedule --format json
  assert_success
  assert_equal "$(json d.git_rev <<<"$output")" "$live"
}

@test "(item 18) a closed stdout ends a command quietly, with no stack trace" {
  deploy >/dev/null 2>&1
  for command in "pegasus:releases web" "pegasus:backups web" "pegasus:setup web --dry-run --no-letsencrypt --no-redis"; do
    # `true` never reads: every write after it exits meets a closed pipe (EPIPE).
    # shellcheck disable=SC2086 # word splitting of the command is the point
    run --separate-stderr bash -c "dokku $command | true; echo \"exit \${PIPESTATUS[0]}\" >&2"
    refute [ -n "$(grep -E 'EPIPE|Error:|    at ' <<<"$stderr" || true)" ]
    [[ "$stderr" == *"exit 0"* ]] || { echo "$command: $stderr" >&2; false; }
  done
}

@test "a clone still on its original's database: a restore of the clone is refused, naming the original; --into-service says so in its plan" {
  deploy >/dev/null 2>&1
  dokku apps:clone web staging >/dev/null 2>&1
  assert_equal "$(dokku postgres:links web-db | tr '\n' ' ')" "staging web "
  staging_id="$(backup_id staging)"
  query web-db "INSERT INTO items VALUES (51, 'production order after the staging backup')"
  before="$(fingerprint web-db)"

  run --separate-stderr dokku pegasus:restore staging "$staging_id" --force
  assert_failure 1
  assert_equal "$(first_line "$stderr")" \
    "!     Restore of staging refused: web-db is also the database of web (\`dokku postgres:links web-db\`), whose data it would replace while that app keeps running. Nothing was changed."
  [[ "$stderr" == *"To replace the data of all of them anyway, stop web first (dokku ps:stop APP) and say so: --into-service web-db"* ]]
  assert_equal "$(fingerprint web-db)" "$before"
  assert_equal "$(fake-dokku-ctl calls --command ps:stop | grep -c . || true)" "0"

  # Named explicitly, the plan says who else loses data and keeps running.
  run --separate-stderr dokku pegasus:restore staging "$staging_id" --into-service web-db --format json
  assert_success
  assert_equal "$(json 'd.steps.find((s) => s.startsWith("import"))' <<<"$output" | grep -c '; web also uses it and is not stopped$')" "1"
}

@test "after postgres:promote moved DATABASE_URL to another service, backups follow DATABASE_URL and the old service's backup is not restored into it" {
  deploy >/dev/null 2>&1
  dokku pegasus:set web postgres-service web-db >/dev/null
  old_id="$(backup_id web)"
  dokku postgres:create new-db >/dev/null 2>&1
  dokku --quiet postgres:link new-db web >/dev/null 2>&1
  # What postgres:promote new-db web does: DATABASE_URL names new-db, web-db's URL moves to an alias.
  old="$(dokku config:get web DATABASE_URL)"
  new="$(dokku config:get web DOKKU_POSTGRES_AQUA_URL)"
  dokku config:set --no-restart web DATABASE_URL="$new" DOKKU_POSTGRES_BLACK_URL="$old" >/dev/null 2>&1
  query new-db "CREATE TABLE items (id int PRIMARY KEY, name text); INSERT INTO items VALUES (1, 'live data in new-db')"
  new_before="$(fingerprint new-db)"
  old_before="$(fingerprint web-db)"

  run --separate-stderr dokku pegasus:restore web "$old_id" --force
  assert_failure 1
  [[ "$stderr" == *"backup $old_id was taken of web-db, but web uses new-db now (its link)"* ]]
  [[ "$stderr" == *"The postgres-service setting of web names web-db, but its DATABASE_URL points at new-db, the database web reads"* ]]
  assert_equal "$(fingerprint new-db)" "$new_before"
  assert_equal "$(fingerprint web-db)" "$old_before"

  run --separate-stderr dokku pegasus:backup-deploy web --format json
  assert_success
  assert_equal "$(json d.service <<<"$output")" "new-db"
  [[ "$stderr" != *"$(printf '%s' "$new" | sed -E 's#^postgres://[^:]*:([^@]*)@.*#\1#')"* ]]
}

@test "DATABASE_URL outside dokku-postgres and a service linked only under an alias: no backup of the alias, and a deploy goes on without one" {
  dokku postgres:create spare-db >/dev/null 2>&1
  dokku --quiet postgres:unlink web-db web >/dev/null 2>&1
  dokku config:set --no-restart web DATABASE_URL=postgres://app:s3cr3tpw@prod.abc123.eu-central-1.rds.amazonaws.com:5432/prod >/dev/null 2>&1
  dokku --quiet postgres:link spare-db web >/dev/null 2>&1
  assert_equal "$(dokku config:get web DATABASE_URL | sed -E 's#.*@([^:/]*).*#\1#')" "prod.abc123.eu-central-1.rds.amazonaws.com"

  run --separate-stderr dokku pegasus:backup-deploy web
  assert_failure 1
  assert_equal "$(first_line "$stderr")" \
    "!     web's DATABASE_URL points at prod.abc123.eu-central-1.rds.amazonaws.com, outside dokku-postgres: there is no dokku-postgres service of web's to back up or restore (dokku-postgres-spare-db is linked under another name, which web does not read as its database). If that URL reaches a dokku-postgres service (through a pooler), name the right one with \`dokku pegasus:set web postgres-service NAME\`"
  [[ "$stderr" != *s3cr3tpw* ]]
  assert_equal "$(find "$DOKKU_LIB_ROOT/data/pegasus/web/backups" -name '*.dump' 2>/dev/null | wc -l)" "0"

  # The deploy gate has no dokku-postgres database of the app's to protect: the deploy goes on
  # (to its release task, which here cannot reach the made-up host).
  run fake-dokku-ctl deploy web --from "$REPO"
  assert_output --partial "Pegasus deploy backup skipped: the app's DATABASE_URL is no dokku-postgres service of its"
}
