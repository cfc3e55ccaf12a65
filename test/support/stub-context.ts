import { Readable } from "node:stream";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Context } from "../../src/context.js";
import { DokkuClient } from "../../src/dokku/client.js";
import { createMemoryLog } from "../../src/io/log.js";
import type { Runner, RunResult } from "../../src/io/runner.js";
import { dokkuPaths } from "../../src/paths.js";

/** One scripted answer: matched on the dokku argv (without global flags) by exact prefix. */
export interface StubAnswer {
  argv: string[];
  exitCode?: number;
  stdout?: string;
  stderr?: string;
}

/**
 * A Runner that answers `dokku` calls from a table (np's stub-execa, see
 * aesthetics-and-tooling §1.4) and records every argv; unmatched calls fail the test loudly.
 */
export function stubRunner(answers: StubAnswer[]): Runner & { seen: string[][] } {
  const seen: string[][] = [];
  const answer = (args: readonly string[]): RunResult => {
    const argv = args[0] === "--quiet" ? args.slice(1) : [...args];
    seen.push(argv);
    const match = answers.find((a) => a.argv.every((part, index) => argv[index] === part));
    if (!match) throw new Error(`unexpected dokku call: ${argv.join(" ")}`);
    return { exitCode: match.exitCode ?? 0, stdout: match.stdout ?? "", stderr: match.stderr ?? "" };
  };
  return {
    seen,
    async run(_command, args) {
      return answer(args);
    },
    async stream(_command, args, options) {
      const result = answer(args);
      await options.consumeStdout(Readable.from([Buffer.from(result.stdout)]));
      return { exitCode: result.exitCode, stderr: result.stderr };
    },
  };
}

export interface StubContext extends Context {
  log: ReturnType<typeof createMemoryLog>;
  output: () => string;
  /** What was written to the context's stderr (progress lines, a build's output). */
  errorOutput: () => string;
}

/**
 * A Context over a stub runner, a memory log and a fresh temporary DOKKU_ROOT and DOKKU_LIB_ROOT.
 * `apps` exist: each has its directory in DOKKU_ROOT, which is what Dokku (and so dokku/apps.ts)
 * calls an app.
 */
export function stubContext(runner: Runner, options: { stdin?: string; env?: Record<string, string>; apps?: string[] } = {}): StubContext {
  const root = mkdtempSync(path.join(tmpdir(), "pegasus-unit-"));
  const env = {
    DOKKU_ROOT: path.join(root, "home"),
    DOKKU_LIB_ROOT: path.join(root, "lib"),
    ...options.env,
  };
  for (const app of options.apps ?? []) mkdirSync(path.join(env.DOKKU_ROOT, app), { recursive: true });
  const log = createMemoryLog();
  let written = "";
  let errorWritten = "";
  return {
    dokku: new DokkuClient({ runner, bin: "dokku", env }),
    runner,
    log,
    stdout: { write: (chunk: string) => (written += chunk) },
    stderr: { write: (chunk: string) => (errorWritten += chunk) },
    stdin: () => Readable.from([Buffer.from(options.stdin ?? "")]),
    paths: dokkuPaths(env),
    env,
    now: () => new Date("2026-11-26T07:01:02Z"),
    output: () => written,
    errorOutput: () => errorWritten,
  };
}
