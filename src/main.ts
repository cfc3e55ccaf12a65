// First, before any other module runs: it sets how V8 sizes the young generation.
import "./io/young-generation.js";
import { DokkuClient } from "./dokku/client.js";
import type { Context } from "./context.js";
import { ExitCode, HelpRequested, UserError } from "./errors.js";
import path from "node:path";
import { diskFullError, isDiskFull, smallFileNeeds, type DiskFullContext } from "./io/disk-full.js";
import { createLog } from "./io/log.js";
import { execaRunner } from "./io/runner.js";
import { dokkuPaths, PLUGIN_NAME } from "./paths.js";
import { findSubcommand, findTrigger } from "./registry.js";

/**
 * The one entry point: the shims run `plugin.mjs subcommand <pegasus:name> args...` or
 * `plugin.mjs trigger <name> args...`. Only this file reads argv and env or sets the exit code.
 */
async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const [kind, name, ...rest] = argv;
  const stdout = closableOutput(process.stdout);
  const stderr = closableOutput(process.stderr);
  const trace = Boolean(env.DOKKU_TRACE);
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
      paths: dokkuPaths(env),
      env,
      now: () => new Date(),
    };
  };

  try {
    if (kind === "subcommand" && name) {
      const subcommandName = name.startsWith(`${PLUGIN_NAME}:`) ? name.slice(PLUGIN_NAME.length + 1) : name;
      const entry = findSubcommand(subcommandName);
      if (!entry) {
        throw new UserError(`\`${name}\` is not a dokku command. See \`dokku pegasus:help\``);
      }
      // commander comes with the command's module (triggers never load it).
      const [subcommand, { parseSubcommandArgs }] = await Promise.all([entry.load(), import("./core/args.js")]);
      const args = parseSubcommandArgs(subcommand, rest, env);
      const context = makeContext(subcommand.printsData?.(args) ?? false);
      return (await subcommand.run(args, context)) ?? ExitCode.ok;
    }
    if (kind === "trigger" && name) {
      const trigger = await findTrigger(name)?.load();
      if (!trigger) return ExitCode.ok;
      return (await trigger.run(rest, makeContext(false))) ?? ExitCode.ok;
    }
    throw new UserError("Usage: plugin.mjs subcommand <pegasus:name> [args] | trigger <name> [args]");
  } catch (error) {
    if (error instanceof HelpRequested) {
      process.stdout.write(error.text);
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
    dir: file ? path.dirname(file) : dokkuPaths(process.env).dataDir,
    what: file ? path.basename(file) : "a file of pegasus",
    needed: smallFileNeeds(""),
    neededBasis: "at least",
  };
}

/**
 * stdout or stderr as every command writes to them. A reader that goes away (`| head -3`)
 * makes the next write fail with EPIPE, which Node raises as an unhandled 'error' event and a
 * stack trace. Output nobody reads is dropped instead, and the command runs to its end: a
 * restore or setup cut short because a pager closed would be worse than output lost.
 * A command that streams data (backup-download) listens for 'error' and 'drain' itself: it
 * waits for the reader (memory stays flat) and learns of the EPIPE, even one that came first.
 */
type OutputListener = (...args: unknown[]) => void;
function closableOutput(stream: NodeJS.WriteStream) {
  let broken: NodeJS.ErrnoException | undefined;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    broken = error;
  });
  const listen = (method: "on" | "once", event: string, listener: OutputListener) => {
    if (event === "error" && broken) {
      const earlier = broken;
      queueMicrotask(() => listener(earlier));
      if (method === "once") return;
    }
    stream[method](event, listener);
  };
  return {
    write(chunk: string | Uint8Array): boolean {
      return broken ? false : stream.write(chunk);
    },
    on: (event: string, listener: OutputListener) => listen("on", event, listener),
    once: (event: string, listener: OutputListener) => listen("once", event, listener),
    off: (event: string, listener: OutputListener) => void stream.off(event, listener),
  };
}

process.exitCode = await main(process.argv.slice(2), process.env);
