// The core cron plugin's host crontab (plugins/cron, HEAD): `scheduler-cron-write [<scheduler>
// [<app>]]` regenerates the whole dokku user crontab (TriggerSchedulerCronWrite → writeCronTab)
// when no scheduler is given or the scheduler uses the host cron. The fake models every app on
// docker-local (which uses the host cron) and no app.json cron tasks, so the tasks are the
// `cron-entries docker-local` lines of every enabled plugin (injectedCronTasks). The crontab that
// `crontab -u dokku <file>` would install is kept in FAKE_DOKKU_STATE/crontab.
import { existsSync, rmSync } from "node:fs";
import { letsencryptCronEntries } from "./letsencrypt.js";
import { DokkuExit, fail, info1, warn } from "./output.js";
import { fireTrigger, pluginEnabled } from "./plugins.js";
import { atomicWrite, fakeFile, propGet, readText, recordEvent } from "./state.js";

export const GLOBAL_SCHEDULER = "docker-local";

export function crontabFile(): string {
  return fakeFile("crontab");
}

/** usesHostCron: docker-local answers true; other schedulers through scheduler-uses-host-cron. */
function usesHostCron(scheduler: string): boolean {
  if (scheduler === "") return false;
  if (scheduler === GLOBAL_SCHEDULER) return true;
  return fireTrigger("scheduler-uses-host-cron", [scheduler], { capture: true }).stdout.trim() === "true";
}

/** injectedCronTasks: `$SCHEDULE;$COMMAND[;$LOGFILE]` lines; a blank line drops them all. */
export function injectedCronTasks(scheduler: string): { ok: true; lines: string[] } | { ok: false; error: string } {
  // the emulated letsencrypt contributes its cron-entries line in its plugin position
  let output = "";
  if (pluginEnabled("letsencrypt")) {
    const own = letsencryptCronEntries();
    if (own) output += `${own}\n`;
  }
  output += fireTrigger("cron-entries", [scheduler], { capture: true }).stdout;
  const trimmed = output.trim();
  const lines: string[] = [];
  for (const line of trimmed.split("\n")) {
    if (line.trim() === "") return { ok: true, lines: [] };
    const parts = line.split(";");
    if (parts.length !== 2 && parts.length !== 3) return { ok: false, error: `Invalid injected cron task: ${line}` };
    // CronTask.DokkuRunCommand: `<command> &>> <logfile>` when a log file is given
    lines.push(`${parts[0]} ${parts.length === 3 ? `${parts[1]} &>> ${parts[2]}` : parts[1]}`);
  }
  return { ok: true, lines };
}

/** templates/cron.tmpl (trimmed): MAILFROM/MAILTO when set, PATH, SHELL, a blank line, tasks. */
export function renderCrontab(tasks: string[]): string {
  const mailfrom = propGet("cron", "--global", "mailfrom");
  const mailto = propGet("cron", "--global", "mailto");
  return `${mailfrom ? `MAILFROM=${mailfrom}\n` : ""}${mailto ? `MAILTO=${mailto}\n` : ""}PATH=/usr/local/bin:/usr/bin:/bin\nSHELL=/bin/bash\n\n${tasks.map((t) => `${t}\n`).join("")}`;
}

/** writeCronTab: full regeneration; no tasks removes the crontab ("Removed" if there was one). */
export function writeCronTab(): void {
  const injected = injectedCronTasks(GLOBAL_SCHEDULER);
  if (!injected.ok) fail(injected.error);
  if (injected.lines.length === 0) {
    if (existsSync(crontabFile())) {
      rmSync(crontabFile(), { force: true });
      recordEvent(undefined, "crontab-removed");
      info1("Removed");
    }
    return;
  }
  const content = renderCrontab(injected.lines);
  atomicWrite(crontabFile(), content, 0o644);
  recordEvent(undefined, "crontab-write", { tasks: injected.lines.length });
  info1("Updated schedule file");
}

/** The cron plugin's scheduler-cron-write trigger (flag.Arg(0) scheduler, flag.Arg(1) app). */
export function schedulerCronWriteTrigger(args: string[]): void {
  const scheduler = args[0] ?? "";
  if (scheduler !== "" && !usesHostCron(scheduler)) return;
  writeCronTab();
}

/** What `fake-dokku-ctl crontab` prints: the stored crontab, else the one cron would write now. */
export function currentCrontab(): string {
  const stored = readText(crontabFile());
  if (stored !== undefined) return stored;
  const injected = injectedCronTasks(GLOBAL_SCHEDULER);
  if (!injected.ok) {
    warn(injected.error);
    throw new DokkuExit(1);
  }
  return renderCrontab(injected.lines);
}
