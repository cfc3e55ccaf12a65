import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  OffsiteFailure,
  importPostgres,
  restoreTarget,
  startApp,
  stopApp,
  takeBackup
} from "./chunk-K2SD3ZXP.mjs";
import {
  stageMedia
} from "./chunk-XJYLVPT3.mjs";
import {
  ArchiveError,
  verifyArchiveFile
} from "./chunk-5VEOFXWN.mjs";
import {
  backupPaths,
  inspectBackup,
  listBackups
} from "./chunk-N57HPFOI.mjs";
import {
  restartState
} from "./chunk-Q6PHM2EF.mjs";
import {
  exportConfig
} from "./chunk-RXPK5KRS.mjs";
import {
  acquireBackupLock
} from "./chunk-3BUY7C2L.mjs";
import {
  isBackupId
} from "./chunk-YDC6S6T6.mjs";
import {
  booleanOption,
  stringOption
} from "./chunk-RDISS7JH.mjs";
import {
  UserError
} from "./chunk-VTI63AYM.mjs";

// src/backup/restore.ts
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
  const found = await inspectBackup(paths, id);
  if (!found) throw new UserError(`${app} has no verified backup ${id}. ${list}`);
  if ("why" in found) {
    throw new UserError(
      `Backup ${id} is refused: ${found.why}. Nothing was changed. Manifests are never edited; pick another backup from \`dokku pegasus:backups ${app}\` (${paths.manifest(id)} is left for you to inspect or delete)`
    );
  }
  if (!found.sealed) {
    context.log.warn(
      `Backup ${id} was written before manifests were sealed: nothing proves its manifest was not edited. Its dump is still checked against the manifest's sha256, and its service against the app's.`
    );
  }
  return { ...found.record, app, file: paths.dump(id) };
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
async function swapMediaIn(app, record, staged, safetyId, stoppedByUs, context) {
  context.log.info1(`Swapping in the media of ${record.id}`);
  try {
    await staged.swapIn();
  } catch (error) {
    throw new UserError(
      [
        `The database of ${app} was restored from ${record.id}, but its media was not: ${error instanceof Error ? error.message : String(error)}`,
        `Run the restore again, or undo it with: dokku pegasus:restore ${app} ${safetyId} --force --media`,
        ...stoppedByUs ? [`${app} was left stopped; start it with: dokku ps:start ${app}`] : []
      ].join("\n")
    );
  }
}
async function recheckTarget(app, record, chosen, safetyId, context) {
  const stopped = (why, detail) => new UserError(
    `Restore of ${app} stopped before the import: ${why} Nothing was changed; safety backup ${safetyId} was kept. Check which database ${app} uses and run the restore again.${detail ? `
${detail}` : ""}`
  );
  let now;
  try {
    now = await restoreTarget(app, record, chosen.explicit ? chosen.service : void 0, await exportConfig(context.dokku, app), context);
  } catch (error) {
    throw stopped(`its database changed while the safety backup was taken.`, error instanceof Error ? error.message : String(error));
  }
  if (now.service !== chosen.service) {
    throw stopped(`${app} uses ${now.service} now, not ${chosen.service} as when the restore began.`);
  }
}
async function restoreBackup(app, record, context, options) {
  const { dokku, log } = context;
  const { target, config, deployed, stoppedByOperator } = options.situation;
  const service = target.service;
  const running = deployed && !stoppedByOperator;
  log.info1(`Saving the current database of ${service} before the restore`);
  let safety;
  try {
    safety = await takeBackup(app, "pre-restore", context, {
      service,
      config,
      protect: [record.id],
      ...options.media ? { media: true } : {}
    });
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
  let staged;
  try {
    await recheckBackup(app, record, context, safety.id);
    await recheckTarget(app, record, target, safety.id, context);
    if (options.media) staged = await stageMedia(app, record, options.media, context);
    if (running) {
      log.info1(`Stopping ${app} for the restore`);
      await stopApp(dokku, app);
    }
    log.info1(`Importing backup ${record.id} into ${service}`);
    try {
      await importPostgres(dokku, service, paths.dump(record.id));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new UserError(
        [
          `The import of backup ${record.id} into ${service} failed: ${message}`,
          `The database may be partly restored${deployed ? `, so ${app} was left stopped` : ""}.`,
          `The database as it was before this restore is in safety backup ${safety.id}. To put it back:`,
          `  dokku pegasus:restore ${app} ${safety.id} --force${target.explicit ? ` --into-service ${service}` : ""}`,
          ...deployed ? [`Then, or to start ${app} on the data as it is now: dokku ps:start ${app}`] : []
        ].join("\n")
      );
    }
    if (staged) await swapMediaIn(app, record, staged, safety.id, running, context);
  } finally {
    await staged?.cleanUp();
    await release();
  }
  let started = false;
  if (stoppedByOperator) {
    log.info1(`${app} was stopped with ps:stop before the restore, so it stays stopped. Start it with: dokku ps:start ${app}`);
  } else if (options.start && deployed) {
    log.info1(`Starting ${app}`);
    try {
      await startApp(dokku, app);
      started = true;
    } catch (error) {
      throw new UserError(
        `Backup ${record.id} was restored into ${service} (safety backup ${safety.id}), but starting ${app} failed: ${error instanceof Error ? error.message : String(error)}
Start it with: dokku ps:start ${app}`
      );
    }
  }
  return { safetyBackupId: safety.id, stopped: running, started, leftStopped: stoppedByOperator };
}
async function prepareRestore(app, id, intoService, context) {
  const record = await findBackup(app, id, context);
  const config = await exportConfig(context.dokku, app);
  const target = await restoreTarget(app, record, intoService, config, context);
  await checkBackupFile(app, record, context);
  const state = await restartState(context.dokku, app);
  return {
    record,
    situation: { target, config, deployed: state.deployed, stoppedByOperator: state.deployed && !state.restore }
  };
}
var RESTORE_OPTIONS = {
  force: { type: "boolean", description: "do it: without it the plan is printed and nothing changes" },
  "dry-run": { type: "boolean", description: "print the plan, including the service that would be overwritten; change nothing" },
  "into-service": {
    type: "string",
    value: "NAME",
    description: "overwrite this Postgres service, explicitly, when it is not the one the backup was taken of or the app uses"
  }
};
function planOnly(command, options) {
  const dryRun = booleanOption(options, "dry-run");
  const force = booleanOption(options, "force");
  if (dryRun && force) throw new UserError(`${command}: --dry-run and --force contradict each other; pass one`);
  return !force;
}
function intoServiceOption(options) {
  return stringOption(options, "into-service");
}
function intoServiceFlag(situation) {
  return situation.target.explicit ? ` --into-service ${situation.target.service}` : "";
}

export {
  findBackup,
  checkBackupFile,
  restoreBackup,
  prepareRestore,
  RESTORE_OPTIONS,
  planOnly,
  intoServiceOption,
  intoServiceFlag
};
