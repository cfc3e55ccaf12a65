// <define:PEGASUS_COMMANDS>
var define_PEGASUS_COMMANDS_default = { subcommand: ["setup", "env-import", "backup-deploy", "backups", "backup-download", "backup-schedule", "backup-unschedule", "restore", "offsite-auth", "offsite-push", "rollback", "releases", "set", "report"], trigger: ["post-delete", "post-app-rename-setup", "post-app-clone-setup", "cron-entries", "post-build", "pre-release-builder", "post-deploy", "report"] };

// src/plugin.ts
var PLUGIN_PREFIX = "pegasus:";
var [kind, name] = process.argv.slice(2);
if (kind === "subcommand" && name) {
  const subcommand = name.startsWith(PLUGIN_PREFIX) ? name.slice(PLUGIN_PREFIX.length) : name;
  if (define_PEGASUS_COMMANDS_default.subcommand.includes(subcommand)) {
    await import(new URL(`./subcommand/${subcommand}.mjs`, import.meta.url).href);
  } else {
    fail(`\`${name}\` is not a dokku command. See \`dokku pegasus:help\``);
  }
} else if (kind === "trigger" && name) {
  if (define_PEGASUS_COMMANDS_default.trigger.includes(name)) await import(new URL(`./trigger/${name}.mjs`, import.meta.url).href);
} else {
  fail("Usage: plugin.mjs subcommand <pegasus:name> [args] | trigger <name> [args]");
}
function fail(message) {
  process.stderr.write(` !     ${message}
`);
  process.exitCode = 1;
}
