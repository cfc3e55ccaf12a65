/**
 * Process start figures for `npm run bench`: what a subcommand costs before it does anything,
 * against bare `node -e 0`, and `pegasus:help`, which bash answers without starting Node.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { REPO_ROOT } from "../test/support/sandbox.js";

export interface StartFigure {
  label: string;
  medianMs: number;
}

export function benchStart(runs = 20): StartFigure[] {
  // The shims find the plugin through $PLUGIN_AVAILABLE_PATH/pegasus, as on a host.
  const available = mkdtempSync(path.join(tmpdir(), "pegasus-bench-start-"));
  symlinkSync(REPO_ROOT, path.join(available, "pegasus"));
  const env: NodeJS.ProcessEnv = { ...process.env, PLUGIN_AVAILABLE_PATH: available };
  delete env.DOKKU_TRACE;
  const cases: { label: string; file: string; args: string[]; exit: number }[] = [
    { label: "node -e 0", file: process.execPath, args: ["-e", "0"], exit: 0 },
    // A refused key: parsed, validated and answered before any dokku call.
    {
      label: "subcommand shim (pegasus:set --global, refused key)",
      file: "bash",
      args: [path.join(REPO_ROOT, "subcommands", "set"), "pegasus:set", "--global", "no-such-key", "x"],
      exit: 1,
    },
    { label: "pegasus:help (bash commands file)", file: "bash", args: [path.join(REPO_ROOT, "commands"), "pegasus:help"], exit: 0 },
  ];
  const samples = cases.map(() => [] as number[]);
  try {
    // Interleaved, so a burst of other work on the machine weighs on every case alike.
    for (let run = 0; run < runs + 1; run++) {
      cases.forEach((item, index) => {
        const started = process.hrtime.bigint();
        const result = spawnSync(item.file, item.args, { env, stdio: ["ignore", "ignore", "pipe"] });
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        if (result.status !== item.exit) throw new Error(`${item.label}: exit ${result.status}: ${String(result.stderr)}`);
        if (run > 0) samples[index]!.push(ms);
      });
    }
  } finally {
    rmSync(available, { recursive: true, force: true });
  }
  return cases.map((item, index) => ({ label: item.label, medianMs: median(samples[index]!) }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
