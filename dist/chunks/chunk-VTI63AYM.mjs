import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/errors.ts
var ExitCode = {
  ok: 0,
  userError: 1,
  notImplemented: 10,
  appMissing: 20
};
var UserError = class extends Error {
  constructor(message, exitCode = ExitCode.userError) {
    super(message);
    this.exitCode = exitCode;
    this.name = "UserError";
  }
};
var HelpRequested = class extends Error {
  constructor(text) {
    super("help requested");
    this.text = text;
    this.name = "HelpRequested";
  }
};
var AppMissingError = class extends UserError {
  constructor(app) {
    super(`App ${app} does not exist`, ExitCode.appMissing);
    this.app = app;
    this.name = "AppMissingError";
  }
};
var DokkuCommandError = class extends UserError {
  constructor(command, dokkuExitCode, dokkuMessage) {
    super(
      `${describeCommand(command)} failed (exit ${dokkuExitCode})${dokkuMessage ? `: ${dokkuMessage}` : ""}`,
      dokkuExitCode === ExitCode.appMissing ? ExitCode.appMissing : ExitCode.userError
    );
    this.command = command;
    this.dokkuExitCode = dokkuExitCode;
    this.dokkuMessage = dokkuMessage;
    this.name = "DokkuCommandError";
  }
};
function describeCommand(command) {
  return command.startsWith("plugn:") ? `plugn trigger ${command.slice("plugn:".length)}` : `dokku ${command}`;
}

export {
  ExitCode,
  UserError,
  HelpRequested,
  AppMissingError,
  DokkuCommandError
};
