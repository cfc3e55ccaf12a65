import { readdir, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { processIsAlive } from "./processes.js";

/**
 * Every whole-file write of ours goes through `.<name>.<pid>.tmp` and a rename. A writer killed
 * between the two leaves that file behind, where no command would list it. So each write first
 * removes the temporaries of the same file whose writer is gone: the next write of a file cleans
 * up after the last interrupted one. A live writer's (or a reused pid's) file is left alone.
 */
export function temporaryName(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
}

export async function removeDeadTemporaries(
  file: string,
  isAlive: (pid: number) => boolean = processIsAlive,
): Promise<string[]> {
  const dir = dirname(file);
  const prefix = `.${basename(file)}.`;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return []; // no directory yet: nothing was ever written here
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(".tmp")) continue;
    const pid = name.slice(prefix.length, -".tmp".length);
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid || isAlive(Number(pid))) continue;
    await rm(join(dir, name), { force: true });
    removed.push(join(dir, name));
  }
  return removed;
}
