#!/usr/bin/env bats
# The plugin as Dokku sees it: install from a git clone, help, dispatch, root triggers, shims.

setup() {
  load test_helper
  sandbox_setup
}

teardown() {
  sandbox_teardown
}

# A git repository holding exactly what `git clone` of this checkout would hold once the
# current work is committed (tracked and untracked-but-not-ignored files, modes preserved).
make_clone_source() {
  local source="$BATS_TEST_TMPDIR/source"
  mkdir -p "$source"
  (cd "$REPO_ROOT" && git ls-files -co --exclude-standard -z | xargs -0 cp -a --parents -t "$source")
  git -C "$source" init -q -b main
  git -C "$source" add -A
  git -C "$source" commit -q -m snapshot
  echo "$source"
}

# A PATH whose `node` records that it was started and then fails, to prove bash paths never start Node.
node_tripwire() {
  local bin="$BATS_TEST_TMPDIR/tripwire"
  mkdir -p "$bin"
  printf '#!/usr/bin/env bash\necho started >>"%s/node-started"\nexit 99\n' "$bin" >"$bin/node"
  chmod +x "$bin/node"
  echo "$bin"
}

# A PATH whose `node` reports the given version, as the install trigger asks it.
node_version_stub() {
  local bin="$BATS_TEST_TMPDIR/node-$1"
  mkdir -p "$bin"
  printf '#!/usr/bin/env bash\necho %s\n' "$1" >"$bin/node"
  chmod +x "$bin/node"
  echo "$bin"
}

@test "(plugin:install) a git clone installs as pegasus, runs our install trigger and answers help" {
  rm -rf "$PLUGIN_ENABLED_PATH/pegasus" "$PLUGIN_AVAILABLE_PATH/pegasus"
  source_repo="$(make_clone_source)"

  run dokku plugin:install "file://$source_repo" --name pegasus
  assert_success
  assert [ -f "$PLUGIN_AVAILABLE_PATH/pegasus/dist/plugin.cjs" ]
  assert [ -L "$PLUGIN_ENABLED_PATH/pegasus" ]
  assert [ -d "$DOKKU_LIB_ROOT/data/pegasus" ]
  run stat -c %a "$DOKKU_LIB_ROOT/data/pegasus"
  assert_output "700"

  run dokku help
  assert_success
  assert_output --partial "pegasus"

  run dokku help --all
  assert_success
  assert_output --partial "pegasus:set"
  assert_output --partial "pegasus:help"

  run dokku pegasus:help
  assert_success
  assert_line --index 0 "Usage: dokku pegasus[:COMMAND]"
  assert_output --partial "pegasus:set <app>|--global <key> [<value>]"

  run dokku pegasus
  assert_success
  assert_line --index 0 "Usage: dokku pegasus[:COMMAND]"
}

@test "(plugin:install) every runnable file arrives executable from git" {
  run bash -c "cd '$REPO_ROOT' && git ls-files -s -- commands install update dependencies uninstall subcommands 'post-*' 'pre-*' report cron-entries | awk '\$1 != \"100755\" {print \$4}'"
  assert_success
  assert_output ""
  for file in "$REPO_ROOT"/commands "$REPO_ROOT"/install "$REPO_ROOT"/update "$REPO_ROOT"/dependencies "$REPO_ROOT"/uninstall "$REPO_ROOT"/subcommands/*; do
    assert [ -x "$file" ]
  done
}

@test "(commands) exits 10 for every other command without starting Node" {
  tripwire="$(node_tripwire)"
  for command in apps:list config:set postgres:create pegasus:setupx ""; do
    PATH="$tripwire:$PATH" run "$REPO_ROOT/commands" "$command"
    assert_failure 10
  done
  PATH="$tripwire:$PATH" run "$REPO_ROOT/commands" help
  assert_success
  PATH="$tripwire:$PATH" run "$REPO_ROOT/commands" pegasus:help
  assert_success
  assert [ ! -e "$tripwire/node-started" ]
}

@test "(commands) dokku pegasus:help reaches the commands loop and prints the usage built from the registry" {
  run dokku pegasus:help
  assert_success
  assert_output "$(cat "$REPO_ROOT/dist/usage.txt")"
}

@test "(layout) no file or folder but the root one is named commands" {
  run bash -c "cd '$REPO_ROOT' && git ls-files -co --exclude-standard | grep -E '(^|/)commands(/|$)'"
  assert_output "commands"
}

@test "(layout) every file Dokku executes starts #!/bin/bash" {
  # Dokku and plugn execute the file: /usr/bin/env would be one more program to start (and a
  # search of PATH) before bash, on every command and every trigger plugn runs.
  run bash -c "cd '$REPO_ROOT' && git ls-files -s | awk '\$1 == \"100755\" { print \$4 }' | grep -vE '^(test|bench|\.ci)/'"
  assert_success
  [[ "$(wc -l <<<"$output")" -ge 25 ]]
  for file in $output; do
    run sed -n 1p "$REPO_ROOT/$file"
    assert_output "#!/bin/bash"
  done
}

@test "(layout) subcommand and trigger shims are three dumb lines" {
  for shim in "$REPO_ROOT"/subcommands/* "$REPO_ROOT"/post-* "$REPO_ROOT"/pre-* "$REPO_ROOT"/cron-entries "$REPO_ROOT"/report; do
    [[ -e "$shim" ]] || continue
    [[ "$(basename "$shim")" == default ]] && continue
    run wc -l <"$shim"
    assert_output "3"
    # --no-global-search-paths: Node would otherwise work out $HOME/.node_modules, NODE_PATH and
    # the like at every start, and nothing of ours is found there (everything is in dist/).
    # --preserve-symlinks-main: Node would otherwise lstat every directory above plugin.cjs to
    # find its real path, which nothing of ours uses (everything is found from __dirname).
    run sed -n 3p "$shim"
    assert_output --regexp '^exec node --no-global-search-paths --preserve-symlinks-main "\$PLUGIN_AVAILABLE_PATH/pegasus/dist/plugin\.cjs" (subcommand|trigger [a-z-]+) "\$@"$'
  done
}

@test "(install) warns but exits 0 when Node is missing or too old" {
  bare="$BATS_TEST_TMPDIR/bare-bin"
  mkdir -p "$bare"
  for tool in mkdir chmod chown id; do ln -s "$(command -v "$tool")" "$bare/$tool"; done
  run env PATH="$bare" DOKKU_LIB_ROOT="$DOKKU_LIB_ROOT" /bin/bash "$REPO_ROOT/install"
  assert_success
  assert_output --partial "Node.js was not found"
  assert_output --partial "plugin:install-dependencies"

  old="$(node_version_stub 12.22.9)"
  run env PATH="$old:/usr/bin:/bin" DOKKU_LIB_ROOT="$DOKKU_LIB_ROOT" /bin/bash "$REPO_ROOT/install"
  assert_success
  assert_output --partial "Node.js 12.22.9 is too old"

  ok="$(node_version_stub 18.19.1)"
  run env PATH="$ok:/usr/bin:/bin" DOKKU_LIB_ROOT="$DOKKU_LIB_ROOT" /bin/bash "$REPO_ROOT/install"
  assert_success
  assert_output ""
}

@test "(dependencies) explains how to get Node 18+ when the distribution's is too old" {
  old="$(node_version_stub 12.22.9)"
  printf '#!/usr/bin/env bash\nprintf "nodejs:\\n  Installed: 12.22.9\\n  Candidate: 12.22.9~dfsg-1ubuntu3.6\\n"\n' >"$old/apt-cache"
  printf '#!/usr/bin/env bash\necho "apt-get must not run" >&2; exit 3\n' >"$old/apt-get"
  chmod +x "$old/apt-cache" "$old/apt-get"
  run env PATH="$old:/usr/bin:/bin" /bin/bash "$REPO_ROOT/dependencies"
  assert_failure 1
  assert_output --partial "pegasus needs Node.js 18.19 or newer; this distribution offers 12.22.9"
  assert_output --partial "NodeSource"

  ok="$(node_version_stub 20.19.2)"
  run env PATH="$ok:/usr/bin:/bin" /bin/bash "$REPO_ROOT/dependencies"
  assert_success
  assert_output --partial "Node.js 20.19.2 is installed"
}

@test "(uninstall) acts only for pegasus, removes settings and keeps backups" {
  dokku apps:create web
  dokku pegasus:set web backup-keep 3
  mkdir -p "$DOKKU_LIB_ROOT/data/pegasus/web/backups"
  touch "$DOKKU_LIB_ROOT/data/pegasus/.offsite-credentials.env" "$DOKKU_LIB_ROOT/data/pegasus/web/offsite-credentials.env"

  run "$REPO_ROOT/uninstall" postgres
  assert_success
  assert_output ""
  assert [ -f "$DOKKU_LIB_ROOT/config/pegasus/web/backup-keep" ]

  run "$REPO_ROOT/uninstall" pegasus
  assert_success
  assert_output --partial "backups and release history are kept in $DOKKU_LIB_ROOT/data/pegasus"
  assert [ ! -d "$DOKKU_LIB_ROOT/config/pegasus" ]
  assert [ -d "$DOKKU_LIB_ROOT/data/pegasus/web/backups" ]
  # Off-site credentials are settings: they never outlive the plugin.
  assert [ ! -e "$DOKKU_LIB_ROOT/data/pegasus/.offsite-credentials.env" ]
  assert [ ! -e "$DOKKU_LIB_ROOT/data/pegasus/web/offsite-credentials.env" ]
}

@test "(dispatch) a user error prints Dokku's ' !     ' line on stderr and exits 1; a missing app exits 20" {
  run --separate-stderr dokku pegasus:set web --no-such-flag
  assert_failure 1
  assert_output ""
  # bats trims the leading space of $stderr; the rest is Dokku's ` !     ` prefix
  assert_equal "${stderr# }" "!     Unknown option '--no-such-flag'
 !     See \`dokku pegasus:set --help\` for its usage"

  run --separate-stderr dokku pegasus:set web backup-keep 3
  assert_failure 20
  assert_equal "${stderr# }" "!     App web does not exist"
}

@test "(dispatch) dokku --app web pegasus:set takes the app from --app, as parse_args exports it" {
  dokku apps:create web
  run dokku --app web pegasus:set backup-keep 4
  assert_success
  assert_output "=====> Setting backup-keep to 4"
  run cat "$DOKKU_LIB_ROOT/config/pegasus/web/backup-keep"
  assert_output "4"
}

@test "(dispatch) commander parses: its suggestion, a dash value as a value, Dokku's global flags" {
  run --separate-stderr dokku pegasus:setup shop --dyr-run
  assert_failure 1
  assert_equal "${stderr# }" "!     Unknown option '--dyr-run'
 !     (Did you mean --dry-run?)
 !     See \`dokku pegasus:setup --help\` for its usage"

  dokku apps:create web
  run --separate-stderr dokku pegasus:set web backup-keep -1
  assert_failure 1
  assert_equal "${stderr# }" '!     backup-keep must be a whole number from 0 to 99999, got "-1"'

  # parse_args leaves --quiet, --trace and --app in a community plugin's argv.
  run dokku pegasus:set web backup-keep 6 --quiet --trace
  assert_success
  run dokku pegasus:set backup-keep 7 --app web
  assert_success
  run cat "$DOKKU_LIB_ROOT/config/pegasus/web/backup-keep"
  assert_output "7"
}

@test "(dispatch) --help is commander's help of the command, the same text pegasus:help prints" {
  for command in setup env-import set report backup-schedule; do
    run --separate-stderr dokku "pegasus:$command" --help
    assert_success
    assert_equal "$stderr" ""
    assert_line --index 0 --regexp "^Usage: dokku pegasus:$command "
    [[ "$(cat "$REPO_ROOT/dist/usage.txt")" == *"$output"* ]] || fail "pegasus:$command --help is not in dist/usage.txt"
  done
}

@test "(post-delete) apps:destroy keeps the backups aside and pegasus:backups <old-app> lists them" {
  fake_plugins postgres
  dokku apps:create web
  dokku postgres:create web-db
  dokku postgres:link web-db web
  run dokku pegasus:backup-deploy web
  assert_success

  run dokku --force apps:destroy web
  assert_success
  assert_output --partial "pegasus: kept the backups of web in $DOKKU_LIB_ROOT/data/pegasus/.deleted/web/"

  run --separate-stderr dokku pegasus:backups web --format json
  assert_success
  run node -e 'const r = JSON.parse(process.argv[1]); if (r.length !== 1 || !r[0].verified) process.exit(1)' "$output"
  assert_success

  run dokku pegasus:backups web
  assert_success
  assert_output --partial "App web does not exist; these are the backups kept when it was destroyed."
  assert_output --partial "rm -rf $DOKKU_LIB_ROOT/data/pegasus/.deleted/web/"

  run dokku pegasus:backups never-existed
  assert_failure 20
}
