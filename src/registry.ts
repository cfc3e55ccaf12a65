import type { Subcommand, Trigger } from "./core/command.js";
import { backupDeploy } from "./subcommands/backup-deploy.js";
import { backupSchedule } from "./subcommands/backup-schedule.js";
import { backupUnschedule } from "./subcommands/backup-unschedule.js";
import { backups } from "./subcommands/backups.js";
import { envImport } from "./subcommands/env-import.js";
import { offsiteAuth } from "./subcommands/offsite-auth.js";
import { offsitePush } from "./subcommands/offsite-push.js";
import { releases } from "./subcommands/releases.js";
import { report } from "./subcommands/report.js";
import { restore } from "./subcommands/restore.js";
import { rollback } from "./subcommands/rollback.js";
import { set } from "./subcommands/set.js";
import { setup } from "./subcommands/setup.js";
import { postAppCloneSetup } from "./triggers/post-app-clone-setup.js";
import { postAppRenameSetup } from "./triggers/post-app-rename-setup.js";
import { postDelete } from "./triggers/post-delete.js";
import { postBuild } from "./triggers/post-build.js";
import { postDeploy } from "./triggers/post-deploy.js";
import { preReleaseBuilder } from "./triggers/pre-release-builder.js";
import { cronEntries } from "./triggers/cron-entries.js";
import { report as reportTrigger } from "./triggers/report.js";

/** Every `dokku pegasus:<name>` implemented in Node, in the order help lists them. */
export const subcommands: readonly Subcommand[] = [
  setup,
  envImport,
  backupDeploy,
  backups,
  backupSchedule,
  backupUnschedule,
  restore,
  offsiteAuth,
  offsitePush,
  rollback,
  releases,
  set,
  report,
];

/** Every trigger implemented in Node (install, update, uninstall and dependencies are bash). */
export const triggers: readonly Trigger[] = [
  postDelete,
  postAppRenameSetup,
  postAppCloneSetup,
  cronEntries,
  postBuild,
  preReleaseBuilder,
  postDeploy,
  reportTrigger,
];

export function findSubcommand(name: string): Subcommand | undefined {
  return subcommands.find((subcommand) => subcommand.name === name);
}

export function findTrigger(name: string): Trigger | undefined {
  return triggers.find((trigger) => trigger.name === name);
}
