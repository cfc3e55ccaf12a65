import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

/*
 * What /proc says of a process. A leaf module: lock files and temporary-file sweeps both ask it,
 * and an import cycle between them deadlocks vite-node's parallel imports (the help test hung).
 */

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  // A killed holder whose parent died too stays a zombie where nothing reaps orphans (a
  // container's init): it answers signals, but it will never release its lock.
  return !isZombie(pid);
}

function isZombie(pid: number): boolean {
  const stat = readProc(`/proc/${pid}/stat`);
  return stat !== undefined && stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
}

/** Field 22 of /proc/<pid>/stat; the command name (field 2) may hold spaces and parentheses. */
export function processStartTicks(pid: number): string | undefined {
  const stat = readProc(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  const afterName = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // afterName[0] is field 3 (state).
  const ticks = afterName[22 - 3];
  return ticks && /^\d+$/.test(ticks) ? ticks : undefined;
}

export function readProc(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/**
 * The processes (not zombies) whose arguments hold `words` in a row, as /proc/<pid>/cmdline
 * lists them: e.g. a `dokku postgres:import <service>` a killed parent left running. With
 * `samePath`, a process whose environment sets that variable to another directory is another
 * installation's (another DOKKU_ROOT) and is left out; one whose environment cannot be read,
 * or lacks it, still counts.
 */
export function processesRunning(words: readonly string[], samePath?: { name: string; path: string }): number[] {
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  const found: number[] = [];
  for (const name of pids) {
    const args = readProc(`/proc/${name}/cmdline`)?.split("\0") ?? [];
    const at = args.indexOf(words[0]!);
    if (at < 0 || !words.every((word, offset) => args[at + offset] === word) || isZombie(Number(name))) continue;
    if (samePath && !environmentAllows(Number(name), samePath)) continue;
    found.push(Number(name));
  }
  return found;
}

function environmentAllows(pid: number, { name, path: expected }: { name: string; path: string }): boolean {
  const environment = readProc(`/proc/${pid}/environ`);
  if (environment === undefined) return true;
  const entry = environment.split("\0").find((item) => item.startsWith(`${name}=`));
  return entry === undefined || resolve(entry.slice(name.length + 1)) === resolve(expected);
}
