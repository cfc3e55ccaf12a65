/** Exit codes shared with Dokku: 20 is what every Dokku command returns for a missing app. */
export const ExitCode = {
  ok: 0,
  userError: 1,
  notImplemented: 10,
  appMissing: 20,
} as const;

/**
 * A failure the operator can fix. The message says what went wrong and what to do;
 * main.ts prints it as ` !     message` on stderr and exits with `exitCode`.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = ExitCode.userError,
  ) {
    super(message);
    this.name = "UserError";
  }
}

/** The user asked for `--help`: main prints `text` (commander's help) on stdout and exits 0. */
export class HelpRequested extends Error {
  constructor(readonly text: string) {
    super("help requested");
    this.name = "HelpRequested";
  }
}

export class AppMissingError extends UserError {
  constructor(readonly app: string) {
    super(`App ${app} does not exist`, ExitCode.appMissing);
    this.name = "AppMissingError";
  }
}

/**
 * A `dokku` call that exited non-zero. Carries Dokku's own message, which is NOT value-free by
 * nature: godotenv's parse errors quote an unparsable ENV file (every secret of the app). Build
 * it only from `dokkuMessage` (src/dokku/client.ts), which redacts those quotes; our own
 * arguments' values never reach it (`redactFrom`).
 */
export class DokkuCommandError extends UserError {
  constructor(
    readonly command: string,
    readonly dokkuExitCode: number,
    readonly dokkuMessage: string,
  ) {
    super(
      `${describeCommand(command)} failed (exit ${dokkuExitCode})${dokkuMessage ? `: ${dokkuMessage}` : ""}`,
      dokkuExitCode === ExitCode.appMissing ? ExitCode.appMissing : ExitCode.userError,
    );
    this.name = "DokkuCommandError";
  }
}

/** Calls are recorded as `config:set` or, for triggers, `plugn:<trigger>`. */
function describeCommand(command: string): string {
  return command.startsWith("plugn:") ? `plugn trigger ${command.slice("plugn:".length)}` : `dokku ${command}`;
}
