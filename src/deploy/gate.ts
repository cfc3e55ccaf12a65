import type { Context } from "../context.js";
import { normalizeRev, shortRev } from "../backup/id.js";
import {
  buildMarkerIsForRun,
  decideGate,
  earlyPass,
  pendingIsForBuild,
  rollbackMarkerApplies,
  type BuildIdentity,
  type GateTrigger,
  type PendingDeploy,
} from "../core/deploy-gate.js";
import { settingFallback } from "../core/settings.js";
import { exportConfig } from "../dokku/config.js";
import { databaseUrlHost, isPostgresServiceHost, linkedPostgresHosts } from "../dokku/postgres.js";
import { UserError } from "../errors.js";
import { takeBackup } from "../backup/take.js";
import { describeInterruptedRestore, isHalfRestored, readRestoreJournal, restoreJournalPath } from "../backup/restore-journal.js";
import { backupPaths } from "../backup/store.js";
import { OffsiteFailure } from "../backup/offsite/after-backup.js";
import { offsiteRequired } from "../backup/offsite/state.js";
import { liveRevOf, releasesOrWarn } from "./live-rev.js";
import {
  clearBuildMarker,
  clearPendingDeploy,
  clearRollbackMarker,
  readBuildMarker,
  readPendingDeploy,
  readRollbackMarker,
  writeBuildMarker,
  writePendingDeploy,
} from "../io/deploy-state.js";
import type { DokkuPaths } from "../paths.js";
import { PropertyStore } from "../io/properties.js";

export interface GateRun {
  trigger: GateTrigger;
  app: string;
  hasPredeploy: boolean;
}

/**
 * The deploy backup gate shared by `pre-release-builder` and `post-build`. Returns normally to
 * let the deploy go on; throws a UserError (non-zero exit, so Dokku aborts the deploy before
 * any migration) when the backup it had to take failed.
 */
export async function runDeployGate(run: GateRun, context: Context): Promise<void> {
  const { app } = run;
  const { log, paths, env } = context;
  const buildSource = env.DOKKU_BUILD_SOURCE || undefined;
  const buildId = env.DOKKU_BUILD_ID || undefined;
  const build = buildIdentity(env);
  const now = context.now();
  // Before Dokku 0.38 a restart runs the release phase like a deploy, and GIT_REV cannot tell
  // them apart after a failed deploy; whether post-build ran in this same dokku run can.
  let builtInThisRun: boolean | undefined;
  if (build.dokkuPid) {
    if (run.trigger === "post-build") {
      await writeBuildMarker(paths, app, { dokku_pid: build.dokkuPid, created_at: now.toISOString() });
      builtInThisRun = true;
    } else {
      builtInThisRun = buildMarkerIsForRun(await readBuildMarker(paths, app), build.dokkuPid, now);
      if (!builtInThisRun) {
        // What a failed deploy left: never this run's, so nothing may read it as such.
        await forgetUnfinishedBuild(paths, app);
        log.info1("Pegasus deploy backup skipped: no build ran in this dokku run (a restart): no backup needed");
        return;
      }
    }
  }
  const early = earlyPass({ trigger: run.trigger, buildSource, hasPredeploy: run.hasPredeploy });
  if (early?.action === "pass") {
    // One line and no Dokku call: a restart must never wait on (or fail because of) a backup.
    if (run.trigger === "pre-release-builder") log.info1(`Pegasus deploy backup skipped: ${early.reason}`);
    return;
  }

  const properties = new PropertyStore(paths.propertiesDir);
  const config = await exportConfig(context.dokku, app);
  const deployingRev = normalizeRev(config.GIT_REV);
  const pending = await readPendingDeploy(paths, app);
  const marker = await readRollbackMarker(paths, app);
  // Before Dokku 0.38 (no build source) a restart also comes here: the last release tells it.
  const releases = await releasesOrWarn(app, context);
  const lastReleaseRev = buildSource === undefined ? releases[0]?.rev : undefined;
  const decision = decideGate({
    trigger: run.trigger,
    buildSource,
    hasPredeploy: run.hasPredeploy,
    builtInThisRun,
    alreadyTakenForBuild: pendingIsForBuild(pending, build, deployingRev, now),
    rollback: rollbackMarkerApplies(marker, deployingRev, now),
    backupOnDeploy: (await properties.computed(app, "backup-on-deploy", settingFallback("backup-on-deploy"))) !== "false",
    skipNext: (await properties.get(app, "backup-skip-next")) === "true",
    hasPostgres: Boolean(await properties.get(app, "postgres-service")) || hasPostgresDatabase(config),
    deployingRev,
    lastReleaseRev,
  });
  if (decision.action === "pass" && decision.noNewCode) {
    // Like the early pass: a restart notes nothing, so post-deploy records no release for it.
    if (run.trigger === "pre-release-builder") log.info1(`Pegasus deploy backup skipped: ${decision.reason}`);
    return;
  }

  if (decision.action === "pass" && pending && pendingIsForBuild(pending, build, deployingRev, now)) {
    log.info1(
      pending.backup_id
        ? `Pegasus deploy backup ${pending.backup_id} already taken for this build`
        : `Pegasus deploy backup skipped for this build: ${pending.reason}`,
    );
    return;
  }

  await refuseOverHalfRestore(app, context);
  const liveRev = await liveRevOf(app, context, releases);
  const record = (backupId: string | null, reason: string, restored?: string): PendingDeploy => ({
    ...(buildId ? { build_id: buildId } : {}),
    ...(build.dokkuPid ? { dokku_pid: build.dokkuPid } : {}),
    backup_id: backupId,
    ...(restored ? { restored_backup_id: restored } : {}),
    live_rev: liveRev,
    deploying_rev: deployingRev,
    created_at: now.toISOString(),
    reason,
  });

  if (decision.action === "pass") {
    if (decision.consumeSkipNext) {
      await properties.delete(app, "backup-skip-next");
      log.warn(`NO BACKUP for this deploy of ${app}: backup-skip-next was set, and is now unset (it applies once)`);
      log.warn(`Migrations of ${shortRev(deployingRev)} run against data that no pegasus backup holds`);
    } else if (decision.consumeRollback && marker) {
      await clearRollbackMarker(paths, app);
      log.info1(`Pegasus deploy backup skipped: rollback to ${shortRev(deployingRev)}, data just restored from ${marker.backup_id}`);
    } else {
      log.info1(`Pegasus deploy backup skipped: ${decision.reason}`);
    }
    await writePendingDeploy(paths, app, record(null, decision.reason, decision.consumeRollback ? marker?.backup_id : undefined));
    return;
  }

  log.info1(`Pegasus deploy backup of ${app} before its migrations (live ${shortRev(liveRev)}, deploying ${shortRev(deployingRev)})`);
  let backupId: string;
  try {
    const taken = await takeBackup(app, "deploy", context, {
      config,
      liveRev,
      deployingRev,
      // A big database takes minutes; a line every few seconds shows the deploy is alive.
      progress: context.stderr,
      progressIntervalMs: 5000,
      // A scheduled (or manual) backup may be running: wait for it, then take this one.
      lockWaitMs: (await backupLockWaitSeconds(app, properties, context)) * 1000,
    });
    backupId = taken.id;
  } catch (error) {
    if (error instanceof OffsiteFailure && !(await offsiteRequired(context, app))) {
      // The local backup protects this deploy; the missing off-site copy is reported, not fatal.
      log.warn(`${error.message}\nThe deploy goes on (set offsite-required true to stop deploys instead).`);
      backupId = error.record.id;
      await writePendingDeploy(paths, app, record(backupId, "deploy backup taken"));
      return;
    }
    const why = error instanceof Error ? error.message : String(error);
    throw new UserError(
      [
        `Deploy of ${app} stopped: the backup before its migrations failed, so no migration ran.`,
        why,
        `Fix the cause and deploy again. To deploy once without a backup, knowingly:`,
        `  dokku pegasus:set ${app} backup-skip-next true`,
      ].join("\n"),
    );
  }
  await writePendingDeploy(paths, app, record(backupId, "deploy backup taken"));
}

/**
 * Which build this trigger belongs to: Dokku 0.38's build id; before it, when there is no
 * build source, the pid of the dokku run (DOKKU_PID, exported by Dokku 0.34 and newer).
 */
export function buildIdentity(env: Record<string, string | undefined>): BuildIdentity {
  const buildId = env.DOKKU_BUILD_ID || undefined;
  if (buildId || env.DOKKU_BUILD_SOURCE) return { buildId };
  return { dokkuPid: env.DOKKU_PID || undefined };
}

/** Drops the notes of a build that never reached post-deploy (it failed, or was killed). */
export async function forgetUnfinishedBuild(paths: DokkuPaths, app: string): Promise<void> {
  await clearPendingDeploy(paths, app);
  await clearBuildMarker(paths, app);
}

async function backupLockWaitSeconds(app: string, properties: PropertyStore, context: Context): Promise<number> {
  const fallback = settingFallback("backup-lock-wait");
  const raw = await properties.computed(app, "backup-lock-wait", fallback);
  if (/^\d+$/.test(raw)) return Number(raw);
  context.log.warn(`backup-lock-wait is ${JSON.stringify(raw)}, not a number of seconds; waiting ${fallback}`);
  return Number(fallback);
}

/**
 * Whether a backup is the gate's to take: DATABASE_URL names a dokku-postgres service, or, with
 * no DATABASE_URL, a service is linked under an alias (the backup then says which to choose).
 * A DATABASE_URL outside dokku-postgres (a managed database) has nothing of ours to back up.
 */
function hasPostgresDatabase(config: Record<string, string>): boolean {
  const host = databaseUrlHost(config);
  return host === undefined ? linkedPostgresHosts(config).length > 0 : host !== null && isPostgresServiceHost(host);
}

/**
 * A restore whose import was cut short left the database neither the old one nor the backup's:
 * new code's migrations must not run on it, nor its deploy start the app on it (a restart of the
 * same code, which the operator may choose, never comes here).
 */
async function refuseOverHalfRestore(app: string, context: Context): Promise<void> {
  const paths = backupPaths(context.paths.dataDir, app);
  const interrupted = await readRestoreJournal(paths);
  if (!interrupted || !isHalfRestored(interrupted)) return;
  throw new UserError(
    [
      `Deploy of ${app} stopped before its migrations: ${describeInterruptedRestore(app, interrupted)}`,
      `Its migrations would run against that database, and the deploy would start ${app} on it. Finish the restore first; ` +
        `or, once you have checked the database, dismiss the note (rm ${restoreJournalPath(paths)}) and deploy again.`,
    ].join("\n"),
  );
}
