import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { processIsAlive } from "../../../src/io/processes.js";

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
