import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  clearRollbackMarker,
  readPendingDeploy,
  readRollbackMarker,
  writePendingDeploy
} from "./chunk-YYUR3XBB.mjs";
import {
  readReleases
} from "./chunk-KPDBK7QM.mjs";
import {
  deploySourceMetadata
} from "./chunk-XFLGJKRL.mjs";
import {
  OffsiteFailure,
  linkedPostgresHosts,
  takeBackup
} from "./chunk-ZSVTWHVU.mjs";
import {
  settingFallback
} from "./chunk-EKBVQSSW.mjs";
import {
  offsiteRequired
} from "./chunk-IBOA5DEE.mjs";
import {
  exportConfig
} from "./chunk-RXPK5KRS.mjs";
import {
  PropertyStore
} from "./chunk-QJDMSPMB.mjs";
import {
  isRev,
  normalizeRev,
  shortRev
} from "./chunk-UWB7Z3AN.mjs";
import {
  UserError
} from "./chunk-VTI63AYM.mjs";

// src/core/deploy-gate.ts
var CODE_ARRIVING_SOURCES = [
  "git-hook",
  "git:sync",
  "git:from-archive",
  "git:from-image",
  "git:load-image",
  "ps:rebuild"
];
function earlyPass(facts) {
  if (facts.buildSource !== void 0 && !isCodeArriving(facts.buildSource)) {
    return { action: "pass", reason: `no new code (${facts.buildSource}): no backup needed`, noNewCode: true };
  }
  if (facts.trigger === "post-build" && !facts.hasPredeploy) {
    return { action: "pass", reason: "no app.json predeploy: the backup is taken before the release task" };
  }
  return void 0;
}
function decideGate(facts) {
  const early = earlyPass(facts);
  if (early) return early;
  if (facts.buildSource === void 0 && isSameCode(facts.deployingRev, facts.lastReleaseRev)) {
    return {
      action: "pass",
      reason: `no new code (${normalizeRev(facts.deployingRev)} is the last released commit): no backup needed`,
      noNewCode: true
    };
  }
  if (facts.alreadyTakenForBuild) return { action: "pass", reason: "the deploy backup for this build is already taken" };
  if (facts.rollback) {
    return { action: "pass", reason: "rollback: the database was just restored from a verified backup", consumeRollback: true };
  }
  if (!facts.backupOnDeploy) return { action: "pass", reason: "backup-on-deploy is false" };
  if (facts.skipNext) {
    return { action: "pass", reason: "backup-skip-next was set: skipping this deploy's backup once", consumeSkipNext: true };
  }
  if (!facts.hasPostgres) return { action: "pass", reason: "no Postgres service is linked to the app" };
  return { action: "backup" };
}
function hasPredeployScript(appJson) {
  if (!appJson) return false;
  try {
    const parsed = JSON.parse(appJson);
    const predeploy = parsed?.scripts?.dokku?.predeploy;
    return typeof predeploy === "string" && predeploy.trim() !== "";
  } catch {
    return false;
  }
}
function isCodeArriving(buildSource) {
  return buildSource !== void 0 && CODE_ARRIVING_SOURCES.includes(buildSource);
}
function isSameCode(deployingRev, lastReleaseRev) {
  const deploying = normalizeRev(deployingRev);
  const last = normalizeRev(lastReleaseRev);
  return deploying !== "none" && deploying === last;
}
function liveRevFrom(lastReleaseRev, deploySourceMetadata2) {
  const fromHistory = (lastReleaseRev ?? "").trim().toLowerCase();
  if (isRev(fromHistory)) return fromHistory;
  const metadata = (deploySourceMetadata2 ?? "").trim();
  const candidate = (metadata.includes("#") ? metadata.slice(metadata.lastIndexOf("#") + 1) : metadata).toLowerCase();
  return isRev(candidate) ? candidate : "none";
}
var PENDING_WITHOUT_ID_MS = 60 * 60 * 1e3;
function pendingIsForBuild(pending, buildId, deployingRev, now) {
  if (!pending) return false;
  if (buildId || pending.build_id) return pending.build_id === buildId;
  const age = now.getTime() - Date.parse(pending.created_at);
  return pending.deploying_rev === deployingRev && age >= 0 && age < PENDING_WITHOUT_ID_MS;
}
function rollbackMarkerApplies(marker, deployingRev, now) {
  if (!marker || !isRev(marker.rev) || !isRev(deployingRev)) return false;
  const same = marker.rev.startsWith(deployingRev) || deployingRev.startsWith(marker.rev);
  return same && now.getTime() < Date.parse(marker.expires_at);
}

// src/deploy/gate.ts
async function runDeployGate(run, context) {
  const { app } = run;
  const { log, paths, env } = context;
  const buildSource = env.DOKKU_BUILD_SOURCE || void 0;
  const buildId = env.DOKKU_BUILD_ID || void 0;
  const early = earlyPass({ trigger: run.trigger, buildSource, hasPredeploy: run.hasPredeploy });
  if (early?.action === "pass") {
    if (run.trigger === "pre-release-builder") log.info1(`Pegasus deploy backup skipped: ${early.reason}`);
    return;
  }
  const properties = new PropertyStore(paths.propertiesDir);
  const config = await exportConfig(context.dokku, app);
  const deployingRev = normalizeRev(config.GIT_REV);
  const now = context.now();
  const pending = await readPendingDeploy(paths, app);
  const marker = await readRollbackMarker(paths, app);
  const releases = await releasesOrWarn(app, context);
  const lastReleaseRev = buildSource === void 0 ? releases[0]?.rev : void 0;
  const decision = decideGate({
    trigger: run.trigger,
    buildSource,
    hasPredeploy: run.hasPredeploy,
    alreadyTakenForBuild: pendingIsForBuild(pending, buildId, deployingRev, now),
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
  if (decision.action === "pass" && pending && pendingIsForBuild(pending, buildId, deployingRev, now)) {
    log.info1(
      pending.backup_id ? `Pegasus deploy backup ${pending.backup_id} already taken for this build` : `Pegasus deploy backup skipped for this build: ${pending.reason}`
    );
    return;
  }
  const liveRev = await liveRevOf(app, context, releases);
  const record = (backupId2, reason, restored) => ({
    ...buildId ? { build_id: buildId } : {},
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
async function releasesOrWarn(app, context) {
  try {
    return await readReleases(context.paths, app);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    context.log.warn(`${error.message}. Meanwhile this deploy goes on as if ${app} had no release history`);
    return [];
  }
}
async function backupLockWaitSeconds(app, properties, context) {
  const fallback = settingFallback("backup-lock-wait");
  const raw = await properties.computed(app, "backup-lock-wait", fallback);
  if (/^\d+$/.test(raw)) return Number(raw);
  context.log.warn(`backup-lock-wait is ${JSON.stringify(raw)}, not a number of seconds; waiting ${fallback}`);
  return Number(fallback);
}
async function liveRevOf(app, context, releases) {
  const [last] = releases ?? await releasesOrWarn(app, context);
  if (last && normalizeRev(last.rev) !== "none") return normalizeRev(last.rev);
  return liveRevFrom(void 0, await deploySourceMetadata(context.dokku, app));
}

export {
  hasPredeployScript,
  isCodeArriving,
  pendingIsForBuild,
  runDeployGate,
  liveRevOf
};
