import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  AppMissingError,
  DokkuCommandError,
  ExitCode
} from "./chunk-VTI63AYM.mjs";

// src/dokku/client.ts
var STRIPPED_ENV = [
  "DOKKU_APP_NAME",
  "DOKKU_QUIET_OUTPUT",
  "DOKKU_TRACE",
  "DOKKU_APPS_FORCE_DELETE",
  "DOKKU_GLOBAL_FLAGS"
];
var DokkuClient = class {
  constructor(options) {
    this.options = options;
    const env = { ...options.env };
    for (const name of STRIPPED_ENV) delete env[name];
    this.childEnv = env;
  }
  calls = [];
  childEnv;
  get mutatingCalls() {
    return this.calls.filter((call) => call.mutating).length;
  }
  /** Runs `dokku [--quiet] <args>`; throws DokkuCommandError unless the exit code is accepted. */
  async run(args, options) {
    const argv = options.quiet ? ["--quiet", ...args] : [...args];
    const shown = showArgs(args, options.redactFrom);
    this.options.trace?.(`dokku ${shown.join(" ")}`);
    const result = await this.options.runner.run(this.options.bin, argv, {
      env: this.childEnv,
      input: options.input,
      inputFile: options.inputFile
    });
    this.record(args, shown, options.mutating, result.exitCode);
    this.check(args, result.exitCode, result.stderr, result.stdout, options.okExitCodes);
    return result;
  }
  /**
   * Runs `plugn trigger <name> <args…>` directly, as Dokku's Go core does (CallPlugnTrigger sits
   * on CallExecCommand): unlike `dokku plugin:trigger`, which the dokku script refuses to anyone
   * but root, it runs as whoever we are (the dokku user inside a subcommand or trigger). Same
   * runner and stripped environment as `run`; recorded as command `plugn:<name>`.
   */
  async trigger(name, args, options) {
    const argv = ["trigger", name, ...args];
    const shown = showArgs(argv, options.redactFrom === void 0 ? void 0 : options.redactFrom + 1);
    this.options.trace?.(`plugn ${shown.join(" ")}`);
    const result = await this.options.runner.run(this.options.plugnBin ?? "plugn", argv, {
      env: this.childEnv,
      input: options.input,
      inputFile: options.inputFile
    });
    this.calls.push({ command: `plugn:${name}`, shownArgs: shown, mutating: options.mutating, exitCode: result.exitCode });
    this.check([`plugn:${name}`], result.exitCode, result.stderr, result.stdout, options.okExitCodes);
    return result;
  }
  /** Runs a dokku command whose stdout is streamed to `consumeStdout` (e.g. postgres:export). */
  async stream(args, options) {
    const argv = options.quiet ? ["--quiet", ...args] : [...args];
    const shown = showArgs(args, options.redactFrom);
    this.options.trace?.(`dokku ${shown.join(" ")}`);
    const result = await this.options.runner.stream(this.options.bin, argv, {
      env: this.childEnv,
      input: options.input,
      consumeStdout: options.consumeStdout
    });
    this.record(args, shown, options.mutating, result.exitCode);
    return result;
  }
  record(args, shownArgs, mutating, exitCode) {
    this.calls.push({ command: args[0] ?? "", shownArgs, mutating, exitCode });
  }
  check(args, exitCode, stderr, stdout, okExitCodes = []) {
    if (exitCode === ExitCode.ok || okExitCodes.includes(exitCode)) return;
    const command = args[0] ?? "";
    const message = dokkuMessage(stderr, stdout);
    if (exitCode === ExitCode.appMissing && /^App .* does not exist$/m.test(message)) {
      const app = /^App (\S+) does not exist$/m.exec(message)?.[1] ?? "";
      throw new AppMissingError(app);
    }
    throw new DokkuCommandError(command, exitCode, message);
  }
};
function showArgs(args, redactFrom) {
  if (redactFrom === void 0) return [...args];
  return args.map((arg, index) => index >= redactFrom ? redact(arg) : arg);
}
function redact(arg) {
  const eq = arg.indexOf("=");
  return eq > 0 ? `${arg.slice(0, eq)}=<redacted>` : "<redacted>";
}
function dokkuMessage(stderr, stdout) {
  const marked = (text) => text.split("\n").filter((line) => line.startsWith(" !     ")).map((line) => line.slice(7).trim());
  const lines = [...marked(stderr), ...marked(stdout)];
  const chosen = lines.length > 0 ? lines : stderr.trim().split("\n").filter(Boolean).slice(-3);
  return chosen.map(redactDokkuLine).join("; ");
}
function redactDokkuLine(line) {
  return line.replace(/(unexpected character ).*?( in variable name near ).*$/, "$1<redacted>$2<redacted>").replace(/ near .*$/, " near <redacted>").replace(/(unterminated quoted value).*$/, "$1 <redacted>");
}

export {
  DokkuClient,
  dokkuMessage
};
