// Entry of the fake `dokku` (and, with --fake-dokku-ctl, of fake-dokku-ctl). One process per
// command, like the real CLI: global flags, recording, faults, then the `dokku` script's dispatch.
import { randomBytes } from "node:crypto";
import { ctl } from "./ctl.js";
import { applyDelay, runWithStreamFault, takeFault } from "./faults.js";
import { DokkuExit, err, warn } from "./output.js";
import { commandsLoop, dispatchSubcommandFile, help, notACommand, pluginEnabled } from "./plugins.js";
import { COMMANDS, isMutating } from "./registry.js";
import "./core-triggers.js";
import { plugnMain } from "./plugn.js";
import { appendJsonl, currentDepth, fakeFile, paths } from "./state.js";
import { effectiveUser, switchUser } from "./users.js";
import { DOKKU_VERSION, dokkuVersion } from "./version.js";

export { DOKKU_VERSION };

/** The arguments the handler sees: core plugins get DOKKU_APP_NAME (from --app) prepended. */
function handlerArgs(argv: string[]): string[] {
  const def = COMMANDS[argv[0] ?? ""];
  return def && !def.community && process.env.DOKKU_APP_NAME ? [process.env.DOKKU_APP_NAME, ...argv.slice(1)] : argv.slice(1);
}

/** parse_args: exports from flags anywhere in argv; returns argv without the leading flags. */
function parseArgs(argv: string[]): string[] {
  const flags: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--quiet") process.env.DOKKU_QUIET_OUTPUT = "1";
    else if (a === "--trace") process.env.DOKKU_TRACE = "1";
    else if (a === "--force") process.env.DOKKU_APPS_FORCE_DELETE = "1";
    if (a === "--app") {
      process.env.DOKKU_APP_NAME = argv[i + 1] ?? "";
      flags.push(`--app=${argv[i + 1] ?? ""}`);
      i++;
      continue;
    }
    if (a.startsWith("--")) flags.push(a);
  }
  if (!process.env.DOKKU_GLOBAL_FLAGS) process.env.DOKKU_GLOBAL_FLAGS = flags.join(" ");
  const rest = [...argv];
  if ((rest[0] ?? "").startsWith("--")) {
    while (rest.length && (rest[0] as string).startsWith("--")) {
      if (rest[0] === "--version") break;
      if (rest[0] === "--app") rest.splice(0, 2);
      else rest.shift();
    }
  }
  return rest;
}

function record(argv: string[]): string | undefined {
  if (process.env.FAKE_DOKKU_INNER === "1" || process.env.FAKE_DOKKU_NO_RECORD === "1") return undefined;
  const id = randomBytes(8).toString("hex");
  const command = argv[0] ?? "";
  appendJsonl(fakeFile("calls.jsonl"), {
    kind: "call",
    id,
    ts: new Date().toISOString(),
    pid: process.pid,
    depth: currentDepth(),
    argv: process.argv.slice(2),
    command,
    user: effectiveUser(command),
    mutating: isMutating(command, handlerArgs(argv)),
  });
  return id;
}

async function run(rawArgv: string[]): Promise<number> {
  paths();
  const argv = parseArgs(rawArgv);
  const command = argv[0] ?? "";
  if (command === "" || command === "help") return help(argv[1] === "--all");
  if (command === "version" || command === "-v" || command === "--version") {
    process.stdout.write(`dokku version ${dokkuVersion()}\n`);
    return 0;
  }
  const id = record(argv);
  const code = await runRecorded(rawArgv, argv);
  if (id) appendJsonl(fakeFile("calls.jsonl"), { kind: "exit", id, exit: code });
  return code;
}

async function runRecorded(rawArgv: string[], argv: string[]): Promise<number> {
  const command = argv[0] as string;
  // the dokku script's `sudo -u dokku` / "This command must be run as root" (users.ts)
  const refused = switchUser(command);
  if (refused !== undefined) return refused;
  if (process.env.FAKE_DOKKU_INNER !== "1") {
    const fault = takeFault(argv);
    if (fault) {
      applyDelay(fault);
      if (fault.exit !== undefined) {
        warn(fault.message ?? `fake-dokku: injected failure of ${command}`);
        return fault.exit;
      }
      if (fault.truncateBytes !== undefined || fault.killAfterBytes !== undefined) return runWithStreamFault(fault, rawArgv);
    }
  }
  try {
    const fromFile = dispatchSubcommandFile(argv);
    if (fromFile !== undefined) return fromFile;
    const def = COMMANDS[command];
    if (def && (!def.community || pluginEnabled(def.community))) {
      def.handler(command, handlerArgs(argv));
      return 0;
    }
    const fromCommands = commandsLoop(argv);
    if (fromCommands !== undefined) return fromCommands;
    notACommand(argv);
  } catch (e) {
    if (e instanceof DokkuExit) return e.code;
    const full = fullDiskMessage(e);
    if (full) {
      warn(full);
      return 1;
    }
    err(`fake-dokku: internal error in ${command}: ${(e as Error).stack ?? String(e)}\n`);
    return 1;
  }
}

/**
 * Dokku's Go subcommands end in `common.LogFailWithError(err)`: a full disk while writing a file
 * (the app's ENV) is one ` !     ` line carrying Go's *os.PathError text, `<op> <path>: <errno text>`.
 */
function fullDiskMessage(error: unknown): string | undefined {
  const { code, syscall, path } = (error ?? {}) as NodeJS.ErrnoException;
  const text = code === "ENOSPC" ? "no space left on device" : code === "EDQUOT" ? "disk quota exceeded" : undefined;
  return text && path ? `${syscall ?? "write"} ${path}: ${text}` : undefined;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let code: number;
  if (argv[0] === "--fake-dokku-ctl") code = ctl(argv.slice(1));
  else if (argv[0] === "--fake-plugn") code = plugnMain(argv.slice(1));
  else code = await run(argv);
  process.exitCode = code;
}

void main();
