/**
 * env-import figures for the closing note (called by `npm run bench`): Dokku calls (total,
 * mutating) and restarts for the 40-key Pegasus .env in test/fixtures, first import and
 * identical re-import, beside the runbook's loop of one `config:set` per key, all measured
 * against a deployed app on the fake Dokku through the shims.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import dotenv from "dotenv";
import { createDeployableRepo, createSandbox, REPO_ROOT, type Sandbox } from "../test/support/sandbox.js";

export interface EnvImportBenchRow {
  label: string;
  /** Dokku commands run on the user's behalf (for the runbook: the user's own commands). */
  calls: number;
  mutating: number;
  restarts: number;
  seconds: number;
}

const FIXTURE = path.join(REPO_ROOT, "test", "fixtures", "pegasus.env");

export async function benchEnvImport(log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Promise<EnvImportBenchRow[]> {
  const text = readFileSync(FIXTURE, "utf8");
  const keys = Object.keys(dotenv.parse(text)).length;
  const sandbox = createSandbox({ plugins: [] });
  try {
    log(`-----> env-import bench: ${keys}-key Pegasus .env, deployed app, fake Dokku`);
    deployedApp(sandbox, "bench-plugin");
    const rows = [
      measure(sandbox, "bench-plugin", `pegasus:env-import, first import (${keys} keys)`, 1, () => ok(sandbox.dokku(["pegasus:env-import", "bench-plugin"], text))),
      measure(sandbox, "bench-plugin", "pegasus:env-import, identical re-import", 1, () => ok(sandbox.dokku(["pegasus:env-import", "bench-plugin"], text))),
    ];
    deployedApp(sandbox, "bench-runbook");
    // The runbook's dokku_config.py: `ssh dokku@host config:set <app> K=V` once per line.
    const pairs = Object.entries(dotenv.parse(text)).map(([key, value]) => `${key}=${value}`);
    rows.push(
      measure(sandbox, "bench-runbook", `runbook: config:set per key (${keys} keys)`, 0, () => {
        for (const pair of pairs) ok(sandbox.dokku(["config:set", "bench-runbook", pair]));
      }),
    );
    for (const row of rows) {
      log(`       ${row.label.padEnd(48)} calls ${String(row.calls).padStart(3)}  mutating ${String(row.mutating).padStart(3)}  restarts ${String(row.restarts).padStart(3)}  ${row.seconds.toFixed(1)} s`);
    }
    return rows;
  } finally {
    sandbox.cleanup();
  }
}

function deployedApp(sandbox: Sandbox, app: string): void {
  const repo = path.join(sandbox.root, `repo-${app}`);
  createDeployableRepo(repo);
  ok(sandbox.dokku(["apps:create", app]));
  ok(sandbox.dokku(["builder-dockerfile:set", app, "dockerfile-path", "Dockerfile.web"]));
  ok(sandbox.ctl(["deploy", app, "--from", repo]));
}

/** Counts the calls at `depth` (1: the plugin's own; 0: the user's) made while `action` ran. */
function measure(sandbox: Sandbox, app: string, label: string, depth: number, action: () => void): EnvImportBenchRow {
  const count = (args: string[]) => Number(ok(sandbox.ctl(args)).stdout.trim());
  const depthArgs = ["--depth", String(depth)];
  const before = {
    calls: count(["calls", ...depthArgs, "--count"]),
    mutating: count(["calls", ...depthArgs, "--mutating", "--count"]),
    restarts: count(["restarts", app]),
  };
  const started = process.hrtime.bigint();
  action();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    label,
    calls: count(["calls", ...depthArgs, "--count"]) - before.calls,
    mutating: count(["calls", ...depthArgs, "--mutating", "--count"]) - before.mutating,
    restarts: count(["restarts", app]) - before.restarts,
    seconds,
  };
}

function ok(result: { exitCode: number; stdout: string; stderr: string }) {
  if (result.exitCode !== 0) throw new Error(`bench step failed (exit ${result.exitCode}): ${result.stderr || result.stdout}`);
  return result;
}

// Runnable alone once bundled two levels below the repo root (sandbox.ts finds the repo from
// its own location): esbuild bench/env-import.ts --bundle --outfile=.cache/bench/env-import.mjs
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const rows = await benchEnvImport();
  process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
}
