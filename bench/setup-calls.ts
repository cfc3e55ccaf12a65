/**
 * Setup figures for `npm run bench`: the Dokku calls (total, mutating) and restarts of
 * `pegasus:setup` on a fresh app and on a re-run, beside the seed runbook's own commands run
 * one by one through the same fake Dokku.
 */
import { createSandbox, type Sandbox } from "../test/support/sandbox.js";

export interface CallFigures {
  label: string;
  calls: number;
  mutating: number;
  restarts: number;
  seconds: number;
  /** Set when the step fails (the runbook's re-run does). */
  failure?: string;
}

const DOMAIN = "bench.example.com";
const EMAIL = "ops@example.com";

/**
 * The runbook's provisioning commands before the first push (reference/seed-runbook, steps 1-6
 * and 9), as a user types them; `mkdir`+`chown` by hand is Dokku's storage:ensure-directory.
 * letsencrypt:enable is left out: the runbook runs it after the first deploy.
 */
function runbookCommands(app: string): string[][] {
  return [
    ["apps:create", app],
    ["builder-dockerfile:set", app, "dockerfile-path", "Dockerfile.web"],
    ["config:set", "--global", "DOKKU_RM_CONTAINER=1"],
    ["letsencrypt:cron-job", "--add"],
    ["storage:ensure-directory", "--chown", "1000", app],
    ["storage:mount", app, `/var/lib/dokku/data/storage/${app}:/code/media`],
    ["postgres:create", `${app}-db`, "--image", "pgvector/pgvector", "--image-version", "pg17"],
    ["postgres:info", `${app}-db`, "--dsn"],
    ["redis:create", `${app}-redis`],
    ["redis:info", `${app}-redis`, "--dsn"],
    ["postgres:link", `${app}-db`, app],
    ["redis:link", `${app}-redis`, app],
    ["domains:add", app, DOMAIN],
  ];
}

export async function benchSetup(): Promise<CallFigures[]> {
  const sandbox = createSandbox();
  try {
    const setup = () => sandbox.dokku(["pegasus:setup", "bench", "--domain", DOMAIN, "--letsencrypt-email", EMAIL]);
    const rows = [
      measure(sandbox, "bench", "pegasus:setup, first run", 1, () => expectOk(setup())),
      measure(sandbox, "bench", "pegasus:setup, re-run", 1, () => expectOk(setup())),
    ];
    // An app on Dokku's k3s scheduler (the fake records the volume claim as Bound; no cluster).
    expectOk(sandbox.dokku(["apps:create", "bench-k3s"]));
    expectOk(sandbox.dokku(["scheduler:set", "bench-k3s", "selected", "k3s"]));
    const k3s = () =>
      sandbox.dokku(["pegasus:setup", "bench-k3s", "--no-postgres", "--no-redis", "--domain", DOMAIN, "--letsencrypt-email", EMAIL]);
    rows.push(
      measure(sandbox, "bench-k3s", "pegasus:setup, k3s app, first run", 1, () => expectOk(k3s())),
      measure(sandbox, "bench-k3s", "pegasus:setup, k3s app, re-run", 1, () => expectOk(k3s())),
    );
    const commands = runbookCommands("manual");
    rows.push(
      measure(sandbox, "manual", `runbook: ${commands.length} commands by hand, first run`, 0, () => {
        for (const command of commands) expectOk(sandbox.dokku(command));
      }),
    );
    rows.push(
      measure(sandbox, "manual", "runbook: re-run", 0, () => {
        for (const command of commands) {
          const result = sandbox.dokku(command);
          if (result.exitCode !== 0) {
            const message = result.stderr.split("\n").find((line) => line.startsWith(" !")) ?? `exit ${result.exitCode}`;
            throw new StepFailed(`stops at ${command[0]}: ${message.replace(/^ !\s+/, "")}`);
          }
        }
      }),
    );
    return rows;
  } finally {
    sandbox.cleanup();
  }
}

class StepFailed extends Error {}

/** Counts the calls at `depth` (1: the plugin's own; 0: the user's) made while `action` ran. */
export function measure(sandbox: Sandbox, app: string, label: string, depth: number, action: () => void): CallFigures {
  const count = (args: string[]) => Number(expectOk(sandbox.ctl(args)).stdout.trim());
  const snapshot = () => ({
    calls: count(["calls", "--depth", String(depth), "--count"]),
    mutating: count(["calls", "--depth", String(depth), "--mutating", "--count"]),
    restarts: count(["restarts", app]),
  });
  const before = snapshot();
  const started = process.hrtime.bigint();
  let failure: string | undefined;
  try {
    action();
  } catch (error) {
    if (!(error instanceof StepFailed)) throw error;
    failure = error.message;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const after = snapshot();
  return {
    label,
    calls: after.calls - before.calls,
    mutating: after.mutating - before.mutating,
    restarts: after.restarts - before.restarts,
    seconds,
    failure,
  };
}

export function expectOk(result: { exitCode: number; stdout: string; stderr: string }) {
  if (result.exitCode !== 0) throw new Error(`bench step failed (exit ${result.exitCode}): ${result.stderr || result.stdout}`);
  return result;
}
