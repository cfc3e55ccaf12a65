import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DokkuClient
} from "./chunks/chunk-RVFNLFNF.mjs";
import {
  diskFullError,
  isDiskFull,
  smallFileNeeds
} from "./chunks/chunk-YDC6S6T6.mjs";
import {
  ExitCode,
  HelpRequested,
  UserError
} from "./chunks/chunk-VTI63AYM.mjs";
import "./chunks/chunk-WOOJPRL6.mjs";

// src/io/young-generation.ts
import { setFlagsFromString } from "node:v8";
setFlagsFromString("--semi-space-growth-factor=1");

// src/main.ts
import path2 from "node:path";

// src/io/log.ts
function createLog(options) {
  const info = options.dataOnStdout ? options.stderr : options.stdout;
  const lines = (prefix, message) => message.split("\n").map((line) => `${prefix}${line}
`).join("");
  const say = (prefix) => (message) => {
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
    }
  };
}

// src/io/runner.ts
var loadExeca = async () => (await import("./chunks/execa-K7OCPZ2F.mjs")).execa;
var execaRunner = {
  async run(command, args, options) {
    const execa = await loadExeca();
    const result = await execa(command, [...args], {
      env: options.env,
      extendEnv: false,
      input: options.input,
      inputFile: options.inputFile,
      stdin: options.input === void 0 && options.inputFile === void 0 ? "ignore" : void 0,
      reject: false,
      stripFinalNewline: false,
      encoding: "utf8"
    });
    return {
      exitCode: result.exitCode ?? 1,
      stdout: String(result.stdout ?? ""),
      stderr: String(result.stderr ?? "")
    };
  },
  async stream(command, args, options) {
    const execa = await loadExeca();
    const child = execa(command, [...args], {
      env: options.env,
      extendEnv: false,
      input: options.input,
      stdin: options.input === void 0 ? "ignore" : void 0,
      reject: false,
      buffer: { stdout: false, stderr: true },
      encoding: "buffer"
    });
    const consumed = options.consumeStdout(child.stdout).catch(async (error) => {
      child.kill();
      await child;
      throw error;
    });
    const [result] = await Promise.all([child, consumed]);
    return {
      exitCode: result.exitCode ?? 1,
      signal: result.signal ?? void 0,
      stderr: Buffer.from(result.stderr ?? new Uint8Array()).toString("utf8")
    };
  }
};

// src/paths.ts
import path from "node:path";
var PLUGIN_NAME = "pegasus";
function dokkuPaths(env) {
  const dokkuRoot = env.DOKKU_ROOT || "/home/dokku";
  const libRoot = env.DOKKU_LIB_ROOT || env.DOKKU_LIB_PATH || "/var/lib/dokku";
  const pluginPath = env.PLUGIN_PATH || path.join(libRoot, "plugins");
  return {
    dokkuRoot,
    libRoot,
    dataDir: path.join(libRoot, "data", PLUGIN_NAME),
    propertiesDir: path.join(libRoot, "config", PLUGIN_NAME),
    pluginAvailablePath: env.PLUGIN_AVAILABLE_PATH || path.join(pluginPath, "available"),
    pluginEnabledPath: env.PLUGIN_ENABLED_PATH || path.join(pluginPath, "enabled")
  };
}

// src/registry.ts
var subcommands = [
  { name: "setup", load: async () => (await import("./chunks/setup-GTI2SI3A.mjs")).setup },
  { name: "env-import", load: async () => (await import("./chunks/env-import-QSKBAJRL.mjs")).envImport },
  { name: "backup-deploy", load: async () => (await import("./chunks/backup-deploy-WTKLQV7H.mjs")).backupDeploy },
  { name: "backups", load: async () => (await import("./chunks/backups-S5RI4J3K.mjs")).backups },
  { name: "backup-download", load: async () => (await import("./chunks/backup-download-VJKCPN2I.mjs")).backupDownload },
  { name: "backup-schedule", load: async () => (await import("./chunks/backup-schedule-DXCUND33.mjs")).backupSchedule },
  { name: "backup-unschedule", load: async () => (await import("./chunks/backup-unschedule-QPHOTPES.mjs")).backupUnschedule },
  { name: "restore", load: async () => (await import("./chunks/restore-2ZHEBSL3.mjs")).restore },
  { name: "offsite-auth", load: async () => (await import("./chunks/offsite-auth-HK3WUBVQ.mjs")).offsiteAuth },
  { name: "offsite-push", load: async () => (await import("./chunks/offsite-push-RFB5F7P6.mjs")).offsitePush },
  { name: "rollback", load: async () => (await import("./chunks/rollback-CZURVGT5.mjs")).rollback },
  { name: "releases", load: async () => (await import("./chunks/releases-5IIHIMBY.mjs")).releases },
  { name: "set", load: async () => (await import("./chunks/set-BQPAGUE2.mjs")).set },
  { name: "report", load: async () => (await import("./chunks/report-65PTNZGX.mjs")).report }
];
var triggers = [
  { name: "post-delete", load: async () => (await import("./chunks/post-delete-ABFKJCXL.mjs")).postDelete },
  { name: "post-app-rename-setup", load: async () => (await import("./chunks/post-app-rename-setup-CTKUEHB4.mjs")).postAppRenameSetup },
  { name: "post-app-clone-setup", load: async () => (await import("./chunks/post-app-clone-setup-C2DGQR5O.mjs")).postAppCloneSetup },
  { name: "cron-entries", load: async () => (await import("./chunks/cron-entries-TK4SELNK.mjs")).cronEntries },
  { name: "post-build", load: async () => (await import("./chunks/post-build-6X6JF2TI.mjs")).postBuild },
  { name: "pre-release-builder", load: async () => (await import("./chunks/pre-release-builder-LUOBLG5G.mjs")).preReleaseBuilder },
  { name: "post-deploy", load: async () => (await import("./chunks/post-deploy-G5NDU7FJ.mjs")).postDeploy },
  { name: "report", load: async () => (await import("./chunks/report-RIWQMUOE.mjs")).report }
];
function findSubcommand(name) {
  return subcommands.find((subcommand) => subcommand.name === name);
}
function findTrigger(name) {
  return triggers.find((trigger) => trigger.name === name);
}

// src/main.ts
async function main(argv, env) {
  const [kind, name, ...rest] = argv;
  const stdout = closableOutput(process.stdout);
  const stderr = closableOutput(process.stderr);
  const trace = Boolean(env.DOKKU_TRACE);
  const makeContext = (dataOnStdout) => {
    const log = createLog({
      stdout,
      stderr,
      dataOnStdout,
      quiet: Boolean(env.DOKKU_QUIET_OUTPUT),
      trace
    });
    return {
      dokku: new DokkuClient({
        runner: execaRunner,
        bin: env.PEGASUS_DOKKU_BIN || "dokku",
        env,
        trace: log.trace
      }),
      runner: execaRunner,
      log,
      stdout,
      stderr,
      stdin: () => process.stdin,
      paths: dokkuPaths(env),
      env,
      now: () => /* @__PURE__ */ new Date()
    };
  };
  try {
    if (kind === "subcommand" && name) {
      const subcommandName = name.startsWith(`${PLUGIN_NAME}:`) ? name.slice(PLUGIN_NAME.length + 1) : name;
      const entry = findSubcommand(subcommandName);
      if (!entry) {
        throw new UserError(`\`${name}\` is not a dokku command. See \`dokku pegasus:help\``);
      }
      const [subcommand, { parseSubcommandArgs }] = await Promise.all([entry.load(), import("./chunks/args-DKCV5543.mjs")]);
      const args = parseSubcommandArgs(subcommand, rest, env);
      const context = makeContext(subcommand.printsData?.(args) ?? false);
      return await subcommand.run(args, context) ?? ExitCode.ok;
    }
    if (kind === "trigger" && name) {
      const trigger = await findTrigger(name)?.load();
      if (!trigger) return ExitCode.ok;
      return await trigger.run(rest, makeContext(false)) ?? ExitCode.ok;
    }
    throw new UserError("Usage: plugin.mjs subcommand <pegasus:name> [args] | trigger <name> [args]");
  } catch (error) {
    if (error instanceof HelpRequested) {
      process.stdout.write(error.text);
      return ExitCode.ok;
    }
    const explained = isDiskFull(error) ? await diskFullError(error, backstopWhere(error)) : error;
    if (explained instanceof UserError) {
      for (const line of explained.message.split("\n")) stderr.write(` !     ${line}
`);
      return explained.exitCode;
    }
    stderr.write(` !     pegasus: unexpected error: ${error instanceof Error ? error.message : String(error)}
`);
    if (trace && error instanceof Error && error.stack) stderr.write(`${error.stack}
`);
    stderr.write(" !     Please re-run with `dokku --trace` and report this as a bug.\n");
    return ExitCode.userError;
  }
}
function backstopWhere(error) {
  const file = error.path;
  return {
    dir: file ? path2.dirname(file) : dokkuPaths(process.env).dataDir,
    what: file ? path2.basename(file) : "a file of pegasus",
    needed: smallFileNeeds(""),
    neededBasis: "at least"
  };
}
function closableOutput(stream) {
  let broken;
  stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
    broken = error;
  });
  const listen = (method, event, listener) => {
    if (event === "error" && broken) {
      const earlier = broken;
      queueMicrotask(() => listener(earlier));
      if (method === "once") return;
    }
    stream[method](event, listener);
  };
  return {
    write(chunk) {
      return broken ? false : stream.write(chunk);
    },
    on: (event, listener) => listen("on", event, listener),
    once: (event, listener) => listen("once", event, listener),
    off: (event, listener) => void stream.off(event, listener)
  };
}
process.exitCode = await main(process.argv.slice(2), process.env);
