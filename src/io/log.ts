/**
 * Dokku's output voice (plugins/common/functions): `-----> ` and `=====> ` headings and
 * 7-space detail lines on stdout, ` !     ` warnings on stderr. When stdout carries data
 * (`--format json`) every log line moves to stderr so stdout stays parseable.
 */
export interface Log {
  info1(message: string): void;
  info2(message: string): void;
  verbose(message: string): void;
  warn(message: string): void;
  /** Prints a failure line; the caller decides the exit. */
  fail(message: string): void;
  trace(message: string): void;
}

export interface LogOptions {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  /** stdout is reserved for data: send every log line to stderr. */
  dataOnStdout?: boolean;
  quiet?: boolean;
  trace?: boolean;
}

export function createLog(options: LogOptions): Log {
  const info = options.dataOnStdout ? options.stderr : options.stdout;
  const lines = (prefix: string, message: string) =>
    message
      .split("\n")
      .map((line) => `${prefix}${line}\n`)
      .join("");
  const say = (prefix: string) => (message: string) => {
    if (!options.quiet) info.write(lines(prefix, message));
  };
  return {
    info1: say("-----> "),
    info2: say("=====> "),
    verbose: say("       "),
    warn: (message) => options.stderr.write(lines(" !     ", message)),
    fail: (message) => options.stderr.write(lines(" !     ", message)),
    trace: (message) => {
      if (options.trace) options.stderr.write(lines("+ pegasus: ", message));
    },
  };
}

/** A Log that remembers every line; for tests and for callers that print later. */
export function createMemoryLog(): Log & { lines: { level: string; message: string }[] } {
  const recorded: { level: string; message: string }[] = [];
  const keep = (level: string) => (message: string) => {
    recorded.push({ level, message });
  };
  return {
    lines: recorded,
    info1: keep("info1"),
    info2: keep("info2"),
    verbose: keep("verbose"),
    warn: keep("warn"),
    fail: keep("fail"),
    trace: keep("trace"),
  };
}
