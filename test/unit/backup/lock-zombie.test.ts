import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { processesRunning, processIsAlive } from "../../../src/io/processes.js";

describe("a lock holder that is a zombie", () => {
  it("counts as dead: killed, never reaped, it will never release its lock", async () => {
    // The child waits for a line on the parent's stdin, so it can only exit after the parent has
    // become `sleep`, which never waits for it: a zombie, however slow the machine is. (A child
    // that exits at once can be reaped by sh itself before its exec.)
    const parent = spawn("sh", ["-c", "exec 3<&0; read line <&3 & echo $!; exec sleep 60 3<&-"], {
      stdio: ["pipe", "pipe", "ignore"],
    });
    const [line] = (await once(parent.stdout!, "data")) as [Buffer];
    const zombie = Number(line.toString().split("\n")[0]);
    for (let tries = 0; tries < 500 && readFileSync(`/proc/${parent.pid}/comm`, "utf8") !== "sleep\n"; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    parent.stdin!.end("go\n");
    try {
      let state = "";
      for (let tries = 0; tries < 500 && state !== "Z"; tries++) {
        const stat = readFileSync(`/proc/${zombie}/stat`, "utf8");
        state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
        if (state !== "Z") await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(state).toBe("Z");
      expect(processIsAlive(zombie)).toBe(false);
      expect(processIsAlive(parent.pid!)).toBe(true);
    } finally {
      parent.kill("SIGKILL");
    }
  });
});

describe("an orphan import, found in /proc", () => {
  it("is this Dokku's only when its DOKKU_ROOT is ours (or unknown): another installation's is left out", async () => {
    // Tests run side by side, each with a Dokku of its own: another's import into a service of the
    // same name is not the one a restore here must wait for. (sh stays sh, never exec-ing sleep,
    // so its arguments stay in /proc.)
    const marker = `pegasus-orphan-${process.pid}-${Date.now()}`;
    const spawnWith = (env: NodeJS.ProcessEnv) => spawn("sh", ["-c", "sleep 60; exit 0", marker, "postgres:import", "web-db"], { env, stdio: "ignore" });
    const elsewhere = spawnWith({ PATH: process.env.PATH, DOKKU_ROOT: "/srv/other-dokku" });
    const here = spawnWith({ PATH: process.env.PATH, DOKKU_ROOT: "/home/dokku/" });
    const unknown = spawnWith({ PATH: process.env.PATH });
    try {
      const words = [marker, "postgres:import", "web-db"];
      // Only the three shells: the child each forks for sleep carries their arguments until it execs.
      const shells = [elsewhere.pid!, here.pid!, unknown.pid!];
      const found = (samePath?: { name: string; path: string }) => processesRunning(words, samePath).filter((pid) => shells.includes(pid)).sort();
      for (let tries = 0; tries < 250 && found().length < 3; tries++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(found()).toEqual([...shells].sort());
      expect(found({ name: "DOKKU_ROOT", path: "/home/dokku" })).toEqual([here.pid!, unknown.pid!].sort());
    } finally {
      for (const child of [elsewhere, here, unknown]) child.kill("SIGKILL");
    }
  });
});
