import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdir, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeFileAtomic } from "../../../src/backup/store.js";
import { PropertyStore } from "../../../src/io/properties.js";

/** A pid that was a process a moment ago and is not one now. */
async function deadPid(): Promise<number> {
  const child = spawn("true");
  await once(child, "exit");
  return child.pid!;
}

describe("temporaries of a writer killed between its write and its rename", () => {
  it("are removed by the next write of the same file; a live writer's are left alone", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "pegasus-tmp-"));
    const dir = path.join(root, "web");
    await mkdir(dir);
    const dead = await deadPid();
    const live = spawn("sleep", ["30"]);
    try {
      await writeFile(path.join(dir, `.backup-keep.${dead}.tmp`), "7");
      await writeFile(path.join(dir, `.backup-keep.${live.pid}.tmp`), "8");
      await writeFile(path.join(dir, `.other-key.${dead}.tmp`), "9"); // another file's: its own write cleans it
      await new PropertyStore(root).set("web", "backup-keep", "5");
      expect((await readdir(dir)).sort()).toEqual([`.backup-keep.${live.pid}.tmp`, `.other-key.${dead}.tmp`, "backup-keep"]);

      const state = path.join(dir, "last-scheduled.json");
      await writeFile(path.join(dir, `.last-scheduled.json.${dead}.tmp`), "{");
      await writeFileAtomic(state, "{}\n");
      expect(await readdir(dir)).not.toContain(`.last-scheduled.json.${dead}.tmp`);
      expect(await readdir(dir)).toContain("last-scheduled.json");
    } finally {
      live.kill("SIGKILL");
    }
  });
});
