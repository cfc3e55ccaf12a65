import { DokkuClient } from "./dokku/client.js";
import type { Context } from "./context.js";
import { ExitCode, HelpRequested, UserError } from "./errors.js";
import { basename, dirname } from "node:path";
import { diskFullError, isDiskFull, smallFileNeeds, type DiskFullContext } from "./io/disk-full.js";
import { createLog } from "./io/log.js";
import { execaRunner } from "./io/runner.js";
import { standardOutput, type StandardOutput } from "./io/standard-output.js";
import { dokkuPaths, type DokkuPaths } from "./paths.js";
import type { Subcommand, Trigger } from "./core/command.js";
import type { ParsedArgs } from "./core/options.js";

/** A command's module, as its generated entry imports it (build.ts): one export is the command. */
type CommandModule = Record<string, unknown>;

/**
 * How every command and trigger runs. The shims run `dist/plugin.cjs subcommand <pegasus:name>
 * args...` or `dist/plugin.cjs trigger <name> args...`; plugin.cjs (src/plugin.ts) imports that
 * command's own bundle, whose generated entry (build.ts) calls one of these with the module it
 * bundles. Only this file reads argv and env or sets the exit code for a command; plugin.cjs,
 * the loader before it, reads only the command's kind and name (to pick its bundle) and
 * DOKKU_TRACE (to say what its cache did), and sets the exit code only for a command or bundle
 * that does not exist.
 *
 * A subcommand's entry passes commander's parser (src/core/args.ts) in, so that a trigger's
 * bundle, which imports only this file, holds no commander.
 */
export async function startSubcommand(module: CommandModule, name: string, parse: ParseSubcommandArgs): Promise<void> {
  const subcommand = commandIn<Subcommand>(module, name);
  process.exitCode = await main(process.argv.slice(4), process.env, (rest, env, makeContext) => {
    const args = parse(subcommand, rest, env);
    return subcommand.run(args, makeContext(subcommand.printsData?.(args) ?? false));
  });
}

export async function startTrigger(module: CommandModule, name: string): Promise<void> {
  const trigger = commandIn<Trigger>(module, name);
  process.exitCode = await main(process.argv.slice(4), process.env, (rest, _env, makeContext) => trigger.run(rest, makeContext(false)));
}

type ParseSubcommandArgs = (shape: Subcommand, argv: readonly string[], env: NodeJS.ProcessEnv) => ParsedArgs;
type Run = (rest: string[], env: NodeJS.ProcessEnv, makeContext: (dataOnStdout: boolean) => Context) => Promise<number | void>;

function commandIn<T extends Subcommand | Trigger>(module: CommandModule, name: string): T {
  const command = Object.values(module).find(
    (value): value is T => typeof value === "object" && value !== null && (value as T).name === name && typeof (value as T).run === "function",
  );
  if (!command) throw new Error(`pegasus: the module of ${name} exports no command named ${name}`);
  return command;
}

async function main(rest: string[], env: NodeJS.ProcessEnv, run: Run): Promise<number> {
  const stdout = standardOutput(1, () => process.stdout);
  const stderr = standardOutput(2, () => process.stderr);
  const trace = Boolean(env.DOKKU_TRACE);
  let paths: DokkuPaths | undefined;
  const makeContext = (dataOnStdout: boolean): Context => {
    const log = createLog({
      stdout,
      stderr,
      dataOnStdout,
      quiet: Boolean(env.DOKKU_QUIET_OUTPUT),
      trace,
    });
    return {
      dokku: new DokkuClient({
        runner: execaRunner,
        bin: env.PEGASUS_DOKKU_BIN || "dokku",
        env,
        trace: log.trace,
      }),
      runner: execaRunner,
      log,
      stdout,
      stderr,
      stdin: () => process.stdin,
      // Made on first use: a command refused on its arguments never needs them.
      get paths() {
        return (paths ??= dokkuPaths(env));
      },
      env,
      now: () => new Date(),
    };
  };

  const exitCode = await runExplained(run, rest, env, makeContext, { stdout, stderr }, trace);
  // A write that failed (a full disk behind `> file`) left the output incomplete: the exit says so.
  for (const [name, output] of [["stdout", stdout], ["stderr", stderr]] as const) {
    if (!output.failure) continue;
    stderr.write(` !     pegasus: writing to ${name} failed (${output.failure.code ?? output.failure.message}): what it printed is incomplete. Free space where ${name} goes, or send it elsewhere\n`);
    return exitCode === ExitCode.ok ? ExitCode.userError : exitCode;
  }
  return exitCode;
}

async function runExplained(
  run: Run,
  rest: string[],
  env: NodeJS.ProcessEnv,
  makeContext: (dataOnStdout: boolean) => Context,
  { stdout, stderr }: { stdout: StandardOutput; stderr: StandardOutput },
  trace: boolean,
): Promise<number> {
  try {
    return (await run(rest, env, makeContext)) ?? ExitCode.ok;
  } catch (error) {
    if (error instanceof HelpRequested) {
      stdout.write(error.text);
      return ExitCode.ok;
    }
    // A full disk that no write site explained is still the server's state, not a bug.
    const explained = isDiskFull(error) ? await diskFullError(error, backstopWhere(error)) : error;
    if (explained instanceof UserError) {
      for (const line of explained.message.split("\n")) stderr.write(` !     ${line}\n`);
      return explained.exitCode;
    }
    stderr.write(` !     pegasus: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (trace && error instanceof Error && error.stack) stderr.write(`${error.stack}\n`);
    stderr.write(" !     Please re-run with `dokku --trace` and report this as a bug.\n");
    return ExitCode.userError;
  }
}

function backstopWhere(error: unknown): DiskFullContext {
  const file = (error as NodeJS.ErrnoException).path;
  return {
    dir: file ? dirname(file) : dokkuPaths(process.env).dataDir,
    what: file ? basename(file) : "a file of pegasus",
    needed: smallFileNeeds(""),
    neededBasis: "at least",
  };
}
