import type { Readable } from "node:stream";
import type { DokkuClient } from "./dokku/client.js";
import type { Log } from "./io/log.js";
import type { Runner } from "./io/runner.js";
import type { DokkuPaths } from "./paths.js";

/** Everything a subcommand or trigger may touch; main.ts builds it, tests build their own. */
export interface Context {
  dokku: DokkuClient;
  /** Other programs (git on the app's own repository); never dokku, which goes through `dokku`. */
  runner: Runner;
  log: Log;
  /**
   * Where data goes (`--format json`, or a downloaded backup's bytes); logs never do when a
   * command prints data.
   */
  stdout: { write(chunk: string | Uint8Array): unknown };
  /**
   * Where a long operation's own output goes beside the log (a backup's progress lines, a
   * rollback's build under --format json); never data.
   */
  stderr: { write(chunk: string): unknown };
  /** Standard input, opened only by the commands that read it. */
  stdin: () => Readable;
  paths: DokkuPaths;
  env: Record<string, string | undefined>;
  now(): Date;
}
