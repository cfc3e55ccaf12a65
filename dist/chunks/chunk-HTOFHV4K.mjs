import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  clearBuildMarker,
  clearPendingDeploy,
  clearRollbackMarker,
  readBuildMarker,
  readPendingDeploy,
  readRollbackMarker,
  writeBuildMarker,
  writePendingDeploy
} from "./chunk-46MRMWOK.mjs";
import {
  OffsiteFailure,
  buildMarkerIsForRun,
  decideGate,
  earlyPass,
  linkedPostgresHosts,
  liveRevOf,
  pendingIsForBuild,
  releasesOrWarn,
  rollbackMarkerApplies,
  takeBackup
} from "./chunk-K2SD3ZXP.mjs";
import {
  settingFallback
} from "./chunk-Q2JQQO7P.mjs";
import {
  offsiteRequired
} from "./chunk-N57HPFOI.mjs";
import {
  exportConfig
} from "./chunk-RXPK5KRS.mjs";
import {
  PropertyStore
} from "./chunk-IQVX3673.mjs";
import {
  normalizeRev,
  shortRev
} from "./chunk-YDC6S6T6.mjs";
import {
  UserError
} from "./chunk-VTI63AYM.mjs";

// src/deploy/gate.ts
async function runDeployGate(run, context) {
  const { app } = run;
  const { log, paths, env } = context;
  const buildSource = env.DOKKU_BUILD_SOURCE || void 0;
  const buildId = env.DOKKU_BUILD_ID || void 0;
  const build = buildIdentity(env);
  const now = context.now();
  let builtInThisRun;
  if (build.dokkuPid) {
    if (run.trigger === "post-build") {
      await writeBuildMarker(paths, app, { dokku_pid: build.dokkuPid, created_at: now.toISOString() });
      builtInThisRun = true;
    } else {
      builtInThisRun = buildMarkerIsForRun(await readBuildMarker(paths, app), build.dokkuPid, now);
      if (!builtInThisRun) {
        await forgetUnfinishedBuild(paths, app);
        log.info1("Pegasus deploy backup skipped: no build ran in this dokku run (a restart): no backup needed");
        return;
      }
    }
  }
  const early = earlyPass({ trigger: run.trigger, buildSource, hasPredeploy: run.hasPredeploy });
  if (early?.action === "pass") {
    if (run.trigger === "pre-release-builder") log.info1(`Pegasus deploy backup skipped: ${early.reason}`);
    return;
  }
  const properties = new PropertyStore(paths.propertiesDir);
  const config = await exportConfig(context.dokku, app);
  const deployingRev = normalizeRev(config.GIT_REV);
  const pending = await readPendingDeploy(paths, app);
  const marker = await readRollbackMarker(paths, app);
  const releases = await releasesOrWarn(app, context);
  const lastReleaseRev = buildSource === void 0 ? releases[0]?.rev : void 0;
  const decision = decideGate({
    trigger: run.trigger,
    buildSource,
    hasPredeploy: run.hasPredeploy,
    builtInThisRun,
    alreadyTakenForBuild: pendingIsForBuild(pending, build, deployingRev, now),
    rollback: rollbackMarkerApplies(marker, deployingRev, now),
    backupOnDeploy: await properties.computed(app, "backup-on-deploy", settingFallback("backup-on-deploy")) !== "false",
    skipNext: await properties.get(app, "backup-skip-next") === "true",
    hasPostgres: Boolean(await properties.get(app, "postgres-service")) || linkedPostgresHosts(config).length > 0,
    deployingRev,
    lastReleaseRev
  });
  if (decision.action === "pass" && decision.noNewCode) {
    if (run.trigger === "pre-release-builder") log.info1(`Pegasus deploy backup skipped: ${decision.reason}`);
    return;
  }
  if (decision.action === "pass" && pending && pendingIsForBuild(pending, build, deployingRev, now)) {
    log.info1(
      pending.backup_id ? `Pegasus deploy backup ${pending.backup_id} already taken for this build` : `Pegasus deploy backup skipped for this build: ${pending.reason}`
    );
    return;
  }
  const liveRev = await liveRevOf(app, context, releases);
  const record = (backupId2, reason, restored) => ({
    ...buildId ? { build_id: buildId } : {},
    ...build.dokkuPid ? { dokku_pid: build.dokkuPid } : {},
    backup_id: backupId2,
    ...restored ? { restored_backup_id: restored } : {},
    live_rev: liveRev,
    deploying_rev: deployingRev,
    created_at: now.toISOString(),
    reason
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
    await writePendingDeploy(paths, app, record(null, decision.reason, decision.consumeRollback ? marker?.backup_id : void 0));
    return;
  }
  log.info1(`Pegasus deploy backup of ${app} before its migrations (live ${shortRev(liveRev)}, deploying ${shortRev(deployingRev)})`);
  let backupId;
  try {
    const taken = await takeBackup(app, "deploy", context, {
      config,
      liveRev,
      deployingRev,
      // A big database takes minutes; a line every few seconds shows the deploy is alive.
      progress: context.stderr,
      progressIntervalMs: 5e3,
      // A scheduled (or manual) backup may be running: wait for it, then take this one.
      lockWaitMs: await backupLockWaitSeconds(app, properties, context) * 1e3
    });
    backupId = taken.id;
  } catch (error) {
    if (error instanceof OffsiteFailure && !await offsiteRequired(context, app)) {
      log.warn(`${error.message}
The deploy goes on (set offsite-required true to stop deploys instead).`);
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
        `  dokku pegasus:set ${app} backup-skip-next true`
      ].join("\n")
    );
  }
  await writePendingDeploy(paths, app, record(backupId, "deploy backup taken"));
}
function buildIdentity(env) {
  const buildId = env.DOKKU_BUILD_ID || void 0;
  if (buildId || env.DOKKU_BUILD_SOURCE) return { buildId };
  return { dokkuPid: env.DOKKU_PID || void 0 };
}
async function forgetUnfinishedBuild(paths, app) {
  await clearPendingDeploy(paths, app);
  await clearBuildMarker(paths, app);
}
async function backupLockWaitSeconds(app, properties, context) {
  const fallback = settingFallback("backup-lock-wait");
  const raw = await properties.computed(app, "backup-lock-wait", fallback);
  if (/^\d+$/.test(raw)) return Number(raw);
  context.log.warn(`backup-lock-wait is ${JSON.stringify(raw)}, not a number of seconds; waiting ${fallback}`);
  return Number(fallback);
}

export {
  runDeployGate,
  buildIdentity,
  forgetUnfinishedBuild
};
