import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  SCHEDULE_PROPERTY
} from "./chunk-XCJXAVB4.mjs";
import {
  backupPaths,
  findLeftovers,
  listBackups,
  offsiteReportFields,
  readLastScheduled
} from "./chunk-N57HPFOI.mjs";
import {
  foreignHostAdvice,
  formatWait
} from "./chunk-3BUY7C2L.mjs";
import {
  inspectLockFile
} from "./chunk-DSPNK2T2.mjs";
import {
  PropertyStore
} from "./chunk-IQVX3673.mjs";
import {
  shortRev
} from "./chunk-YDC6S6T6.mjs";

// src/backup/report.ts
async function backupReportFields(app, context, listed) {
  const paths = backupPaths(context.paths.dataDir, app);
  const schedule = await new PropertyStore(context.paths.propertiesDir).get(app, SCHEDULE_PROPERTY);
  const last = await readLastScheduled(paths);
  const records = listed ?? await listBackups(paths);
  const newest = records[0];
  let lastScheduled = "";
  if (last?.status === "ok") lastScheduled = `ok ${last.at} ${last.id ?? ""}`.trim();
  else if (last) lastScheduled = `failed ${last.at}: ${last.message ?? ""}`.trim();
  return {
    ...await offsiteReportFields(app, context, records),
    "backup-schedule": schedule ?? "",
    "backup-last-scheduled": lastScheduled,
    "backup-count": String(records.length),
    "backup-latest": newest ? `${newest.id} (${newest.reason}, commit ${shortRev(newest.git_rev)})` : ""
  };
}
async function leftoverNotes(app, paths, listed) {
  const now = /* @__PURE__ */ new Date();
  const lock = await inspectLockFile(paths.lock, now);
  const notes = [];
  const stale = [];
  if (lock) {
    const age = formatWait(Math.max(0, now.getTime() - lock.mtimeMs));
    const who = lock.holder ? `pid ${lock.holder.pid} on ${lock.holder.hostname}, taken ${lock.holder.started_at}, ${age} ago` : `unreadable, ${age} old`;
    if (lock.verdict.live) {
      notes.push(`A backup of ${app} is running: its lock ${paths.lock} is held (${who})${foreignHostAdvice(lock.holder, paths.lock)}`);
    } else stale.push(`${paths.lock}: a backup lock (${who}); ${lock.verdict.why}`);
  }
  const leftovers = await findLeftovers(paths, listed, { backupRunning: lock?.verdict.live ?? false });
  stale.push(...leftovers.filter((leftover) => leftover.removable).map((leftover) => `${leftover.file}: ${leftover.why}`));
  if (stale.length > 0) {
    notes.push(
      `Left by interrupted runs, in no list of backups:`,
      ...stale.map((line) => `  ${line}`),
      `The next backup removes ${stale.length === 1 ? "it" : "them"} first: dokku pegasus:backup-deploy ${app} (or delete by hand: rm ${stale.length === 1 ? "FILE" : "FILE..."})`
    );
  }
  const unlisted = leftovers.filter((leftover) => !leftover.removable);
  if (unlisted.length > 0) {
    notes.push(
      `Not listed, and kept for you to check:`,
      ...unlisted.map((leftover) => `  ${leftover.file}: ${leftover.why}`),
      `Remove ${unlisted.length === 1 ? "it" : "them"} with: rm ${unlisted.map((leftover) => leftover.file).join(" ")}`
    );
  }
  return notes;
}

export {
  backupReportFields,
  leftoverNotes
};
