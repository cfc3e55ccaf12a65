import type { Readable } from "node:stream";

export interface RunOptions {
  /** The child's whole environment (nothing is inherited beyond it). */
  env: Record<string, string | undefined>;
  input?: string | Buffer;
  /** A file streamed to the child's stdin (e.g. a database dump): never read into memory. */
  inputFile?: string;
}

export interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface StreamOptions extends RunOptions {
  /** Consumes the child's stdout; the call resolves once both the child and this are done. */
  consumeStdout(stdout: Readable): Promise<void>;
}

export interface StreamResult {
  exitCode: number;
  /** Set when the child was ended by a signal (e.g. SIGKILL). */
  signal?: string;
  stderr: string;
}

/** The one port through which the plugin starts processes; tests inject their own. */
export interface Runner {
  run(command: string, args: readonly string[], options: RunOptions): Promise<RunResult>;
  stream(command: string, args: readonly string[], options: StreamOptions): Promise<StreamResult>;
}

/**
 * execa is loaded on the first spawn, not at start: a command answered before any Dokku call
 * (a refused value, `--help`) never parses it.
 */
const loadExeca = async () => (await import("execa")).execa;

/** Arguments go to execa as an array: no shell ever parses them. */
export const execaRunner: Runner = {
  async run(command, args, options) {
    const execa = await loadExeca();
    const result = await execa(command, [...args], {
      env: options.env,
      extendEnv: false,
      input: options.input,
      inputFile: options.inputFile,
      stdin: options.input === undefined && options.inputFile === undefined ? "ignore" : undefined,
      reject: false,
      stripFinalNewline: false,
      encoding: "utf8",
    });
    return {
      exitCode: result.exitCode ?? 1,
      stdout: String(result.stdout ?? ""),
      stderr: String(result.stderr ?? ""),
    };
  },

  async stream(command, args, options) {
    const execa = await loadExeca();
    const child = execa(command, [...args], {
      env: options.env,
      extendEnv: false,
      input: options.input,
      stdin: options.input === undefined ? "ignore" : undefined,
      reject: false,
      buffer: { stdout: false, stderr: true },
      encoding: "buffer",
    });
    // When the consumer fails (ENOSPC while writing a dump) nobody reads the child's stdout any
    // more: kill it and wait for it to end, so an export never outlives the backup lock that
    // its caller releases as soon as this rejects.
    const consumed = options.consumeStdout(child.stdout).catch(async (error: unknown) => {
      child.kill();
      await child;
      throw error;
    });
    const [result] = await Promise.all([child, consumed]);
    return {
      exitCode: result.exitCode ?? 1,
      signal: result.signal ?? undefined,
      stderr: Buffer.from(result.stderr ?? new Uint8Array()).toString("utf8"),
    };
  },
};
