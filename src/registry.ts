import type { Subcommand, Trigger } from "./core/command.js";

/**
 * The registry names every command and trigger and loads its module only when it runs
 * (`load`), so a start parses the one module it needs: no command pays for another's
 * dependencies. The bundle is split on these `import()` calls (build.ts).
 *
 * To add one: `{ name: "x", load: async () => (await import("./subcommands/x.js")).x }`, with
 * `name` equal to the module's own `name` (a unit test checks it).
 */
export interface Lazy<T> {
  name: string;
  load: () => Promise<T>;
  /** Takes, uploads, downloads or restores a backup: starts with a small young generation (io/young-generation.ts). */
  streamsBackups?: true;
}

/** Every `dokku pegasus:<name>` implemented in Node, in the order help lists them. */
export const subcommands: readonly Lazy<Subcommand>[] = [
  { name: "setup", load: async () => (await import("./subcommands/setup.js")).setup },
  { name: "env-import", load: async () => (await import("./subcommands/env-import.js")).envImport },
  { name: "backup-deploy", load: async () => (await import("./subcommands/backup-deploy.js")).backupDeploy, streamsBackups: true },
  { name: "backups", load: async () => (await import("./subcommands/backups.js")).backups },
  { name: "backup-download", load: async () => (await import("./subcommands/backup-download.js")).backupDownload, streamsBackups: true },
  { name: "backup-schedule", load: async () => (await import("./subcommands/backup-schedule.js")).backupSchedule },
  { name: "backup-unschedule", load: async () => (await import("./subcommands/backup-unschedule.js")).backupUnschedule },
  { name: "restore", load: async () => (await import("./subcommands/restore.js")).restore, streamsBackups: true },
  { name: "offsite-auth", load: async () => (await import("./subcommands/offsite-auth.js")).offsiteAuth },
  { name: "offsite-push", load: async () => (await import("./subcommands/offsite-push.js")).offsitePush, streamsBackups: true },
  { name: "rollback", load: async () => (await import("./subcommands/rollback.js")).rollback, streamsBackups: true },
  { name: "releases", load: async () => (await import("./subcommands/releases.js")).releases },
  { name: "set", load: async () => (await import("./subcommands/set.js")).set },
  { name: "report", load: async () => (await import("./subcommands/report.js")).report },
];

/** Every trigger implemented in Node (install, update, uninstall and dependencies are bash). */
export const triggers: readonly Lazy<Trigger>[] = [
  { name: "post-delete", load: async () => (await import("./triggers/post-delete.js")).postDelete },
  { name: "post-app-rename-setup", load: async () => (await import("./triggers/post-app-rename-setup.js")).postAppRenameSetup },
  { name: "post-app-clone-setup", load: async () => (await import("./triggers/post-app-clone-setup.js")).postAppCloneSetup },
  { name: "cron-entries", load: async () => (await import("./triggers/cron-entries.js")).cronEntries },
  { name: "post-build", load: async () => (await import("./triggers/post-build.js")).postBuild, streamsBackups: true },
  { name: "pre-release-builder", load: async () => (await import("./triggers/pre-release-builder.js")).preReleaseBuilder, streamsBackups: true },
  { name: "post-deploy", load: async () => (await import("./triggers/post-deploy.js")).postDeploy },
  { name: "report", load: async () => (await import("./triggers/report.js")).report },
];

export function findSubcommand(name: string): Lazy<Subcommand> | undefined {
  return subcommands.find((subcommand) => subcommand.name === name);
}

export function findTrigger(name: string): Lazy<Trigger> | undefined {
  return triggers.find((trigger) => trigger.name === name);
}

/** Every command's module (build time and tests: help is rendered from all of them). */
export function loadSubcommands(): Promise<Subcommand[]> {
  return Promise.all(subcommands.map((entry) => entry.load()));
}
