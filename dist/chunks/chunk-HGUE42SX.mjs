import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  importPostgres,
  startApp,
  stopApp
} from "./chunk-XFLGJKRL.mjs";
import {
  OffsiteFailure,
  takeBackup
} from "./chunk-ZSVTWHVU.mjs";
import {
  ArchiveError,
  verifyArchiveFile
} from "./chunk-NMPEEZWR.mjs";
import {
  backupPaths,
  listBackups
} from "./chunk-IBOA5DEE.mjs";
import {
  acquireBackupLock
} from "./chunk-GVQDVKXQ.mjs";
import {
  formatBytes,
  isBackupId,
  shortRev
} from "./chunk-UWB7Z3AN.mjs";
import {
  UserError
} from "./chunk-VTI63AYM.mjs";

// src/core/restore-plan.ts
function restoreSteps(facts) {
  const { app, record } = facts;
  const steps = [
    `back up the current database of ${record.service} (reason pre-restore), so this restore can be undone`
  ];
  if (facts.deployed) steps.push(`stop ${app} (ps:stop), so nothing writes while the data is replaced`);
  steps.push(
    `import ${record.id} into ${record.service} (postgres:import: drops and re-creates every object the backup holds)`
  );
  if (facts.rollbackSha) {
    steps.push(
      `deploy ${shortRev(facts.rollbackSha)}, the commit live when the backup was taken (git:sync --build ${app} ${facts.repo ?? ""} ${facts.rollbackSha}), without another deploy backup`
    );
  } else if (facts.deployed) {
    steps.push(`start ${app} again (ps:start, which runs the release task of the deployed code)`);
  }
  return steps;
}
function describeBackup(record) {
  return `${record.id}: taken ${record.created_at.replace(/\.\d{3}Z$/, "Z")} (${record.reason}), live commit ${shortRev(record.git_rev)}, ${formatBytes(record.size)}, service ${record.service}; sha256 and archive structure verified`;
}

// src/deploy/restore.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
async function findBackup(app, id, context) {
  const list = `List them with \`dokku pegasus:backups ${app}\``;
  if (!isBackupId(id)) {
    throw new UserError(`${JSON.stringify(id)} is not a backup id (they look like 20261126T070102Z-1a2b3c4). ${list}`);
  }
  const paths = backupPaths(context.paths.dataDir, app);
  const record = (await listBackups(paths)).find((candidate) => candidate.id === id);
  if (!record) throw new UserError(`${app} has no verified backup ${id}. ${list}`);
  return { ...record, app, file: paths.dump(id) };
}
function refusal(app, record, why) {
  return new UserError(
    `Backup ${record.id} is refused: ${why}. Nothing was changed. Pick another backup from \`dokku pegasus:backups ${app}\``
  );
}
async function checkBackupFile(app, record, context) {
  const refuse = (why) => refusal(app, record, why);
  const file = backupPaths(context.paths.dataDir, app).dump(record.id);
  await checkSize(app, record, file);
  const hash = createHash("sha256");
  await pipeline(createReadStream(file), hash);
  const sha256 = hash.digest("hex");
  if (sha256 !== record.sha256) throw refuse(`its sha256 is ${sha256}, the manifest says ${record.sha256}: the file changed since it was verified`);
  try {
    await verifyArchiveFile(file);
  } catch (error) {
    if (error instanceof ArchiveError) throw refuse(`its archive is damaged: ${error.message}`);
    throw error;
  }
}
async function checkSize(app, record, file) {
  let size;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    throw refusal(app, record, `its file ${file} cannot be read (${error.code ?? String(error)})`);
  }
  if (size !== record.size) throw refusal(app, record, `its file is ${size} bytes, the manifest says ${record.size}`);
}
async function recheckBackup(app, record, context, safetyId) {
  const paths = backupPaths(context.paths.dataDir, app);
  const listed = (await listBackups(paths)).find((candidate) => candidate.id === record.id);
  const why = !listed ? "it is no longer listed (deleted since it was checked)" : listed.sha256 !== record.sha256 || listed.size !== record.size ? "its manifest changed since it was checked" : void 0;
  try {
    if (why) throw refusal(app, record, why);
    await checkSize(app, record, paths.dump(record.id));
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    throw new UserError(`${error.message}. (The safety backup ${safetyId} of the current database was kept.)`);
  }
}
async function restoreBackup(app, record, context, options) {
  const { dokku, log } = context;
  const { deployed } = options;
  log.info1(`Saving the current database of ${record.service} before the restore`);
  let safety;
  try {
    safety = await takeBackup(app, "pre-restore", context, { service: record.service, protect: [record.id] });
  } catch (error) {
    if (!(error instanceof OffsiteFailure)) {
      throw new UserError(
        `Restore of ${app} refused: the safety backup of the current database failed, and a restore without one could not be undone. Nothing was changed.
${error instanceof Error ? error.message : String(error)}`
      );
    }
    log.warn(error.message);
    safety = error.record;
  }
  const paths = backupPaths(context.paths.dataDir, app);
  const release = await acquireBackupLock(paths.lock, { app, now: context.now(), log });
  try {
    await recheckBackup(app, record, context, safety.id);
    if (deployed) {
      log.info1(`Stopping ${app} for the restore`);
      await stopApp(dokku, app);
    }
    log.info1(`Importing backup ${record.id} into ${record.service}`);
    try {
      await importPostgres(dokku, record.service, paths.dump(record.id));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new UserError(
        [
          `The import of backup ${record.id} into ${record.service} failed: ${message}`,
          `The database may be partly restored${deployed ? `, so ${app} was left stopped` : ""}.`,
          `The database as it was before this restore is in safety backup ${safety.id}. To put it back:`,
          `  dokku pegasus:restore ${app} ${safety.id} --force`,
          ...deployed ? [`Then, or to start ${app} on the data as it is now: dokku ps:start ${app}`] : []
        ].join("\n")
      );
    }
  } finally {
    await release();
  }
  let started = false;
  if (options.start && deployed) {
    log.info1(`Starting ${app}`);
    try {
      await startApp(dokku, app);
      started = true;
    } catch (error) {
      throw new UserError(
        `Backup ${record.id} was restored into ${record.service} (safety backup ${safety.id}), but starting ${app} failed: ${error instanceof Error ? error.message : String(error)}
Start it with: dokku ps:start ${app}`
      );
    }
  }
  return { safetyBackupId: safety.id, stopped: deployed, started };
}

export {
  restoreSteps,
  describeBackup,
  findBackup,
  checkBackupFile,
  restoreBackup
};
