import type { Readable } from "node:stream";
import { AppMissingError, DokkuCommandError, ExitCode } from "../errors.js";
import type { Runner, RunResult } from "../io/runner.js";

/**
 * Variables that Dokku's parse_args exports from the caller's flags. A child `dokku` would
 * act on them again (DOKKU_APP_NAME is prepended to core commands' argv), so they never
 * reach it.
 */
export const STRIPPED_ENV = [
  "DOKKU_APP_NAME",
  "DOKKU_QUIET_OUTPUT",
  "DOKKU_TRACE",
  "DOKKU_APPS_FORCE_DELETE",
  "DOKKU_GLOBAL_FLAGS",
] as const;

export interface DokkuCall {
  /** The Dokku command, e.g. `config:set`. */
  command: string;
  /** The arguments as they may be shown: values after `redactFrom` are replaced. */
  shownArgs: string[];
  mutating: boolean;
  exitCode: number;
}

export interface CallOptions {
  /** Whether this call can change anything on the server; counted by tests and the benchmark. */
  mutating: boolean;
  /** Standard input for the child (e.g. a JSON document of config values). */
  input?: string | Buffer;
  /** A file streamed to the child's stdin (postgres:import of a dump), never held in memory. */
  inputFile?: string;
  /** Prepend Dokku's global `--quiet` (it must come before the command). */
  quiet?: boolean;
  /** Exit codes that are answers, not failures (e.g. 1 for `postgres:exists`). */
  okExitCodes?: number[];
  /** Arguments from this index on may hold secrets: they never appear in records or errors. */
  redactFrom?: number;
}

export interface DokkuClientOptions {
  runner: Runner;
  /** Path or name of the dokku binary. */
  bin: string;
  /** Path or name of the plugn binary (`trigger`); default `plugn` from PATH, as on a Dokku host. */
  plugnBin?: string;
  /** The environment the plugin itself received; the client strips parse_args variables. */
  env: Record<string, string | undefined>;
  trace?: (line: string) => void;
}

/** The only code that starts `dokku`. Every call is recorded so callers can count them. */
export class DokkuClient {
  readonly calls: DokkuCall[] = [];
  private strippedEnv: Record<string, string | undefined> | undefined;

  constructor(private readonly options: DokkuClientOptions) {}

  /** Made at the first call: copying process.env asks the C++ side for every variable, and most commands refused early make no call. */
  private get childEnv(): Record<string, string | undefined> {
    if (!this.strippedEnv) {
      const env = { ...this.options.env };
      for (const name of STRIPPED_ENV) delete env[name];
      this.strippedEnv = env;
    }
    return this.strippedEnv;
  }

  get mutatingCalls(): number {
    return this.calls.filter((call) => call.mutating).length;
  }

  /** Runs `dokku [--quiet] <args>`; throws DokkuCommandError unless the exit code is accepted. */
  async run(args: readonly string[], options: CallOptions): Promise<RunResult> {
    const argv = options.quiet ? ["--quiet", ...args] : [...args];
    const shown = showArgs(args, options.redactFrom);
    this.options.trace?.(`dokku ${shown.join(" ")}`);
    const result = await this.options.runner.run(this.options.bin, argv, {
      env: this.childEnv,
      input: options.input,
      inputFile: options.inputFile,
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
  async trigger(name: string, args: readonly string[], options: Omit<CallOptions, "quiet">): Promise<RunResult> {
    const argv = ["trigger", name, ...args];
    const shown = showArgs(argv, options.redactFrom === undefined ? undefined : options.redactFrom + 1);
    this.options.trace?.(`plugn ${shown.join(" ")}`);
    const result = await this.options.runner.run(this.options.plugnBin ?? "plugn", argv, {
      env: this.childEnv,
      input: options.input,
      inputFile: options.inputFile,
    });
    this.calls.push({ command: `plugn:${name}`, shownArgs: shown, mutating: options.mutating, exitCode: result.exitCode });
    this.check([`plugn:${name}`], result.exitCode, result.stderr, result.stdout, options.okExitCodes);
    return result;
  }

  /** Runs a dokku command whose stdout is streamed to `consumeStdout` (e.g. postgres:export). */
  async stream(
    args: readonly string[],
    options: CallOptions & { consumeStdout(stdout: Readable): Promise<void> },
  ): Promise<{ exitCode: number; signal?: string; stderr: string }> {
    const argv = options.quiet ? ["--quiet", ...args] : [...args];
    const shown = showArgs(args, options.redactFrom);
    this.options.trace?.(`dokku ${shown.join(" ")}`);
    const result = await this.options.runner.stream(this.options.bin, argv, {
      env: this.childEnv,
      input: options.input,
      consumeStdout: options.consumeStdout,
    });
    this.record(args, shown, options.mutating, result.exitCode);
    return result;
  }

  private record(args: readonly string[], shownArgs: string[], mutating: boolean, exitCode: number) {
    this.calls.push({ command: args[0] ?? "", shownArgs, mutating, exitCode });
  }

  private check(
    args: readonly string[],
    exitCode: number,
    stderr: string,
    stdout: string,
    okExitCodes: number[] = [],
  ) {
    if (exitCode === ExitCode.ok || okExitCodes.includes(exitCode)) return;
    const command = args[0] ?? "";
    const message = dokkuMessage(stderr, stdout);
    if (exitCode === ExitCode.appMissing && /^App .* does not exist$/m.test(message)) {
      const app = /^App (\S+) does not exist$/m.exec(message)?.[1] ?? "";
      throw new AppMissingError(app);
    }
    throw new DokkuCommandError(command, exitCode, message);
  }
}

function showArgs(args: readonly string[], redactFrom: number | undefined): string[] {
  if (redactFrom === undefined) return [...args];
  return args.map((arg, index) => (index >= redactFrom ? redact(arg) : arg));
}

function redact(arg: string): string {
  const eq = arg.indexOf("=");
  return eq > 0 ? `${arg.slice(0, eq)}=<redacted>` : "<redacted>";
}

/**
 * Dokku's failure text: its ` !     ` lines (stderr first, then stdout under build capture),
 * each passed through `redactDokkuLine`. Every failure message the client builds, and every
 * caller that reads a failed result itself (`stream`, `okExitCodes`), goes through here.
 */
export function dokkuMessage(stderr: string, stdout: string): string {
  const marked = (text: string) =>
    text
      .split("\n")
      .filter((line) => line.startsWith(" !     "))
      .map((line) => line.slice(7).trim());
  const lines = [...marked(stderr), ...marked(stdout)];
  const chosen = lines.length > 0 ? lines : stderr.trim().split("\n").filter(Boolean).slice(-3);
  return chosen.map(redactDokkuLine).join("; ");
}

/**
 * Removes the parts of a Dokku message line that quote input. Every `config:*` command parses
 * the app's ENV file with godotenv first, and when that file cannot be parsed godotenv's error
 * quotes it: `unexpected character "x" in variable name near "<the rest of the file>"` or
 * `unterminated quoted value <the rest of the line>`, i.e. the app's secrets. Done here rather
 * than by each caller so that no path (env-import, the backup's config read, the deploy gate,
 * the report's config:keys) can forget it; ` near ` is redacted in any command's message, as a
 * line that says where a parse failed is quoting its input.
 */
export function redactDokkuLine(line: string): string {
  return line
    .replace(/(unexpected character ).*?( in variable name near ).*$/, "$1<redacted>$2<redacted>")
    .replace(/ near .*$/, " near <redacted>")
    .replace(/(unterminated quoted value).*$/, "$1 <redacted>");
}
