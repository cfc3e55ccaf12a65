import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PropertyStore,
  acquireBackupLock,
  backupExists,
  backupId,
  backupPaths,
  deleteBackup,
  diskFullError,
  ensureBackupDir,
  formatBytes,
  isBackupId,
  isDiskFull,
  isServiceName,
  listBackups,
  normalizeRev,
  offsiteEnabled,
  parseOffsiteUrl,
  planRetention,
  progressLine,
  readOffsiteCopy,
  removeLeftovers,
  requiredFreeBytes,
  shortRev,
  syncDirectory,
  validateBoolean,
  validateEndpoint,
  validateKeep,
  validateRecipients,
  validateRegion,
  writeLastScheduled,
  writeManifest
} from "./chunk-QF2C4N6P.mjs";
import {
  AppMissingError,
  DokkuCommandError,
  ExitCode,
  UserError
} from "./chunk-3CEZ2N6Z.mjs";

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

// src/core/args.ts
import { parseArgs } from "node:util";
var DOKKU_GLOBAL_FLAGS = {
  quiet: { type: "boolean", description: "" },
  trace: { type: "boolean", description: "" },
  app: { type: "string", description: "" }
};
function parseCommandArgs(command, argv, specs, env = {}, infoFlagPrefix) {
  const infoFlags = infoFlagPrefix ? argv.filter((arg) => arg.startsWith(`--${infoFlagPrefix}`)) : [];
  argv = argv.filter((arg) => !infoFlags.includes(arg));
  const options = {};
  for (const [name, spec] of Object.entries({ ...DOKKU_GLOBAL_FLAGS, ...specs })) {
    options[name] = { type: spec.type, multiple: spec.multiple ?? false };
  }
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UserError(`${describeParseError(error)}. See \`dokku pegasus:help\` for the usage of ${command}`);
  }
  const positionals = [...parsed.positionals];
  const app = parsed.values.app ?? env.DOKKU_APP_NAME;
  if (app && positionals[0] !== app) positionals.unshift(app);
  const values = { ...parsed.values };
  delete values.quiet;
  delete values.trace;
  delete values.app;
  return { positionals, options: values, infoFlags };
}
function describeParseError(error) {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return `Unknown flag ${unknown[1]}`;
  const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(message);
  if (missing) return `Flag ${missing[1]?.replace(/^-\w, /, "")} needs a value`;
  const notString = /Option '([^']+?)(?: <value>)?' argument is ambiguous/.exec(message);
  if (notString) return `Flag ${notString[1]} needs a value`;
  return message.split("\n")[0] ?? message;
}
function stringOption(options, name) {
  const value = options[name];
  return typeof value === "string" ? value : void 0;
}
function stringListOption(options, name) {
  const value = options[name];
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
function booleanOption(options, name) {
  return options[name] === true;
}
function formatOption(options) {
  const format = stringOption(options, "format") ?? "stdout";
  if (format === "json" || format === "stdout" || format === "text") {
    return format === "json" ? "json" : "stdout";
  }
  throw new UserError(`Format must be "stdout" or "json": "${format}"`);
}
var FORMAT_OPTION = {
  format: { type: "string", value: "stdout|json", description: "json prints only data on stdout" }
};
var DRY_RUN_OPTION = {
  "dry-run": { type: "boolean", description: "print what would change and change nothing" }
};
function expectPositionals(command, usage, positionals, min, max) {
  if (positionals.length < min) {
    throw new UserError(`Missing argument. Usage: dokku ${command} ${usage}`);
  }
  if (positionals.length > max) {
    throw new UserError(
      `Unexpected argument ${JSON.stringify(positionals[max])}. Usage: dokku ${command} ${usage}`
    );
  }
}

// src/core/pg-archive.ts
var ArchiveError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
    this.name = "ArchiveError";
  }
};
var MIN_VERSION = version(1, 12, 0);
var MAX_VERSION = version(1, 16, 255);
var K_VERS_1_3 = version(1, 3, 0);
var K_VERS_1_4 = version(1, 4, 0);
var K_VERS_1_5 = version(1, 5, 0);
var K_VERS_1_6 = version(1, 6, 0);
var K_VERS_1_7 = version(1, 7, 0);
var K_VERS_1_8 = version(1, 8, 0);
var K_VERS_1_9 = version(1, 9, 0);
var K_VERS_1_10 = version(1, 10, 0);
var K_VERS_1_11 = version(1, 11, 0);
var K_VERS_1_14 = version(1, 14, 0);
var K_VERS_1_15 = version(1, 15, 0);
var K_VERS_1_16 = version(1, 16, 0);
var ARCH_CUSTOM = 1;
var K_OFFSET_POS_NOT_SET = 1;
var K_OFFSET_POS_SET = 2;
var K_OFFSET_NO_DATA = 3;
var BLK_DATA = 1;
var BLK_BLOBS = 3;
var COMPRESSION = { 0: "none", 1: "gzip", 2: "lz4", 3: "zstd" };
function version(major, minor, rev) {
  return (major * 256 + minor) * 256 + rev;
}
async function verifyArchive(reader, options = {}) {
  const cursor = new Cursor(reader, options.windowSize ?? 1 << 20);
  const magic = await cursor.bytes(5, "the file header");
  if (Buffer.from(magic).toString("latin1") !== "PGDMP") {
    throw new ArchiveError("not a PostgreSQL custom-format archive (no PGDMP header)", 0);
  }
  const major = await cursor.byte("the archive version");
  const minor = await cursor.byte("the archive version");
  const rev = major > 1 || major === 1 && minor > 0 ? await cursor.byte("the archive version") : 0;
  const archiveVersion = version(major, minor, rev);
  if (archiveVersion < MIN_VERSION || archiveVersion > MAX_VERSION) {
    throw new ArchiveError(
      `archive format ${major}.${minor} is not supported (pg_dump 9.0 to 18 write 1.12 to 1.16)`,
      5
    );
  }
  const intSize = await cursor.byte("the header");
  if (intSize < 1 || intSize > 8) throw new ArchiveError(`implausible integer size ${intSize} in the header`, cursor.position - 1);
  const offSize = archiveVersion >= K_VERS_1_7 ? await cursor.byte("the header") : intSize;
  if (offSize < 1 || offSize > 8) throw new ArchiveError(`implausible offset size ${offSize} in the header`, cursor.position - 1);
  cursor.intSize = intSize;
  const format = await cursor.byte("the header");
  if (format !== ARCH_CUSTOM) {
    throw new ArchiveError(`archive format ${format} is not the custom format (pg_dump -Fc)`, cursor.position - 1);
  }
  let compression;
  if (archiveVersion >= K_VERS_1_15) {
    const algorithm = await cursor.byte("the header");
    const known = COMPRESSION[algorithm];
    if (!known) throw new ArchiveError(`unknown compression algorithm ${algorithm}`, cursor.position - 1);
    compression = known;
  } else {
    compression = await cursor.int("the header") !== 0 ? "gzip" : "none";
  }
  if (archiveVersion >= K_VERS_1_4) {
    for (let field = 0; field < 7; field++) await cursor.int("the creation date");
  }
  const database = archiveVersion >= K_VERS_1_4 ? await cursor.string("the header") ?? "" : "";
  let serverVersion = "";
  let dumpVersion = "";
  if (archiveVersion >= K_VERS_1_10) {
    serverVersion = await cursor.string("the header") ?? "";
    dumpVersion = await cursor.string("the header") ?? "";
  }
  const tocEntries = await cursor.int("the table of contents");
  if (tocEntries < 0) throw new ArchiveError(`negative TOC entry count ${tocEntries}`, cursor.position);
  const withData = /* @__PURE__ */ new Map();
  for (let index = 0; index < tocEntries; index++) {
    const where = `TOC entry ${index + 1} of ${tocEntries}`;
    const start = cursor.position;
    const dumpId = await cursor.int(where);
    if (dumpId <= 0) throw new ArchiveError(`${where} has dump id ${dumpId}: the table of contents is corrupt`, start);
    await cursor.int(where);
    if (archiveVersion >= K_VERS_1_8) await cursor.skipString(where);
    await cursor.skipString(where);
    const tag = await cursor.string(where) ?? "";
    const desc = await cursor.string(where) ?? "";
    if (archiveVersion >= K_VERS_1_11) await cursor.int(where);
    await cursor.skipString(where);
    await cursor.skipString(where);
    if (archiveVersion >= K_VERS_1_3) await cursor.skipString(where);
    if (archiveVersion >= K_VERS_1_6) await cursor.skipString(where);
    if (archiveVersion >= K_VERS_1_10) await cursor.skipString(where);
    if (archiveVersion >= K_VERS_1_14) await cursor.skipString(where);
    if (archiveVersion >= K_VERS_1_16) await cursor.int(where);
    await cursor.skipString(where);
    if (archiveVersion >= K_VERS_1_9) await cursor.skipString(where);
    if (archiveVersion >= K_VERS_1_5) {
      while (await cursor.skipString(where)) {
      }
    }
    const flagAt = cursor.position;
    const flag = await cursor.byte(where);
    let offset = 0;
    for (let byte = 0; byte < offSize; byte++) offset += await cursor.byte(where) * 2 ** (8 * byte);
    if (flag !== K_OFFSET_POS_NOT_SET && flag !== K_OFFSET_POS_SET && flag !== K_OFFSET_NO_DATA) {
      throw new ArchiveError(`${where} has an unknown data offset flag ${flag}`, flagAt);
    }
    if (flag === K_OFFSET_NO_DATA) continue;
    if (withData.has(dumpId)) throw new ArchiveError(`${where} repeats dump id ${dumpId}`, start);
    withData.set(dumpId, {
      label: `${desc} ${tag}`.trim() + ` (dump id ${dumpId})`,
      offset: flag === K_OFFSET_POS_SET ? offset : void 0,
      found: false
    });
  }
  let dataBlocks = 0;
  let largeObjects = 0;
  while (!cursor.atEnd()) {
    const blockAt = cursor.position;
    const type = await cursor.byte("a data block header");
    const id = await cursor.int("a data block header");
    const entry = withData.get(id);
    if (!entry) throw new ArchiveError(`data block for dump id ${id}, which has no data in the table of contents`, blockAt);
    if (entry.found) throw new ArchiveError(`a second data block for ${entry.label}`, blockAt);
    if (entry.offset !== void 0 && entry.offset !== blockAt) {
      throw new ArchiveError(`the data of ${entry.label} is at byte ${blockAt}, the table of contents says ${entry.offset}`, blockAt);
    }
    if (type === BLK_DATA) {
      await cursor.skipChunks(`the data of ${entry.label}`);
    } else if (type === BLK_BLOBS) {
      for (; ; ) {
        const oid = await cursor.int(`the large objects of ${entry.label}`);
        if (oid === 0) break;
        await cursor.skipChunks(`large object ${oid >>> 0} of ${entry.label}`);
        largeObjects++;
      }
    } else {
      throw new ArchiveError(`unknown data block type ${type} for ${entry.label}`, blockAt);
    }
    entry.found = true;
    dataBlocks++;
  }
  for (const entry of withData.values()) {
    if (!entry.found) {
      throw new ArchiveError(`the archive ends before the data of ${entry.label}`, cursor.position);
    }
  }
  return {
    archiveVersion: `${major}.${minor}`,
    serverVersion: /^\d+(?:\.\d+)*/.exec(serverVersion)?.[0] ?? serverVersion,
    serverVersionString: serverVersion,
    dumpVersion,
    database,
    compression,
    intSize,
    offSize,
    tocEntries,
    dataBlocks,
    largeObjects,
    size: reader.size
  };
}
var Cursor = class {
  constructor(reader, windowSize) {
    this.reader = reader;
    this.windowSize = windowSize;
  }
  position = 0;
  intSize = 4;
  window = new Uint8Array(0);
  windowStart = 0;
  atEnd() {
    return this.position >= this.reader.size;
  }
  truncated(what) {
    return new ArchiveError(`the archive ends at byte ${this.reader.size}, inside ${what}`, this.reader.size);
  }
  /** Makes `length` bytes from the current position available in the window. */
  async fill(length, what) {
    const offset = this.position - this.windowStart;
    if (offset >= 0 && offset + length <= this.window.length) return;
    if (this.position + length > this.reader.size) throw this.truncated(what);
    const want = Math.max(length, Math.min(this.windowSize, this.reader.size - this.position));
    this.window = await this.reader.read(this.position, want);
    this.windowStart = this.position;
    if (this.window.length < length) throw this.truncated(what);
  }
  async byte(what) {
    await this.fill(1, what);
    const value = this.window[this.position - this.windowStart];
    this.position += 1;
    return value;
  }
  async bytes(length, what) {
    await this.fill(length, what);
    const start = this.position - this.windowStart;
    this.position += length;
    return this.window.subarray(start, start + length);
  }
  skip(length, what) {
    if (this.position + length > this.reader.size) {
      this.position = this.reader.size;
      throw this.truncated(what);
    }
    this.position += length;
  }
  /** ReadInt: a sign byte, then `intSize` bytes, least significant first. */
  async int(what) {
    const bytes = await this.bytes(1 + this.intSize, what);
    let value = 0;
    for (let index = 1; index < bytes.length; index++) value += bytes[index] * 2 ** (8 * (index - 1));
    if (!Number.isSafeInteger(value)) throw new ArchiveError(`an integer too large in ${what}`, this.position - bytes.length);
    return bytes[0] ? -value : value;
  }
  /** ReadStr: a length (negative for NULL), then that many bytes. Returns null for NULL. */
  async string(what) {
    const length = await this.int(what);
    if (length < 0) return null;
    if (length > this.windowSize) {
      this.skip(length, what);
      return "";
    }
    return Buffer.from(await this.bytes(length, what)).toString("utf8");
  }
  /** Like `string` without keeping it; returns false for NULL. */
  async skipString(what) {
    const length = await this.int(what);
    if (length < 0) return false;
    this.skip(length, what);
    return true;
  }
  /** A block's chunks: `length, bytes` repeated, closed by a zero length. */
  async skipChunks(what) {
    for (; ; ) {
      const at = this.position;
      const length = await this.int(what);
      if (length === 0) return;
      if (length < 0) throw new ArchiveError(`negative chunk length ${length} in ${what}`, at);
      this.skip(length, what);
    }
  }
};

// src/io/archive-file.ts
import { open } from "node:fs/promises";
async function verifyArchiveFile(file) {
  const handle = await open(file, "r");
  try {
    const { size } = await handle.stat();
    let buffer = Buffer.allocUnsafe(0);
    const reader = {
      size,
      async read(position, length) {
        if (buffer.length < length) buffer = Buffer.allocUnsafe(length);
        let filled = 0;
        while (filled < length) {
          const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
          if (bytesRead === 0) break;
          filled += bytesRead;
        }
        return buffer.subarray(0, filled);
      }
    };
    return await verifyArchive(reader);
  } finally {
    await handle.close();
  }
}

// src/deploy/restore.ts
import { createHash as createHash3 } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { pipeline as pipeline2 } from "node:stream/promises";

// src/backup/take.ts
import { createHash as createHash2 } from "node:crypto";
import { open as open2, rename, rm, statfs as fsStatfs } from "node:fs/promises";
import { Transform, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";

// src/core/app-name.ts
var CREATE_RULE = /^[a-z0-9][a-z0-9.-]*$/;
var LEGACY_LOOKUP_RULE = /^[a-z0-9][a-z0-9._-]*$/;
var RULE_MESSAGE = "App name must begin with lowercase alphanumeric character, and may only contain lowercase alphanumerics, dots, and hyphens";
function isValidNewAppName(name) {
  return CREATE_RULE.test(name);
}
function isValidAppName(name) {
  return LEGACY_LOOKUP_RULE.test(name);
}
function verifyAppName(name, { forCreate = false } = {}) {
  if (name === void 0 || name === "") {
    throw new UserError("Please specify an app to run the command on");
  }
  const valid = forCreate ? isValidNewAppName(name) : isValidAppName(name);
  if (!valid) throw new UserError(RULE_MESSAGE);
  return name;
}

// src/core/setup-options.ts
import { createHash } from "node:crypto";
var SETUP_DEFAULTS = {
  dockerfile: "Dockerfile.web",
  storageDir: "/code/media",
  storageUid: 1e3,
  storageSize: "1Gi",
  scale: [["worker", 1]]
};
var DOMAIN_RULE = /^[a-z0-9.*-]*[a-z0-9*-]$/;
var EMAIL_RULE = /^[^\s@,;"'<>()\\]+@[^\s@,;"'<>()\\]+\.[^\s@,;"'<>()\\]+$/;
var PROCESS_TYPE_RULE = /^[a-z][a-z0-9-]*$/;
var STORAGE_NAME_RULE = /^[A-Za-z0-9_-]+$/;
var SERVICE_NAME_RULE = /^[A-Za-z0-9_-]+$/;
var ENTRY_NAME_RULE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
var MAX_ENTRY_NAME = 45;
var QUANTITY_RULE = /^[0-9]+(\.[0-9]+)?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$/;
var STORAGE_CLASS_RULE = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
var IMAGE_RULE = /^[a-z0-9][a-z0-9._/:-]*$/;
var IMAGE_TAG_RULE = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
var SAFE_PATH_RULE = /^[A-Za-z0-9._/-]+$/;
var MAX_SCALE = 1e3;
function parseSetupOptions(args) {
  const app = verifyAppName(args.positionals[0], { forCreate: true });
  if (args.positionals.length > 1) {
    throw new UserError(
      `Unexpected argument ${JSON.stringify(args.positionals[1])}. Usage: dokku pegasus:setup <app> [--domain D]... (see dokku pegasus:help)`
    );
  }
  const { options } = args;
  const email = stringOption(options, "letsencrypt-email");
  const port = stringOption(options, "port");
  const uid = stringOption(options, "storage-uid");
  const postgresImage = stringOption(options, "postgres-image");
  const postgresImageVersion = stringOption(options, "postgres-image-version");
  const scaleArgs = stringListOption(options, "scale");
  const postgresService = stringOption(options, "postgres-service");
  const redisService = stringOption(options, "redis-service");
  const storageMode = stringOption(options, "storage-mode");
  const storageSize = stringOption(options, "storage-size");
  const storageClass = stringOption(options, "storage-class");
  return {
    app,
    domains: parseDomains(stringListOption(options, "domain")),
    letsencryptEmail: email === void 0 ? void 0 : parseEmail(email),
    postgresImage: postgresImage === void 0 ? void 0 : parseImage(postgresImage),
    postgresImageVersion: postgresImageVersion === void 0 ? void 0 : parseImageVersion(postgresImageVersion),
    postgres: !booleanOption(options, "no-postgres"),
    redis: !booleanOption(options, "no-redis"),
    storage: !booleanOption(options, "no-storage"),
    letsencrypt: !booleanOption(options, "no-letsencrypt"),
    dockerfile: parseDockerfilePath(stringOption(options, "dockerfile") ?? SETUP_DEFAULTS.dockerfile),
    port: port === void 0 ? void 0 : parseInteger("--port", port, 1, 65535),
    storageDir: parseStorageDir(stringOption(options, "storage-dir") ?? SETUP_DEFAULTS.storageDir),
    storageUid: uid === void 0 ? SETUP_DEFAULTS.storageUid : parseInteger("--storage-uid", uid, 0, 65535),
    storageName: storageNameFor(app),
    storageEntry: storageEntryNameFor(app),
    storageMode: storageMode === void 0 ? void 0 : parseStorageMode(storageMode),
    storageSize: storageSize === void 0 ? SETUP_DEFAULTS.storageSize : parseStorageSize(storageSize),
    storageClass: storageClass === void 0 ? void 0 : parseStorageClass(storageClass),
    postgresService: postgresService === void 0 ? derivedServiceName(app, "postgres") : parseServiceName("--postgres-service", postgresService),
    redisService: redisService === void 0 ? derivedServiceName(app, "redis") : parseServiceName("--redis-service", redisService),
    postgresServiceGiven: postgresService !== void 0,
    redisServiceGiven: redisService !== void 0,
    scale: scaleArgs.length === 0 ? SETUP_DEFAULTS.scale.map(([t, n]) => [t, n]) : parseScale(scaleArgs),
    dryRun: booleanOption(options, "dry-run")
  };
}
function parseDomains(values) {
  const domains = [];
  for (const raw of values) {
    const domain = raw.toLowerCase();
    if (domain !== "_" && !DOMAIN_RULE.test(domain)) {
      throw new UserError(
        `--domain ${JSON.stringify(raw)} is not a valid domain: use letters, digits, dots, hyphens and * (e.g. --domain app.example.com)`
      );
    }
    if (!domains.includes(domain)) domains.push(domain);
  }
  return domains;
}
function isEmailAddress(value) {
  return value.length <= 254 && EMAIL_RULE.test(value);
}
function parseEmail(value) {
  if (!isEmailAddress(value)) {
    throw new UserError(
      `--letsencrypt-email ${JSON.stringify(value)} is not an email address: pass one like --letsencrypt-email ops@example.com`
    );
  }
  return value;
}
function parseImage(value) {
  const tagged = value.lastIndexOf(":") > value.lastIndexOf("/");
  if (!IMAGE_RULE.test(value) || tagged) {
    throw new UserError(
      `--postgres-image ${JSON.stringify(value)} is not a Docker image name: pass the name without a tag, e.g. --postgres-image pgvector/pgvector --postgres-image-version pg17`
    );
  }
  return value;
}
function parseImageVersion(value) {
  if (!IMAGE_TAG_RULE.test(value)) {
    throw new UserError(
      `--postgres-image-version ${JSON.stringify(value)} is not a Docker tag: pass one like --postgres-image-version pg17`
    );
  }
  return value;
}
function parseDockerfilePath(value) {
  const segments = value.split("/");
  if (value === "" || value.startsWith("/") || !SAFE_PATH_RULE.test(value) || segments.some((segment) => segment === ".." || segment === "")) {
    throw new UserError(
      `--dockerfile ${JSON.stringify(value)} must be a path relative to the repository root, without "..", e.g. --dockerfile Dockerfile.web`
    );
  }
  return value;
}
function parseStorageDir(value) {
  const segments = value.split("/").slice(1);
  if (!value.startsWith("/") || value === "/" || !SAFE_PATH_RULE.test(value) || segments.some((segment) => segment === ".." || segment === "." || segment === "")) {
    throw new UserError(
      `--storage-dir ${JSON.stringify(value)} must be an absolute path inside the container, e.g. --storage-dir /code/media`
    );
  }
  return value;
}
function parseInteger(flag, value, min, max) {
  if (!/^\d{1,6}$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new UserError(`${flag} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return Number(value);
}
function parseScale(values) {
  const scale = [];
  for (const value of values) {
    const match = /^([^=]*)=(.*)$/.exec(value);
    const type = match?.[1] ?? "";
    const count = match?.[2] ?? "";
    if (!match || !PROCESS_TYPE_RULE.test(type) || !/^\d{1,4}$/.test(count) || Number(count) > MAX_SCALE) {
      throw new UserError(
        `--scale ${JSON.stringify(value)} must be TYPE=N with a Procfile process type and a count from 0 to ${MAX_SCALE}, e.g. --scale worker=1`
      );
    }
    if (type === "release") {
      throw new UserError(
        "--scale release=N is refused: Dokku runs the Procfile release command as the release task, never as a process"
      );
    }
    if (scale.some(([seen]) => seen === type)) {
      throw new UserError(`--scale ${type} is given twice: pass each process type once`);
    }
    scale.push([type, Number(count)]);
  }
  return scale;
}
function storageNameFor(app) {
  const name = app.replace(/\./g, "_");
  if (!STORAGE_NAME_RULE.test(name)) {
    throw new UserError(`Cannot derive a storage directory name from ${JSON.stringify(app)}; pass --no-storage`);
  }
  return name;
}
function derivedServiceName(app, kind) {
  return `${app.replace(/[^A-Za-z0-9_-]/g, "-")}${kind === "postgres" ? "-db" : "-redis"}`;
}
function parseServiceName(flag, value) {
  if (!SERVICE_NAME_RULE.test(value)) {
    throw new UserError(
      `${flag} ${JSON.stringify(value)} is not a service name: use letters, digits, _ and - (as dokku-postgres and dokku-redis do), e.g. ${flag} shop-db`
    );
  }
  return value;
}
function storageEntryNameFor(app) {
  let name = app.toLowerCase().replace(/[^a-z0-9-]/g, "-").replace(/^-+|-+$/g, "");
  if (name.startsWith("legacy-")) name = `app-${name}`;
  if (name.length > MAX_ENTRY_NAME) {
    const digest = createHash("sha256").update(app).digest("hex").slice(0, 8);
    name = `${name.slice(0, MAX_ENTRY_NAME - 9).replace(/-+$/, "")}-${digest}`;
  }
  if (!ENTRY_NAME_RULE.test(name)) {
    throw new UserError(`Cannot derive a storage entry name from ${JSON.stringify(app)}; pass --no-storage`);
  }
  return name;
}
function parseStorageMode(value) {
  if (!/^[0-7]{3,4}$/.test(value)) {
    throw new UserError(`--storage-mode ${JSON.stringify(value)} must be a 3 or 4 digit octal mode, e.g. --storage-mode 0750`);
  }
  return value.length === 3 ? `0${value}` : value;
}
function parseStorageSize(value) {
  if (!QUANTITY_RULE.test(value)) {
    throw new UserError(`--storage-size ${JSON.stringify(value)} is not a Kubernetes size: pass one like --storage-size 5Gi`);
  }
  return value;
}
function parseStorageClass(value) {
  if (value.length > 253 || !STORAGE_CLASS_RULE.test(value)) {
    throw new UserError(
      `--storage-class ${JSON.stringify(value)} is not a StorageClass name (lowercase letters, digits, - and .), e.g. --storage-class longhorn`
    );
  }
  return value;
}

// src/core/settings.ts
var SERVICE_NAME = /^[A-Za-z0-9_-]+$/;
var SETTINGS = [
  {
    key: "postgres-service",
    description: "the Postgres service backed up for this app (default: the one linked to it)",
    fallback: "",
    global: false,
    validate: (value) => {
      if (!SERVICE_NAME.test(value)) {
        throw new UserError(`postgres-service must be a service name ([A-Za-z0-9_-]+), got ${JSON.stringify(value)}`);
      }
      return value;
    }
  },
  {
    key: "backup-keep",
    description: "how many backups to keep per app; 0 keeps all (default 10)",
    fallback: "10",
    global: true,
    validate: (value) => {
      if (!/^\d{1,5}$/.test(value)) {
        throw new UserError(`backup-keep must be a whole number from 0 to 99999, got ${JSON.stringify(value)}`);
      }
      return String(Number(value));
    }
  },
  {
    key: "backup-on-deploy",
    description: "back up the database before each deploy's migrations; true or false (default true)",
    fallback: "true",
    global: true,
    validate: (value) => {
      if (value !== "true" && value !== "false") {
        throw new UserError(`backup-on-deploy must be true or false, got ${JSON.stringify(value)}`);
      }
      return value;
    }
  },
  {
    key: "backup-skip-next",
    description: "true lets the next deploy pass the backup gate once (the gate then unsets it)",
    fallback: "",
    global: false,
    validate: (value) => {
      if (value !== "true") {
        throw new UserError(`backup-skip-next can only be set to true (unset it with no value), got ${JSON.stringify(value)}`);
      }
      return value;
    }
  },
  {
    key: "backup-lock-wait",
    description: "seconds a deploy waits for a running backup of the app before it gives up (default 900)",
    fallback: "900",
    global: true,
    validate: (value) => {
      if (!/^\d{1,6}$/.test(value)) {
        throw new UserError(`backup-lock-wait must be a whole number of seconds from 0 to 999999, got ${JSON.stringify(value)}`);
      }
      return String(Number(value));
    }
  },
  {
    key: "letsencrypt-email",
    description: "the email pegasus:setup gives Let's Encrypt when --letsencrypt-email is absent",
    fallback: "",
    global: true,
    validate: (value) => {
      if (!isEmailAddress(value)) throw new UserError(`letsencrypt-email must be an email address, got ${JSON.stringify(value)}`);
      return value;
    }
  },
  {
    key: "offsite-url",
    description: "s3://BUCKET/PREFIX: an encrypted copy of every backup goes there (empty: off)",
    fallback: "",
    global: true,
    validate: (value) => {
      parseOffsiteUrl(value);
      return value.replace(/\/+$/, "");
    }
  },
  {
    key: "offsite-endpoint",
    description: "https://\u2026 of an S3-compatible store (Hetzner, B2, R2, MinIO; empty: AWS)",
    fallback: "",
    global: true,
    validate: validateEndpoint
  },
  {
    key: "offsite-region",
    description: "the store's region (default us-east-1)",
    fallback: "us-east-1",
    global: true,
    validate: validateRegion
  },
  {
    key: "offsite-path-style",
    description: "true for stores that need path-style URLs (MinIO, most self-hosted; default false)",
    fallback: "false",
    global: true,
    validate: (value) => validateBoolean("offsite-path-style", value)
  },
  {
    key: "offsite-recipient",
    description: "age public keys (age1\u2026, space separated) copies are encrypted to; none uploads unencrypted",
    fallback: "",
    global: true,
    validate: validateRecipients
  },
  {
    key: "offsite-keep",
    description: "how many off-site copies to keep per app; 0 keeps all (default 30)",
    fallback: "30",
    global: true,
    validate: validateKeep
  },
  {
    key: "offsite-required",
    description: "true makes a failed off-site copy stop the deploy too (default false)",
    fallback: "false",
    global: true,
    validate: (value) => validateBoolean("offsite-required", value)
  }
];
function findSetting(key, scope) {
  const setting = SETTINGS.find((candidate) => candidate.key === key);
  const valid = SETTINGS.filter((candidate) => scope === "app" || candidate.global).map((candidate) => candidate.key);
  if (!setting || scope === "global" && !setting.global) {
    throw new UserError(`Invalid key specified, valid keys include: ${valid.join(", ")}`);
  }
  return setting;
}
function settingFallback(key) {
  return SETTINGS.find((setting) => setting.key === key)?.fallback ?? "";
}

// src/dokku/config.ts
async function exportConfig(dokku, app) {
  const { stdout } = await dokku.run(["config:export", "--format", "json", app], { mutating: false });
  let parsed;
  try {
    parsed = JSON.parse(stdout.trim() || "{}");
  } catch {
    throw notJson(app);
  }
  if (parsed === null) return /* @__PURE__ */ Object.create(null);
  if (typeof parsed !== "object" || Array.isArray(parsed) || Object.values(parsed).some((value) => typeof value !== "string")) {
    throw notJson(app);
  }
  return Object.assign(/* @__PURE__ */ Object.create(null), parsed);
}
async function exportConfigMap(dokku, app) {
  return new Map(Object.entries(await exportConfig(dokku, app)));
}
function notJson(app) {
  return new UserError(
    `dokku config:export --format json ${app} did not print a JSON object of strings (its output is not shown: it holds the app's values). Run that command as the dokku user to see what it prints; if this Dokku does not know --format json, upgrade Dokku`
  );
}
async function getConfigValue(dokku, app, key) {
  const result = await dokku.run(["config:get", app, key], { mutating: false, okExitCodes: [1] });
  if (result.exitCode !== 0) return void 0;
  return result.stdout.replace(/\n$/, "");
}

// src/dokku/services.ts
async function serviceExists(dokku, plugin, service) {
  const result = await dokku.run([`${plugin}:exists`, service], { mutating: false, okExitCodes: [1] });
  return result.exitCode === 0;
}
async function serviceImage(dokku, plugin, service) {
  const { stdout } = await dokku.run([`${plugin}:info`, service, "--version"], { mutating: false });
  return stdout.trim();
}
async function serviceLinked(dokku, plugin, service, app) {
  const result = await dokku.run([`${plugin}:linked`, service, app], { mutating: false, okExitCodes: [1] });
  return result.exitCode === 0;
}
async function createService(dokku, plugin, service, image) {
  const args = [`${plugin}:create`, service];
  if (image?.image) args.push("--image", image.image);
  if (image?.version) args.push("--image-version", image.version);
  await dokku.run(args, { mutating: true });
}
async function linkService(dokku, plugin, service, app) {
  await dokku.run([`${plugin}:link`, service, app], { mutating: true });
}
async function serviceLinks(dokku, plugin, service) {
  const { stdout } = await dokku.run([`${plugin}:links`, service], { mutating: false });
  return stdout.split("\n").map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("=====>") && !line.startsWith("-----> "));
}
function serviceHost(plugin, service) {
  return `dokku-${plugin}-${service.replace(/[._]/g, "-")}`;
}
function urlHost(url) {
  return /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?([^:/?#]+)/i.exec(url)?.[1] ?? "";
}
async function listServices(dokku, plugin) {
  const { stdout } = await dokku.run([`${plugin}:list`], { mutating: false });
  const names = [];
  for (const line of stdout.split("\n")) {
    if (/^\s*(=====>|-----> |!)/.test(line) || line.startsWith(" !")) continue;
    const first = line.trim().split(/\s+/)[0] ?? "";
    if (first === "" || first === "NAME") continue;
    if (/^[A-Za-z0-9_-]+$/.test(first)) names.push(first);
  }
  return names;
}

// src/dokku/postgres.ts
async function listPostgresServices(dokku) {
  return listServices(dokku, "postgres");
}
async function exportPostgres(dokku, service, consume) {
  return dokku.stream(["postgres:export", service], { mutating: false, consumeStdout: consume });
}
function postgresServiceHost(service) {
  return serviceHost("postgres", service);
}
function linkedPostgresHosts(config) {
  const hosts = /* @__PURE__ */ new Set();
  for (const [key, value] of Object.entries(config)) {
    if (key !== "DATABASE_URL" && !/^DOKKU_POSTGRES_[A-Z]+_URL$/.test(key)) continue;
    const host = /^postgres(?:ql)?:\/\/[^@/]*@([^:/?#]+)/.exec(value)?.[1];
    if (host?.startsWith("dokku-postgres-")) hosts.add(host);
  }
  return [...hosts].sort();
}

// src/backup/offsite/after-backup.ts
var OffsiteFailure = class extends UserError {
  constructor(record, reason) {
    super(
      `Backup ${record.id} is verified and kept on this server, but its off-site copy failed: ${reason}
The next backup uploads it, or now: dokku pegasus:offsite-push ${record.app}`
    );
    this.record = record;
    this.name = "OffsiteFailure";
  }
};
async function copyOffsite(app, record, context) {
  if (!await offsiteEnabled(context, app)) return { ...record, offsite: null };
  try {
    const { pushPending } = await import("./push-WJQRZGYE.mjs");
    await pushPending(app, context);
  } catch (error) {
    throw new OffsiteFailure({ ...record, offsite: null }, error instanceof Error ? error.message : String(error));
  }
  return { ...record, offsite: await readOffsiteCopy(backupPaths(context.paths.dataDir, app), record.id) };
}

// src/backup/take.ts
async function takeBackup(app, reason, context, options = {}) {
  verifyAppName(app);
  const paths = backupPaths(context.paths.dataDir, app);
  try {
    const record = await backupOnce(app, reason, context, options, paths);
    if (reason === "schedule") {
      await writeLastScheduled(paths, { status: "ok", at: record.created_at, id: record.id });
    }
    return await copyOffsite(app, record, context);
  } catch (error) {
    if (reason === "schedule" && !(error instanceof OffsiteFailure)) {
      const message = error instanceof Error ? error.message : String(error);
      await writeLastScheduled(paths, { status: "failed", at: context.now().toISOString(), message }).catch(() => void 0);
    }
    throw error;
  }
}
async function backupOnce(app, reason, context, options, paths) {
  const { dokku, log } = context;
  const properties = new PropertyStore(context.paths.propertiesDir);
  const config = options.config ?? await exportConfig(dokku, app);
  if (options.service !== void 0 && !isServiceName(options.service)) {
    throw new UserError(`${JSON.stringify(options.service)} is not a Postgres service name`);
  }
  const service = options.service ?? await resolveService(app, config, context, properties);
  const gitRev = normalizeRev(options.liveRev ?? config.GIT_REV);
  const now = context.now();
  if (reason === "schedule") log.info1(`Scheduled backup of ${app} at ${now.toISOString()}`);
  log.info1(`Backing up ${app}: Postgres service ${service}, live commit ${shortRev(gitRev)}`);
  const estimate = { bytes: requiredFreeBytes(void 0), basis: "a 64 MiB margin" };
  try {
    return await backupLocked(app, reason, context, options, paths, { service, gitRev, now, properties, estimate });
  } catch (error) {
    if (!isDiskFull(error)) throw error;
    throw await diskFullError(error, {
      dir: paths.dir,
      what: `the backup of ${app}`,
      needed: estimate.bytes,
      neededBasis: estimate.basis,
      advice: `or keep fewer backups with \`dokku pegasus:set ${app} backup-keep N\``
    });
  }
}
async function backupLocked(app, reason, context, options, paths, { service, gitRev, now, properties, estimate }) {
  const { log } = context;
  await ensureBackupDir(paths);
  const release = await acquireBackupLock(paths.lock, {
    app,
    now,
    log,
    isAlive: options.isAlive,
    waitMs: options.lockWaitMs,
    progress: options.progress,
    progressIntervalMs: options.progressIntervalMs
  });
  let partial;
  let unsealed;
  try {
    const existing = await listBackups(paths);
    await removeLeftovers(paths, existing, log, options.isAlive);
    if (existing[0]) Object.assign(estimate, sizeEstimate(existing[0].size, "the last backup's"));
    await checkFreeSpace(app, paths.dir, existing[0]?.size, options.statfs ?? fsStatfs);
    const { id, started } = await freshId(paths, gitRev, now, context);
    partial = paths.partial(id);
    const clock = performance.now();
    const written = await streamExport(service, partial, context, options);
    Object.assign(estimate, sizeEstimate(written.size, "this dump's"));
    let summary;
    try {
      summary = await verifyArchiveFile(partial);
    } catch (error) {
      if (!(error instanceof ArchiveError)) throw error;
      throw new UserError(
        `The export of ${service} exited 0 but the archive is incomplete: ${error.message}. Nothing was kept. A dump cut short looks like this (dokku-postgres issue #274): check \`dokku postgres:logs ${service}\` and the free space of the server and the service's volume, then run \`dokku pegasus:backup-deploy ${app}\` again`
      );
    }
    unsealed = id;
    await rename(partial, paths.dump(id));
    partial = void 0;
    await syncDirectory(paths.dir);
    const record = {
      id,
      app,
      service,
      file: paths.dump(id),
      created_at: started.toISOString(),
      git_rev: gitRev,
      size: written.size,
      sha256: written.sha256,
      verified: true,
      reason,
      pg_version: summary.serverVersion,
      duration_ms: Math.round(performance.now() - clock),
      ...options.deployingRev ? { deploying_rev: options.deployingRev } : {},
      archive: {
        format_version: summary.archiveVersion,
        pg_dump_version: summary.dumpVersion,
        compression: summary.compression,
        toc_entries: summary.tocEntries,
        data_blocks: summary.dataBlocks,
        large_objects: summary.largeObjects
      }
    };
    await writeManifest(paths, record);
    unsealed = void 0;
    log.info1(`Backup ${id} verified`);
    log.verbose(
      `${formatBytes(record.size)}, PostgreSQL ${record.pg_version}, ${plural(summary.tocEntries, "TOC entry", "TOC entries")}, ${plural(summary.dataBlocks, "data block", "data blocks")}, sha256 ${record.sha256}`
    );
    log.verbose(`File: ${record.file}`);
    try {
      await prune(app, paths, properties, context, options.protect ?? []);
    } catch (error) {
      log.warn(
        `Backup ${id} is good, but removing old backups failed: ${error instanceof Error ? error.message : String(error)}. Check ${paths.dir}`
      );
    }
    return record;
  } catch (error) {
    const reached = error.bytesWritten;
    if (reached !== void 0 && requiredFreeBytes(reached) > estimate.bytes) {
      Object.assign(estimate, sizeEstimate(reached, "at least the", "written before the disk filled"));
    }
    throw error;
  } finally {
    if (partial) await rm(partial, { force: true });
    if (unsealed) await deleteBackup(paths, unsealed).catch(() => void 0);
    await release();
  }
}
function sizeEstimate(size, before, after = "") {
  return {
    bytes: requiredFreeBytes(size),
    basis: `${before} ${formatBytes(size)}${after ? ` ${after}` : ""}, a fifth more and 64 MiB`
  };
}
async function currentPostgresService(app, context) {
  return resolveService(app, await exportConfig(context.dokku, app), context, new PropertyStore(context.paths.propertiesDir));
}
async function resolveService(app, config, context, properties) {
  const choose = `name the right one with \`dokku pegasus:set ${app} postgres-service NAME\``;
  const chosen = await properties.get(app, "postgres-service");
  if (chosen) {
    if (!isServiceName(chosen)) {
      throw new UserError(`The postgres-service property of ${app} is not a Postgres service name; ${choose}`);
    }
    return chosen;
  }
  const hosts = linkedPostgresHosts(config);
  if (hosts.length === 0) {
    throw new UserError(
      `No Postgres service is linked to ${app} (no DATABASE_URL or DOKKU_POSTGRES_*_URL points at a dokku-postgres service). Link one with \`dokku postgres:link SERVICE ${app}\`, or ${choose}`
    );
  }
  const services = await listPostgresServices(context.dokku);
  const linked = services.filter((service) => hosts.includes(postgresServiceHost(service)));
  if (linked.length === 1) return linked[0];
  if (linked.length === 0) {
    throw new UserError(
      `${app} points at ${hosts.join(", ")}, but no Postgres service of that name exists (services: ${services.length > 0 ? services.join(", ") : "none"}). Relink with \`dokku postgres:link SERVICE ${app}\`, or ${choose}`
    );
  }
  throw new UserError(`Several Postgres services are linked to ${app}: ${linked.sort().join(", ")}. Choose one: ${choose}`);
}
async function checkFreeSpace(app, dir, lastSize, statfs) {
  const stats = await statfs(dir);
  const free = Number(stats.bavail) * Number(stats.bsize);
  const needed = requiredFreeBytes(lastSize);
  if (free >= needed) return;
  const basis = lastSize === void 0 ? "a 64 MiB margin" : `the last backup's ${formatBytes(lastSize)}, a fifth more and 64 MiB`;
  throw new UserError(
    `Not enough free disk to back up ${app}: ${formatBytes(free)} free in ${dir}, ${formatBytes(needed)} needed (${basis}). Free some space, or keep fewer backups with \`dokku pegasus:set ${app} backup-keep N\`, then run this again`
  );
}
async function freshId(paths, gitRev, now, context) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const started = attempt === 0 ? now : context.now();
    const id = backupId(started, gitRev);
    if (!await backupExists(paths, id)) return { id, started };
    await new Promise((resolve) => setTimeout(resolve, 1e3 - started.getTime() % 1e3));
  }
  throw new UserError(`A backup with the id of this one already exists in ${paths.dir}; run this again in a second`);
}
async function streamExport(service, file, context, options) {
  const hash = createHash2("sha256");
  let size = 0;
  const meter = new Transform({
    transform(chunk, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      callback(null, chunk);
    }
  });
  const handle = await open2(file, "wx", 384);
  const began = Date.now();
  const progress = options.progress;
  const timer = progress ? setInterval(() => progress.write(`       ${progressLine(size, Date.now() - began)}
`), options.progressIntervalMs ?? 1e3) : void 0;
  let result;
  try {
    result = await exportPostgres(
      context.dokku,
      service,
      (stdout) => pipeline(stdout, meter, fileSink(handle))
    );
    await handle.sync();
  } catch (error) {
    if (error instanceof UserError || !error.code) throw error;
    if (isDiskFull(error)) throw Object.assign(error, { bytesWritten: size });
    throw new UserError(
      `Writing the backup to ${file} failed: ${error.message}. Nothing was kept. Check the free space and permissions of that directory, then run this again`
    );
  } finally {
    if (timer) clearInterval(timer);
    await handle.close();
  }
  if (result.exitCode !== 0 || result.signal) {
    const how = result.signal ? `was killed (${result.signal})` : `failed (exit ${result.exitCode})`;
    const message = dokkuMessage(result.stderr, "");
    throw new UserError(
      `dokku postgres:export ${service} ${how}${message ? `: ${message}` : ""}. Nothing was kept (the partial file was deleted). Check the service with \`dokku postgres:info ${service}\`, then run this again`
    );
  }
  if (progress && Date.now() - began >= (options.progressIntervalMs ?? 1e3)) {
    progress.write(`       ${progressLine(size, Date.now() - began)}
`);
  }
  return { size, sha256: hash.digest("hex") };
}
function fileSink(handle) {
  return new Writable({
    write(chunk, _encoding, callback) {
      writeFully(handle, chunk).then(() => callback(), callback);
    }
  });
}
async function writeFully(handle, chunk) {
  for (let offset = 0; offset < chunk.length; ) {
    const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset);
    offset += bytesWritten;
  }
}
async function prune(app, paths, properties, context, protect) {
  const raw = await properties.computed(app, "backup-keep", settingFallback("backup-keep") || "10");
  let keep = Number(raw);
  if (!/^\d+$/.test(raw)) {
    keep = Number(settingFallback("backup-keep") || "10");
    context.log.warn(`backup-keep is ${JSON.stringify(raw)}, not a number; keeping ${keep}`);
  }
  const doomed = planRetention(await listBackups(paths), keep, protect);
  for (const record of doomed) {
    await deleteBackup(paths, record.id);
    context.log.verbose(`Removed backup ${record.id} (backup-keep ${keep})`);
  }
}
function plural(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
}

// src/dokku/deploy.ts
async function deploySourceMetadata(dokku, app) {
  const { stdout } = await dokku.run(["apps:report", app, "--app-deploy-source-metadata"], { mutating: false });
  return stdout.trim();
}
async function stopApp(dokku, app) {
  await dokku.run(["ps:stop", app], { mutating: true });
}
async function startApp(dokku, app) {
  await dokku.run(["ps:start", app], { mutating: true });
}
async function importPostgres(dokku, service, file) {
  await dokku.run(["postgres:import", service], { mutating: true, inputFile: file });
}
async function deployCommit(dokku, app, repo, sha, output) {
  const args = ["git:sync", "--build", app, repo, sha];
  let tail = "";
  const result = await dokku.stream(args, {
    mutating: true,
    async consumeStdout(stdout) {
      for await (const chunk of stdout) {
        const text = Buffer.from(chunk).toString("utf8");
        output.write(text);
        tail = (tail + text).slice(-8192);
      }
    }
  });
  if (result.exitCode !== 0 || result.signal) {
    throw new DokkuCommandError("git:sync", result.exitCode, dokkuMessage(result.stderr, tail));
  }
}

// src/deploy/restore.ts
async function findBackup(app, id, context) {
  const list = `List them with \`dokku pegasus:backups ${app}\``;
  if (!isBackupId(id)) {
    throw new UserError(`${JSON.stringify(id)} is not a backup id (they look like 20261126T070102Z-1a2b3c4). ${list}`);
  }
  const paths = backupPaths(context.paths.dataDir, app);
  const record = (await listBackups(paths)).find((candidate) => candidate.id === id);
  if (!record) throw new UserError(`${app} has no verified backup ${id}. ${list}`);
  const service = await currentPostgresService(app, context);
  if (record.service !== service) {
    context.log.warn(`Backup ${id} was taken from Postgres service ${record.service}; it is restored into ${service}, the service ${app} uses now`);
  }
  return { ...record, app, file: paths.dump(id), service };
}
function refusal(app, record, why) {
  return new UserError(
    `Backup ${record.id} is refused: ${why}. Nothing was changed. Pick another backup from \`dokku pegasus:backups ${app}\``
  );
}
async function checkBackupFile(app, record, context) {
  const refuse = (why) => refusal(app, record, why);
  const file = backupPaths(context.paths.dataDir, app).dump(record.id);
  await checkSize(app, record, file);
  const hash = createHash3("sha256");
  await pipeline2(createReadStream(file), hash);
  const sha256 = hash.digest("hex");
  if (sha256 !== record.sha256) throw refuse(`its sha256 is ${sha256}, the manifest says ${record.sha256}: the file changed since it was verified`);
  try {
    await verifyArchiveFile(file);
  } catch (error) {
    if (error instanceof ArchiveError) throw refuse(`its archive is damaged: ${error.message}`);
    throw error;
  }
}
async function checkSize(app, record, file) {
  let size;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    throw refusal(app, record, `its file ${file} cannot be read (${error.code ?? String(error)})`);
  }
  if (size !== record.size) throw refusal(app, record, `its file is ${size} bytes, the manifest says ${record.size}`);
}
async function recheckBackup(app, record, context, safetyId) {
  const paths = backupPaths(context.paths.dataDir, app);
  const listed = (await listBackups(paths)).find((candidate) => candidate.id === record.id);
  const why = !listed ? "it is no longer listed (deleted since it was checked)" : listed.sha256 !== record.sha256 || listed.size !== record.size ? "its manifest changed since it was checked" : void 0;
  try {
    if (why) throw refusal(app, record, why);
    await checkSize(app, record, paths.dump(record.id));
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    throw new UserError(`${error.message}. (The safety backup ${safetyId} of the current database was kept.)`);
  }
}
async function restoreBackup(app, record, context, options) {
  const { dokku, log } = context;
  const { deployed } = options;
  log.info1(`Saving the current database of ${record.service} before the restore`);
  let safety;
  try {
    safety = await takeBackup(app, "pre-restore", context, { service: record.service, protect: [record.id] });
  } catch (error) {
    if (!(error instanceof OffsiteFailure)) {
      throw new UserError(
        `Restore of ${app} refused: the safety backup of the current database failed, and a restore without one could not be undone. Nothing was changed.
${error instanceof Error ? error.message : String(error)}`
      );
    }
    log.warn(error.message);
    safety = error.record;
  }
  const paths = backupPaths(context.paths.dataDir, app);
  const release = await acquireBackupLock(paths.lock, { app, now: context.now(), log });
  try {
    await recheckBackup(app, record, context, safety.id);
    if (deployed) {
      log.info1(`Stopping ${app} for the restore`);
      await stopApp(dokku, app);
    }
    log.info1(`Importing backup ${record.id} into ${record.service}`);
    try {
      await importPostgres(dokku, record.service, paths.dump(record.id));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new UserError(
        [
          `The import of backup ${record.id} into ${record.service} failed: ${message}`,
          `The database may be partly restored${deployed ? `, so ${app} was left stopped` : ""}.`,
          `The database as it was before this restore is in safety backup ${safety.id}. To put it back:`,
          `  dokku pegasus:restore ${app} ${safety.id} --force`,
          ...deployed ? [`Then, or to start ${app} on the data as it is now: dokku ps:start ${app}`] : []
        ].join("\n")
      );
    }
  } finally {
    await release();
  }
  let started = false;
  if (options.start && deployed) {
    log.info1(`Starting ${app}`);
    try {
      await startApp(dokku, app);
      started = true;
    } catch (error) {
      throw new UserError(
        `Backup ${record.id} was restored into ${record.service} (safety backup ${safety.id}), but starting ${app} failed: ${error instanceof Error ? error.message : String(error)}
Start it with: dokku ps:start ${app}`
      );
    }
  }
  return { safetyBackupId: safety.id, stopped: deployed, started };
}

export {
  DokkuClient,
  dokkuMessage,
  parseCommandArgs,
  stringOption,
  booleanOption,
  formatOption,
  FORMAT_OPTION,
  DRY_RUN_OPTION,
  expectPositionals,
  isValidAppName,
  verifyAppName,
  ArchiveError,
  SETUP_DEFAULTS,
  parseSetupOptions,
  parseEmail,
  storageNameFor,
  derivedServiceName,
  storageEntryNameFor,
  SETTINGS,
  findSetting,
  settingFallback,
  exportConfig,
  exportConfigMap,
  getConfigValue,
  serviceExists,
  serviceImage,
  serviceLinked,
  createService,
  linkService,
  serviceLinks,
  serviceHost,
  urlHost,
  listServices,
  linkedPostgresHosts,
  verifyArchiveFile,
  OffsiteFailure,
  takeBackup,
  deploySourceMetadata,
  deployCommit,
  findBackup,
  checkBackupFile,
  restoreBackup
};
