#!/usr/bin/env bats
# pegasus:env-import end to end: `dokku` (the fake) → subcommands/env-import → dist/plugin.cjs.

load test_helper

setup() {
  sandbox_setup
  fake_plugins postgres redis letsencrypt
  fixture="$REPO_ROOT/test/fixtures/pegasus.env"
}

teardown() {
  if [[ -n "${MOUNTED:-}" ]]; then umount "$MOUNTED" || true; fi
  sandbox_teardown
}

deployed_app() {
  create_deployable_repo "$BATS_TEST_TMPDIR/repo"
  dokku apps:create "$1" >/dev/null
  dokku builder-dockerfile:set "$1" dockerfile-path Dockerfile.web >/dev/null
  fake-dokku-ctl deploy "$1" --from "$BATS_TEST_TMPDIR/repo" >/dev/null 2>&1
}

@test "(env-import) a 40-key .env on stdin: one config:import, one restart; re-import: no write, no restart" {
  deployed_app myapp
  before="$(fake-dokku-ctl restarts myapp)"
  run dokku pegasus:env-import myapp <"$fixture"
  assert_success
  assert_line "-----> Wrote 40 keys with one config:import"
  assert_line "-----> Restarting myapp"
  assert_equal "$(fake-dokku-ctl restarts myapp)" "$((before + 1))"
  assert_equal "$(fake-dokku-ctl calls --depth 1 --mutating --count)" "2"

  run dokku pegasus:env-import myapp <"$fixture"
  assert_success
  assert_line "=====> myapp: 0 added, 0 changed, 0 removed, 40 unchanged"
  assert_equal "$(fake-dokku-ctl restarts myapp)" "$((before + 1))"
  assert_equal "$(fake-dokku-ctl calls --depth 1 --mutating --count)" "2"
}

@test "(env-import) values round-trip: \$, #, quotes, = and a multi-line PEM" {
  dokku apps:create myapp >/dev/null
  run dokku pegasus:env-import myapp <"$fixture"
  assert_success
  run dokku config:get myapp OPENAI_API_KEY
  assert_output "sk-proj-Ab3\$Cd4#Ef5=Gh6'Ij7Kl8Mn9Op0"
  run dokku config:get myapp SECRET_KEY
  assert_output 'p9$x#Lr2=QvT!mZ8@wK4^hN7&dF3*yB6(jC1)sE5-uA0_gH=oI'
  run dokku config:get myapp GITHUB_APP_PRIVATE_KEY
  assert_line --index 0 "-----BEGIN RSA PRIVATE KEY-----"
  assert_line --index 3 "-----END RSA PRIVATE KEY-----"
}

@test "(env-import) no secret reaches stdout or stderr" {
  dokku apps:create myapp >/dev/null
  run --separate-stderr dokku pegasus:env-import myapp <"$fixture"
  assert_success
  for needle in sk_live_51HxYz wJalrXUtnFEMI 'p9$x#Lr2' MIIBOgIBAAJBAK whsec_Zq8 key-3ax6xnjp; do
    refute_output --partial "$needle"
    [[ "$stderr" != *"$needle"* ]]
  done
  assert_line --partial "STRIPE_LIVE_SECRET_KEY:     added     (50 chars)"
}

@test "(env-import) --format json prints only the key lists on stdout" {
  dokku apps:create myapp >/dev/null
  run --separate-stderr dokku pegasus:env-import myapp --dry-run --format json <"$fixture"
  assert_success
  run node -e 'const r = JSON.parse(require("fs").readFileSync(0, "utf8")); console.log(r.app, r.dry_run, r.added.length, r.restarted)' <<<"$output"
  assert_output "myapp true 40 false"
  assert_equal "$(dokku config:keys myapp)" "NO_VHOST"
}

@test "(env-import) a secret wrapped onto its own line is refused by line number: never printed (diff, JSON, errors) nor imported as a key" {
  dokku apps:create myapp >/dev/null
  secret="c2VjcmV0LXRva2VuLXZhbHVlLTEyMw"
  for wrapped in "$secret==" "$secret=" "c2VjcmV0-LXRva2VuLXZhbHVlLTEyMw==" "c2VjcmV0LXRva2Vu=LXZhbHVlLTEyMw"; do
    printf 'DJANGO_SECRET=\n%s\n' "$wrapped" >"$BATS_TEST_TMPDIR/in.env"
    for flags in "--dry-run" "--format json" "--dry-run --format json" ""; do
      # shellcheck disable=SC2086 # the flags are words
      run --separate-stderr dokku pegasus:env-import myapp $flags <"$BATS_TEST_TMPDIR/in.env"
      assert_failure 1
      assert_equal "$output" ""
      [[ "$stderr" == *"stdin has a problem; nothing was imported:"*"line 2: "* ]] || fail "$flags: $stderr"
      [[ "$stderr" != *"c2VjcmV0"* && "$stderr" != *"LXRva2Vu"* ]] || fail "$flags printed the secret: $stderr"
    done
  done
  assert_equal "$(dokku config:keys myapp)" "NO_VHOST"
}

@test "(env-import) a malformed file names the line and key, exits 1 and applies nothing" {
  dokku apps:create myapp >/dev/null
  run --separate-stderr dokku pegasus:env-import myapp < <(printf 'A=1\nZIP=007\nthis is junk\n')
  assert_failure 1
  assert_equal "$output" ""
  [[ "$stderr" == *"stdin has 2 problems; nothing was imported:"* ]]
  [[ "$stderr" == *"line 2, ZIP: "* ]]
  [[ "$stderr" == *"line 3: not a KEY=VALUE line"* ]]
  [[ "$stderr" != *"007"* ]]
  assert_equal "$(dokku config:keys myapp)" "NO_VHOST"
}

@test "(env-import) --dry-run says whether the import would restart the app (its release phase runs again), and restarts nothing" {
  deployed_app myapp
  before="$(fake-dokku-ctl restarts myapp)"
  run --separate-stderr dokku pegasus:env-import myapp --dry-run --format json <"$fixture"
  assert_success
  assert_equal "$(json '[d.dry_run, d.restarted, d.would_restart].join(" ")' <<<"$output")" "true false true"
  [[ "$stderr" == *"-----> Dry run: nothing was changed; the import would restart myapp once"* ]]
  run --separate-stderr dokku pegasus:env-import myapp --dry-run --no-restart --format json <"$fixture"
  assert_equal "$(json d.would_restart <<<"$output")" "false"
  [[ "$stderr" == *"the import would not restart myapp: --no-restart"* ]]
  assert_equal "$(fake-dokku-ctl restarts myapp)" "$before"
  # The real run does what the dry run said.
  run --separate-stderr dokku pegasus:env-import myapp --format json <"$fixture"
  assert_equal "$(json '[d.restarted, d.would_restart].join(" ")' <<<"$output")" "true true"
  assert_equal "$(fake-dokku-ctl restarts myapp)" "$((before + 1))"
  # Nothing left to change: the dry run says no restart would come.
  run --separate-stderr dokku pegasus:env-import myapp --dry-run --format json <"$fixture"
  assert_equal "$(json d.would_restart <<<"$output")" "false"
  [[ "$stderr" == *"the import would not restart myapp: nothing would change"* ]]
}

@test "(env-import) --no-restart writes without a restart; a FILE path works like stdin" {
  deployed_app myapp
  before="$(fake-dokku-ctl restarts myapp)"
  printf 'SECRET_KEY=abcdefgh12\nFROM_FILE=1\n' >"$BATS_TEST_TMPDIR/prod.env"
  run dokku pegasus:env-import myapp "$BATS_TEST_TMPDIR/prod.env" --no-restart
  assert_success
  assert_equal "$(fake-dokku-ctl restarts myapp)" "$before"
  run dokku config:get myapp FROM_FILE
  assert_output "1"
}

@test "(env-import) refuses another app's ENV file and a directory" {
  dokku apps:create myapp >/dev/null
  dokku apps:create other >/dev/null
  dokku config:set other OTHER_SECRET=other-apps-secret >/dev/null
  run dokku pegasus:env-import myapp "$DOKKU_LIB_ROOT/config/other/ENV"
  assert_failure 1
  assert_output --partial "inside Dokku's own directories"
  refute_output --partial "other-apps-secret"
  run dokku pegasus:env-import myapp "$BATS_TEST_TMPDIR"
  assert_failure 1
  assert_output --partial "not a regular file"
}

@test "(env-import) --replace keeps NO_VHOST and link URLs; a differing DATABASE_URL is refused" {
  deployed_app myapp
  dokku postgres:create myapp-db >/dev/null
  dokku postgres:link myapp-db myapp >/dev/null 2>&1
  dokku config:set --no-restart myapp STALE=1 >/dev/null
  run dokku pegasus:env-import myapp --replace < <(printf 'A=1\nDATABASE_URL=postgres://localhost/dev\n')
  assert_failure 1
  assert_output --partial "line 2, DATABASE_URL: is set by a service link"
  run dokku pegasus:env-import myapp --replace < <(printf 'A=1\n')
  assert_success
  run dokku config:keys myapp
  assert_line "DATABASE_URL"
  assert_line "NO_VHOST"
  assert_line "A"
  refute_line "STALE"
}

@test "(env-import) a missing app exits 20" {
  run dokku pegasus:env-import nosuchapp < <(printf 'A=1\n')
  assert_failure 20
  assert_output --partial "App nosuchapp does not exist"
}

@test "(env-import) Dokku's own keys in a file are refused, even new to the app, unless --allow-link-override" {
  dokku apps:create myapp >/dev/null
  run --separate-stderr dokku pegasus:env-import myapp < <(printf 'A=1\nGIT_REV=0123456789abcdef0123456789abcdef01234567\n')
  assert_failure 1
  [[ "$stderr" == *"line 2, GIT_REV: is Dokku's own key"* ]]
  [[ "$stderr" != *"0123456789abcdef"* ]]
  run dokku config:keys myapp
  refute_line "A"
  refute_line "GIT_REV"
  run dokku pegasus:env-import myapp --allow-link-override < <(printf 'A=1\nGIT_REV=0123456789abcdef0123456789abcdef01234567\n')
  assert_success
  assert_equal "$(dokku config:get myapp GIT_REV)" "0123456789abcdef0123456789abcdef01234567"
}

@test "(env-import) an app whose ENV file Dokku cannot parse: the error never quotes the file" {
  dokku apps:create myapp >/dev/null
  # Dokku 0.38 stores a value ending in " so that the next config:* call cannot parse the file.
  dokku config:set --no-restart myapp 'PASSWORD=hunter2-leaked"' >/dev/null
  dokku config:set --no-restart myapp 'OTHER=sk_live_quoted_secret' >/dev/null 2>&1 || true
  run --separate-stderr dokku config:export myapp --format json
  assert_failure
  [[ "$stderr" == *"hunter2-leaked"* || "$stderr" == *"sk_live_quoted_secret"* ]]
  run --separate-stderr dokku pegasus:env-import myapp < <(printf 'A=1\n')
  assert_failure 1
  [[ "$stderr" == *"dokku config:export failed"* ]]
  [[ "$stderr" != *"hunter2"* && "$output" != *"hunter2"* ]]
  [[ "$stderr" != *"sk_live_quoted_secret"* && "$output" != *"sk_live_quoted_secret"* ]]
  # The report reads the same file through config:keys.
  run --separate-stderr dokku pegasus:report myapp
  [[ "$stderr" != *"hunter2"* && "$output" != *"hunter2"* ]]
  [[ "$stderr" != *"sk_live_quoted_secret"* && "$output" != *"sk_live_quoted_secret"* ]]
}

@test "(env-import) keys named after JavaScript built-ins are ordinary keys; __proto__ in a file is refused with its line" {
  dokku apps:create myapp >/dev/null
  dokku config:set --no-restart myapp __proto__=p constructor=c >/dev/null
  run --separate-stderr dokku pegasus:env-import myapp --format json < <(printf 'constructor=new\ntoString=t\nvalueOf=v\nhasOwnProperty=h\n')
  assert_success
  assert_output '{"app":"myapp","dry_run":false,"added":["hasOwnProperty","toString","valueOf"],"changed":["constructor"],"removed":[],"unchanged":[],"restarted":false,"would_restart":false}'
  assert_equal "$(dokku config:get myapp __proto__)" "p"
  assert_equal "$(dokku config:get myapp constructor)" "new"

  run --separate-stderr dokku pegasus:env-import myapp --replace --format json < <(printf 'toString=t\n')
  assert_success
  assert_output '{"app":"myapp","dry_run":false,"added":[],"changed":[],"removed":["__proto__","constructor","hasOwnProperty","valueOf"],"unchanged":["toString"],"restarted":false,"would_restart":false}'
  run dokku config:keys myapp
  assert_output "$(printf 'NO_VHOST\ntoString')"

  run --separate-stderr dokku pegasus:env-import myapp < <(printf 'A=1\n__proto__=x\n')
  assert_failure 1
  [[ "$stderr" == *"line 2, __proto__: __proto__ is the one key dotenv cannot read (it drops the line); rename it"* ]]
  run dokku config:keys myapp
  refute_line "A"
}

@test "(env-import) an open stdin pipe with nothing in it: stderr (never stdout) says what it waits for, then it reads on" {
  dokku apps:create myapp >/dev/null
  mkfifo "$BATS_TEST_TMPDIR/stdin"
  dokku pegasus:env-import myapp <"$BATS_TEST_TMPDIR/stdin" >"$BATS_TEST_TMPDIR/out" 2>"$BATS_TEST_TMPDIR/err" &
  importer=$!
  # The test holds the pipe open and silent until the hint is there, however slow the machine.
  exec {feed}>"$BATS_TEST_TMPDIR/stdin"
  for _ in $(seq 1200); do grep -q "Ctrl-D" "$BATS_TEST_TMPDIR/err" && break; sleep 0.05; done
  run cat "$BATS_TEST_TMPDIR/err"
  assert_output "-----> Reading the .env from stdin: end it with Ctrl-D, or pass the file: ssh dokku@host pegasus:env-import <app> < .env"
  printf 'FROM_PIPE=1\n' >&"$feed"
  exec {feed}>&-
  wait "$importer"
  assert_equal "$(dokku config:get myapp FROM_PIPE)" "1"
  run grep -c "Ctrl-D" "$BATS_TEST_TMPDIR/out"
  assert_output "0"

  run --separate-stderr dokku pegasus:env-import myapp < <(printf 'QUICK=1\n')
  assert_success
  [[ "$stderr" != *"Ctrl-D"* && "$output" != *"Ctrl-D"* ]]
}

@test "(env-import) FILE opens what cat opens (dir-symlink/../x.env); /dev/zero and an empty FILE are refused clearly" {
  dokku apps:create myapp >/dev/null
  mkdir -p "$BATS_TEST_TMPDIR/real/sub"
  ln -s "$BATS_TEST_TMPDIR/real/sub" "$BATS_TEST_TMPDIR/link"
  printf 'WHAT_CAT_READS=1\n' >"$BATS_TEST_TMPDIR/real/x.env"
  printf 'TEXTUAL_DECOY=1\n' >"$BATS_TEST_TMPDIR/x.env"
  run cat "$BATS_TEST_TMPDIR/link/../x.env"
  assert_output "WHAT_CAT_READS=1"
  run dokku pegasus:env-import myapp "$BATS_TEST_TMPDIR/link/../x.env"
  assert_success
  run dokku config:keys myapp
  assert_line "WHAT_CAT_READS"
  refute_line "TEXTUAL_DECOY"

  run dokku pegasus:env-import myapp /dev/zero
  assert_failure 1
  assert_output --partial "Refusing /dev/zero: not a regular file"
  run dokku pegasus:env-import myapp ""
  assert_failure 1
  assert_output --partial "The FILE argument is empty. Give a path on the server, or - (or nothing) to read the .env from stdin"
  refute_output --partial "Refusing :"
}

@test "(env-import) two concurrent imports of one app: the second waits for the first, both succeed, the result is one after the other" {
  dokku apps:create myapp >/dev/null
  dokku config:set --no-restart myapp OLD=1 >/dev/null
  printf 'FROM_A=1\nSHARED=a\n' >"$BATS_TEST_TMPDIR/a.env"
  printf 'FROM_B=1\nSHARED=b\n' >"$BATS_TEST_TMPDIR/b.env"
  # The first run's write holds until the second has answered that it waits, so without the lock
  # both runs would read the config before either wrote, on any machine load.
  touch "$BATS_TEST_TMPDIR/hold"
  fake-dokku-ctl fail config:import --hold-while "$BATS_TEST_TMPDIR/hold"
  dokku pegasus:env-import myapp --replace <"$BATS_TEST_TMPDIR/a.env" >"$BATS_TEST_TMPDIR/a.out" 2>&1 &
  first=$!
  for _ in $(seq 1200); do [[ -e "$DOKKU_ROOT/myapp/.pegasus-config.lock" ]] && break; sleep 0.05; done
  dokku pegasus:env-import myapp --replace <"$BATS_TEST_TMPDIR/b.env" >"$BATS_TEST_TMPDIR/b.out" 2>&1 &
  second=$!
  for _ in $(seq 1200); do grep -q "is running; waiting" "$BATS_TEST_TMPDIR/b.out" && break; sleep 0.05; done
  rm "$BATS_TEST_TMPDIR/hold"
  status_a=0 status_b=0
  wait "$first" || status_a=$?
  wait "$second" || status_b=$?
  cat "$BATS_TEST_TMPDIR/a.out" "$BATS_TEST_TMPDIR/b.out"
  assert_equal "$status_a $status_b" "0 0"
  run cat "$BATS_TEST_TMPDIR/a.out" "$BATS_TEST_TMPDIR/b.out"
  refute_output --partial "did not store"
  assert_equal "$(grep -l "Another config change of myapp is running; waiting" "$BATS_TEST_TMPDIR"/[ab].out)" "$BATS_TEST_TMPDIR/b.out"
  # --replace, one after the other: the later run removed the earlier one's key (and OLD).
  keys="$(dokku config:keys myapp | tr '\n' ' ')"
  shared="$(dokku config:get myapp SHARED)"
  assert_equal "$keys $shared" "FROM_B NO_VHOST SHARED  b"
  # Released by both; nothing of ours is left in the plugin's data for this app.
  [[ ! -e "$DOKKU_ROOT/myapp/.pegasus-config.lock" && ! -e "$DOKKU_LIB_ROOT/data/pegasus/myapp" ]]
}

@test "(env-import) a full disk where the config lock goes names that directory and keeps no scratch file; a killed run's scratch is removed" {
  dokku apps:create myapp >/dev/null
  printf 'A=1\n' >"$BATS_TEST_TMPDIR/a.env"
  mount -t tmpfs -o size=1m tmpfs "$DOKKU_ROOT/myapp" 2>/dev/null || skip "cannot mount a tmpfs here"
  MOUNTED="$DOKKU_ROOT/myapp"
  head -c 2M /dev/zero >"$DOKKU_ROOT/myapp/filler" 2>/dev/null || true
  run dokku pegasus:env-import myapp --no-restart "$BATS_TEST_TMPDIR/a.env"
  assert_failure 1
  assert_output --partial "No space left on the disk holding $DOKKU_ROOT/myapp: writing the lock .pegasus-config.lock failed (ENOSPC)"
  refute_output --partial "data/pegasus"
  assert_equal "$(ls -A "$DOKKU_ROOT/myapp")" "filler"

  rm "$DOKKU_ROOT/myapp/filler"
  # What a run killed between writing its lock's staging copy and linking it leaves.
  printf '{}' >"$DOKKU_ROOT/myapp/.pegasus-config.lock.4194321.1764140000000.tmp"
  run dokku pegasus:env-import myapp --no-restart "$BATS_TEST_TMPDIR/a.env"
  assert_success
  assert_output --partial "Removed $DOKKU_ROOT/myapp/.pegasus-config.lock.4194321.1764140000000.tmp: a scratch file of the config lock whose process is gone"
  assert_equal "$(ls -A "$DOKKU_ROOT/myapp")" ""
}

@test "(env-import) a full disk under the app's ENV (Dokku's own write): the directory Dokku names, how much is needed, exit 1, no restart" {
  dokku apps:create myapp >/dev/null
  dokku config:set --no-restart myapp OLD=1 >/dev/null
  config_dir="$DOKKU_LIB_ROOT/config/myapp"
  cp -a "$config_dir" "$BATS_TEST_TMPDIR/config-copy"
  mount -t tmpfs -o size=100k tmpfs "$config_dir" 2>/dev/null || skip "cannot mount a tmpfs here"
  MOUNTED="$config_dir"
  cp -a "$BATS_TEST_TMPDIR/config-copy/." "$config_dir/"
  head -c 200k /dev/zero >"$config_dir/filler" 2>/dev/null || true
  node -e 'for (let i = 0; i < 50; i++) console.log(`K${i}=` + "x".repeat(3000))' >"$BATS_TEST_TMPDIR/big.env"
  run dokku pegasus:env-import myapp "$BATS_TEST_TMPDIR/big.env"
  assert_failure 1
  assert_output --regexp " !     No space left on the disk holding $config_dir: writing the config of myapp \(dokku config:import\) failed \(ENOSPC\)\. [0-9.]+ [KM]?B free there, [0-9.]+ KB needed \(the new values, at least\)\."
  assert_output --partial "Dokku may have written part of the config: check it with \`dokku config:keys myapp\`; myapp was not restarted."
  refute_output --partial "internal error"
  refute_output --partial "xxxx"
}

@test "(env-import) Dokku's config directory moved to another disk behind a symlink: another app's ENV is still refused" {
  dokku apps:create myapp >/dev/null
  dokku apps:create other >/dev/null
  dokku config:set --no-restart other OTHER_SECRET=hunter2hunter2 >/dev/null
  # As an operator moving /var/lib/dokku/config to a bigger disk does (and Dokku's Docker image, into its volume).
  mkdir -p "$BATS_TEST_TMPDIR/bigdisk"
  mv "$DOKKU_LIB_ROOT/config" "$BATS_TEST_TMPDIR/bigdisk/config"
  ln -s "$BATS_TEST_TMPDIR/bigdisk/config" "$DOKKU_LIB_ROOT/config"
  run dokku pegasus:env-import myapp --allow-link-override "$DOKKU_LIB_ROOT/config/other/ENV"
  assert_failure 1
  assert_output --partial "Refusing $DOKKU_LIB_ROOT/config/other/ENV: it is inside Dokku's own directories"
  run dokku config:keys myapp
  refute_line "OTHER_SECRET"
}

@test "(env-import) an app whose config already holds a value Dokku 0.38 would break the ENV file with on its next write: refused, nothing written, the file stays readable" {
  dokku apps:create myapp >/dev/null
  # Dokku 0.38 stores x" so that it reads back as x\ ; the next write of any key then stores a
  # value ending in a backslash, which makes the ENV file unreadable for every config command.
  dokku config:set --no-restart myapp 'PASSWORD=hunter2-leaked"' >/dev/null
  dokku config:export myapp --format json >/dev/null
  run --separate-stderr dokku pegasus:env-import myapp < <(printf 'A=1\n')
  assert_failure 1
  [[ "$stderr" == *"PASSWORD"* ]]
  [[ "$stderr" != *"hunter2"* && "$output" != *"hunter2"* ]]
  # Nothing was written: the ENV file is still readable, A is not there.
  run --separate-stderr dokku config:export myapp --format json
  assert_success
  [[ "$output" != *'"A"'* ]]
}
