import { randomBytes } from "node:crypto";
import { constants, type Stats } from "node:fs";
import { open, readdir, realpath, stat, type FileHandle } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import type { Readable } from "node:stream";
import { booleanOption, DRY_RUN_OPTION, expectPositionals, FORMAT_OPTION, formatOption } from "../core/args.js";
import { verifyAppName } from "../core/app-name.js";
import type { Subcommand } from "../core/command.js";
import {
  allowedHostsToCheck,
  changeCount,
  planEnvImport,
  productionWarnings,
  renderPlanLines,
  secretKeyFrom,
  summarizePlan,
  verifyReadBack,
  type Config,
  type EnvImportPlan,
} from "../core/env-diff.js";
import { describeProblems, readEnvFile, refusedValueReason, type EnvEntry } from "../core/env-file.js";
import type { Context } from "../context.js";
import { exportConfigMap } from "../dokku/config.js";
import { appDomains } from "../dokku/domains.js";
import { dokkuVersion, versionAtLeast } from "../dokku/version.js";
import { restartState, unsetConfig, writeConfig } from "../dokku/env.js";
import { dirInDokkuMessage, diskFullError, diskFullInDokkuMessage, smallFileNeeds } from "../io/disk-full.js";
import { restartApp } from "../dokku/ps.js";
import { UserError } from "../errors.js";
import { withConfigLock } from "../io/config-lock.js";

const USAGE = "<app> [FILE|-]";
const COMMAND = "pegasus:env-import";

/** A Pegasus .env is a few KB; anything near this is the wrong file. */
export const MAX_INPUT_BYTES = 1024 * 1024;

export interface EnvImportResult {
  app: string;
  dry_run: boolean;
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: string[];
  restarted: boolean;
  /** With --dry-run: whether the import would restart the app (a real run says it in `restarted`). */
  would_restart: boolean;
}

export const envImport: Subcommand = {
  name: "env-import",
  args: USAGE,
  summary: "Load a .env into an app's config safely with at most one restart",
  options: {
    ...DRY_RUN_OPTION,
    "no-restart": { type: "boolean", description: "write the config but do not restart the app" },
    replace: {
      type: "boolean",
      description: "also remove keys the file lacks (never GIT_REV, NO_VHOST, DOKKU_* or link URLs)",
    },
    "allow-link-override": {
      type: "boolean",
      description: "let the file set Dokku's own keys (GIT_REV, NO_VHOST, DOKKU_*) or change DATABASE_URL, REDIS_URL",
    },
    "generate-secret-key": {
      type: "boolean",
      description: "create a SECRET_KEY when neither the file nor the app has one (never rotates)",
    },
    ...FORMAT_OPTION,
  },
  notes: [
    "Reads stdin when FILE is - or absent: ssh dokku@host pegasus:env-import myapp < .env",
    "The file is read as the dotenv package reads it ($VAR is NOT expanded, unlike config:import),",
    "but strictly: a line that is not KEY=VALUE, a duplicate key or a value Dokku 0.38 would store",
    "wrongly (ending in \" or \\, or a number with a leading 0 or +) stops the import; nothing is applied.",
    "Values are never printed: the diff shows keys and value lengths only.",
    "One change of an app's config at a time: a second env-import or setup waits for the first (up to 5 minutes).",
  ],
  printsData: (args) => formatOption(args.options) === "json",
  async run({ positionals, options }, context) {
    expectPositionals(COMMAND, USAGE, positionals, 1, 2);
    const app = verifyAppName(positionals[0]);
    const json = formatOption(options) === "json";
    const flags = {
      dryRun: booleanOption(options, "dry-run"),
      noRestart: booleanOption(options, "no-restart"),
      replace: booleanOption(options, "replace"),
      allowLinkOverride: booleanOption(options, "allow-link-override"),
      generateSecretKey: booleanOption(options, "generate-secret-key"),
    };
    const result = await importEnv(app, positionals[1], flags, context);
    if (json) context.stdout.write(`${JSON.stringify(result)}\n`);
  },
};

export interface ImportFlags {
  dryRun: boolean;
  noRestart: boolean;
  replace: boolean;
  allowLinkOverride: boolean;
  generateSecretKey: boolean;
}

export async function importEnv(
  app: string,
  source: string | undefined,
  flags: ImportFlags,
  context: Context,
): Promise<EnvImportResult> {
  const { log } = context;
  // Parse before the first Dokku call: a broken file costs nothing and changes nothing.
  const input = await readInput(source, context);
  const entries = readEnvFile(input.label, input.text);
  // With --replace an empty input would clear the app's config: treat it as the mistake it is.
  if (entries.length === 0) {
    throw new UserError(`${input.label} has no KEY=VALUE lines; nothing was imported. Pipe a .env file: ${COMMAND} <app> < .env`);
  }
  log.info1(`Read ${entries.length} ${entries.length === 1 ? "key" : "keys"} from ${input.label}`);

  // Read, plan, write and read back as one unit: another import or setup writing in between
  // would make this one's read-back fail on keys it never wrote. A dry run writes nothing.
  const change = () => planAndApply(app, entries, input.label, flags, context);
  const { plan, applied } = flags.dryRun ? await change() : await withConfigLock(app, context, change);
  if (flags.dryRun) {
    // A restart re-runs the release phase (migrations): the plan must say whether one would come.
    const restart = changeCount(plan) > 0 ? await restartDecision(app, flags.noRestart, context) : { restart: false, why: "nothing would change" };
    log.info1(restart.restart ? `Dry run: nothing was changed; the import would restart ${app} once` : `Dry run: nothing was changed; the import would not restart ${app}: ${restart.why}`);
    return { ...resultOf(app, flags, plan), restarted: false, would_restart: restart.restart };
  }
  const restarted = applied ? await restartOnce(app, flags.noRestart, context) : false;
  return { ...resultOf(app, flags, plan), restarted, would_restart: restarted };
}

function resultOf(app: string, flags: ImportFlags, plan: EnvImportPlan): Omit<EnvImportResult, "restarted" | "would_restart"> {
  return { app, dry_run: flags.dryRun, added: plan.added, changed: plan.changed, removed: plan.removed, unchanged: plan.unchanged };
}

async function planAndApply(
  app: string,
  entries: readonly EnvEntry[],
  label: string,
  flags: ImportFlags,
  context: Context,
): Promise<{ plan: EnvImportPlan; applied: boolean }> {
  const { log, dokku } = context;
  const current = await exportConfigMap(dokku, app);
  const generated = secretKeyToGenerate(entries, current, flags.generateSecretKey, context);
  const plan = planEnvImport({
    entries,
    current,
    replace: flags.replace,
    allowLinkOverride: flags.allowLinkOverride,
    generated,
  });
  if (plan.problems.length > 0) throw new UserError(describeProblems(plan.problems, label));
  // godotenv 1.2.0 (Dokku 0.37 and older) writes such a value back as it reads it.
  if (changeCount(plan) > 0 && plan.unwritable.length > 0 && versionAtLeast(await dokkuVersion(dokku, context.paths.libRoot), [0, 38, 0])) {
    const one = plan.unwritable.length === 1;
    throw new UserError(
      `${app} already holds ${one ? "a value" : "values"} ending in a backslash (${plan.unwritable.join(", ")}; ${one ? "it reads" : "they read"} back so after a config:set of a value ending in "). ` +
        `Dokku 0.38 rewrites the whole ENV file on every config write and would write ${one ? "it" : "them"} so that no config command of ${app} could read the file again; nothing was imported. ` +
        `Fix ${one ? "that value" : "those values"} by hand in ${join(context.paths.libRoot, "config", app, "ENV")} (or set ${one ? "it" : "them"} in this file to a value that does not end in \\ or "), then run this again`,
    );
  }

  log.info2(`${app}: ${summarizePlan(plan)}${flags.dryRun ? " (dry run)" : ""}`);
  for (const line of renderPlanLines(plan)) log.verbose(line);

  const hosts = allowedHostsToCheck(plan.after);
  const domains = hosts ? await appDomains(dokku, app) : undefined;
  for (const warning of productionWarnings(plan.after, domains)) log.warn(warning);

  if (flags.dryRun) return { plan, applied: false };
  if (changeCount(plan) === 0) {
    log.info1(`Nothing to change; ${app} was not restarted`);
    return { plan, applied: false };
  }
  await apply(app, plan, context);
  return { plan, applied: true };
}

async function apply(app: string, plan: EnvImportPlan, context: Context): Promise<void> {
  const { log, dokku } = context;
  const setCount = plan.toSet.size;
  if (setCount > 0) {
    try {
      await writeConfig(dokku, app, plan.toSet);
    } catch (error) {
      const full = diskFullInDokkuMessage(error);
      if (!full) throw error;
      throw await diskFullError(full, {
        dir: dirInDokkuMessage(full.message) ?? join(context.paths.dokkuRoot, app),
        what: `the config of ${app} (dokku config:import)`,
        needed: smallFileNeeds(JSON.stringify(Object.fromEntries(plan.toSet))),
        neededBasis: "the new values, at least",
        left: `Dokku may have written part of the config: check it with \`dokku config:keys ${app}\`; ${app} was not restarted.`,
      });
    }
    log.info1(`Wrote ${setCount} ${setCount === 1 ? "key" : "keys"} with one config:import`);
  }
  if (plan.toUnset.length > 0) {
    try {
      await unsetConfig(dokku, app, plan.toUnset);
    } catch (error) {
      // Not all or nothing any more: config:import has already written. Say exactly what is
      // in place (key names only) so the operator neither assumes a rollback nor re-checks blind.
      if (setCount === 0) throw error;
      throw new UserError(
        [
          error instanceof Error ? error.message : String(error),
          `The added and changed keys were already written by config:import: ${[...plan.added, ...plan.changed].join(", ")}.`,
          `Not removed: ${plan.toUnset.join(", ")}. ${app} was not restarted. Fix the cause, then run the same import again (it only removes what is left)`,
        ].join("\n"),
        error instanceof UserError ? error.exitCode : 1,
      );
    }
    log.info1(`Removed ${plan.toUnset.length} ${plan.toUnset.length === 1 ? "key" : "keys"} with one config:unset`);
  }

  const readBack = await exportConfigMap(dokku, app);
  const wrong = verifyReadBack(plan, readBack);
  if (wrong.length > 0) {
    throw new UserError(
      [
        `Dokku did not store ${wrong.length === 1 ? "this key" : "these keys"} as written: ${wrong.join(", ")}`,
        `${app} was not restarted. Check them with \`dokku config:keys ${app}\` and set them again by hand.`,
      ].join("\n"),
    );
  }
  log.info1(`Read back ${setCount + plan.toUnset.length} changes: every value matches byte for byte`);
}

/** Whether a changed config restarts the app, and if not, why (for the log and the dry run). */
async function restartDecision(app: string, noRestart: boolean, context: Context): Promise<{ restart: boolean; why: string }> {
  if (noRestart) return { restart: false, why: `--no-restart; run \`dokku ps:restart ${app}\` to apply the new config` };
  const state = await restartState(context.dokku, app);
  if (!state.deployed) return { restart: false, why: `${app} is not deployed yet; the new config applies at its first deploy` };
  // Dokku's config:set leaves an app stopped with ps:stop alone; a restart would start it.
  if (!state.restore) return { restart: false, why: `${app} was stopped with ps:stop (ps:start applies the new config)` };
  return { restart: true, why: "" };
}

async function restartOnce(app: string, noRestart: boolean, context: Context): Promise<boolean> {
  const { log, dokku } = context;
  const decision = await restartDecision(app, noRestart, context);
  if (!decision.restart) {
    log.info1(`Not restarting ${app}: ${decision.why}`);
    return false;
  }
  log.info1(`Restarting ${app}`);
  try {
    await restartApp(dokku, app);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UserError(
      `The config was written and verified, but the restart failed: ${message}\nRun \`dokku ps:restart ${app}\` once the cause is fixed.`,
      error instanceof UserError ? error.exitCode : 1,
    );
  }
  return true;
}

function secretKeyToGenerate(
  entries: readonly EnvEntry[],
  current: Config,
  requested: boolean,
  context: Context,
): Config | undefined {
  const present = entries.some((entry) => entry.key === "SECRET_KEY") || current.has("SECRET_KEY");
  if (present) {
    if (requested) context.log.info1("SECRET_KEY is already set; it is never rotated (--generate-secret-key ignored)");
    return undefined;
  }
  if (!requested) {
    context.log.warn("SECRET_KEY is set neither in the file nor in the app; re-run with --generate-secret-key to create one");
    return undefined;
  }
  let key = secretKeyFrom(randomBytes);
  while (refusedValueReason(key)) key = secretKeyFrom(randomBytes);
  context.log.info1("Generating a new SECRET_KEY (50 random characters)");
  return new Map([["SECRET_KEY", key]]);
}

interface Input {
  /** How errors name the input: `stdin` or the path as given. */
  label: string;
  text: string;
}

async function readInput(source: string | undefined, context: Context): Promise<Input> {
  if (source === undefined || source === "-") {
    const bytes = await readStdin(context.stdin(), context.stderr);
    return { label: "stdin", text: decode(bytes, "stdin") };
  }
  return { label: source, text: decode(await readCheckedFile(source, context), source) };
}

/**
 * How long stdin may stay silent before the command says what it is waiting for: with Node's
 * start, the line appears within a second of the command; a redirected file or a pipe that is
 * being fed delivers its first bytes long before.
 */
export const STDIN_HINT_MS = 500;

async function readStdin(stream: Readable, stderr: Context["stderr"]): Promise<Buffer> {
  if ((stream as { isTTY?: boolean }).isTTY) {
    throw new UserError(
      `No .env on stdin. Pipe one in: ssh dokku@host ${COMMAND} <app> < .env, or give a FILE path on the server`,
    );
  }
  // `ssh dokku@host pegasus:env-import app` with the `< .env` forgotten gets an open pipe, not a
  // terminal: say what is awaited instead of hanging without a word. stderr: stdout may be JSON.
  const hint = setTimeout(() => {
    stderr.write(`-----> Reading the .env from stdin: end it with Ctrl-D, or pass the file: ssh dokku@host ${COMMAND} <app> < .env\n`);
  }, STDIN_HINT_MS);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      clearTimeout(hint);
      const buffer = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
      size += buffer.length;
      if (size > MAX_INPUT_BYTES) throw tooLarge("stdin");
      chunks.push(buffer);
    }
  } finally {
    clearTimeout(hint);
  }
  return Buffer.concat(chunks);
}

function tooLarge(label: string): UserError {
  return new UserError(`${label} is larger than ${MAX_INPUT_BYTES / 1024} KiB; that is not a .env file`);
}

function decode(bytes: Buffer, label: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(`${label} is not UTF-8 text; save the .env as UTF-8 and try again`);
  }
}

/**
 * The dokku user can read every app's ENV and our backups: a FILE must be a regular file outside
 * Dokku's own directories and the kernel's pseudo-filesystems, so one app's operator cannot import
 * another app's secrets (DESIGN.md, safety rules).
 *
 * The path is opened as given, so the kernel resolves it exactly as `cat` would (`link/../x.env`
 * goes through the link's target, never textually), and every check is made on what was opened:
 * fstat for the kind of file, /proc/self/fd for its real path. Nothing can be swapped between a
 * check and the read. O_NONBLOCK keeps a FIFO from blocking the open before fstat refuses it.
 */
async function readCheckedFile(source: string, context: Context): Promise<Buffer> {
  if (source === "") {
    throw new UserError(`The FILE argument is empty. Give a path on the server, or - (or nothing) to read the .env from stdin: ${COMMAND} <app> < .env`);
  }
  let handle: FileHandle;
  try {
    handle = await open(source, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      throw new UserError(`Cannot read ${source}: no such file. Give a path on the server, or use - and pipe the .env on stdin`);
    }
    if (code === "EACCES" || code === "EPERM") throw new UserError(`Cannot read ${source}: permission denied for the dokku user`);
    throw new UserError(`Cannot read ${source}: ${code ?? "open failed"}. Give a path on the server, or use - and pipe the .env on stdin`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new UserError(`Refusing ${source}: not a regular file. Give the path of a .env file, or pipe it on stdin`);
    const refusal = refusalOf(await openedPath(handle, source, info), await forbiddenRoots(context));
    if (refusal) throw new UserError(`Refusing ${source}: ${refusal}. Pipe the .env on stdin instead`);
    if (info.size > MAX_INPUT_BYTES) throw tooLarge(source);
    // Read at most one byte past the limit: the file may grow after fstat.
    const buffer = Buffer.alloc(MAX_INPUT_BYTES + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > MAX_INPUT_BYTES) throw tooLarge(source);
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/**
 * The real path of the file behind `handle`: the kernel's own answer through /proc, or (without
 * /proc) the resolved path when it provably names the same file (same device and inode).
 */
async function openedPath(handle: FileHandle, source: string, info: Stats): Promise<string> {
  const fromProc = await realpath(`/proc/self/fd/${handle.fd}`).catch(() => undefined);
  if (fromProc !== undefined) return fromProc;
  const resolved = await realpath(source).catch(() => undefined);
  const now = resolved === undefined ? undefined : await stat(resolved).catch(() => undefined);
  if (resolved !== undefined && now !== undefined && now.dev === info.dev && now.ino === info.ino) return resolved;
  throw new UserError(`Refusing ${source}: it was moved or replaced while being opened; run the command again`);
}

interface ForbiddenRoot {
  root: string;
  why: string;
}

function refusalOf(file: string, forbidden: readonly ForbiddenRoot[]): string | undefined {
  return forbidden.find(({ root }) => isInside(file, root))?.why;
}

async function forbiddenRoots(context: Context): Promise<ForbiddenRoot[]> {
  const dokku = "it is inside Dokku's own directories, which hold every app's secrets";
  const kernel = (root: string) => `it is under ${root}, where the kernel keeps process and device state, not .env files`;
  const roots: ForbiddenRoot[] = [
    { root: context.paths.dokkuRoot, why: dokku },
    { root: context.paths.libRoot, why: dokku },
    { root: context.paths.dataDir, why: dokku },
    ...["/proc", "/sys", "/dev"].map((root) => ({ root, why: kernel(root) })),
  ];
  // Both spellings: the opened file's path is real, a configured root may be a symlink.
  const resolved = await Promise.all(roots.map(async ({ root, why }) => ({ root: await realpath(root).catch(() => resolve(root)), why })));
  // So may what is in Dokku's roots: /var/lib/dokku/config or services moved to another disk
  // (or into a volume, as in Dokku's Docker image) opens as a path outside every root above.
  const linkedAway = await Promise.all(
    [context.paths.dokkuRoot, context.paths.libRoot].map(async (root) =>
      (await symlinkTargetsIn(root)).map((target) => ({ root: target, why: dokku })),
    ),
  );
  return [...roots.map(({ root, why }) => ({ root: resolve(root), why })), ...resolved, ...linkedAway.flat()];
}

/** The real paths of the symbolic links directly inside `dir` (none when it cannot be read). */
async function symlinkTargetsIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const targets = await Promise.all(
    entries.filter((entry) => entry.isSymbolicLink()).map((entry) => realpath(join(dir, entry.name)).catch(() => undefined)),
  );
  return targets.filter((target): target is string => target !== undefined);
}

function isInside(file: string, root: string): boolean {
  const fromRoot = relative(root, file);
  return fromRoot === "" || (fromRoot !== ".." && !fromRoot.startsWith(`..${sep}`) && !isAbsolute(fromRoot));
}
