import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { processIsAlive } from "../../../src/io/lock-file.js";

describe("a lock holder that is a zombie", () => {
  it("counts as dead: killed, never reaped, it will never release its lock", async () => {
    // `true` exits at once; its parent becomes `sleep`, which never waits for it: a zombie.
    const parent = spawn("sh", ["-c", "true & echo $!; exec sleep 60"], { stdio: ["ignore", "pipe", "ignore"] });
    const [line] = (await once(parent.stdout!, "data")) as [Buffer];
    const zombie = Number(line.toString().split("\n")[0]);
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
