// storage (plugins/storage, Go). Dokku 0.38+: named entries in data/storage-registry/entries/
// <name>.json (entry.go), per-app attachments as the property list config/storage/<app>/mounts
// (attachment.go), colon-form mounts turned into `legacy-<sha1[:10]>` entries, and the install
// trigger's migration of pre-0.38 `-v` docker-options into such entries (migrate.go; the fake
// runs it before any storage command, as an upgrade's install trigger would have). Before 0.38
// (`fake-dokku-ctl version 0.37.9`): `-v host:container` lines in $DOKKU_ROOT/<app>/
// DOCKER_OPTIONS_{DEPLOY,RUN} and no entry commands at all.
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { userInfo } from "node:os";
import { parseGoFlags, runReport, verifyAppGo } from "./cli.js";
import { fail, info1, info1Quiet, isQuiet, line, verbose, warn } from "./output.js";
import { notACommand } from "./plugins.js";
import { appDir, atomicWrite, fakeFile, listApps, paths, propExists, propFile, propSet, readText, withLock } from "./state.js";
import { hasStorageEntries } from "./version.js";

const DOCKER_LOCAL = "docker-local";
const K3S = "k3s";
const LEGACY_PREFIX = "legacy-";
const MAX_ENTRY_NAME = 45;
const DNS_1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DOCKER_VOLUME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
const ACCESS_MODES = ["ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod"];

/** entry.go `Entry`, fields in struct order (Go marshals in that order; empty ones omitted). */
interface Entry {
  name: string;
  scheduler: string;
  host_path?: string;
  size?: string;
  access_mode?: string;
  storage_class?: string;
  namespace?: string;
  chown?: string;
  mode?: string;
  reclaim_policy?: string;
  annotations?: Record<string, string>;
  labels?: Record<string, string>;
  schema_version: number;
}

/** attachment.go `Attachment`. */
interface Attachment {
  entry_name: string;
  container_path: string;
  phases: string[];
  process_type?: string;
  subpath?: string;
  readonly?: boolean;
  volume_options?: string;
  volume_chown?: string;
}

const ENTRY_FIELDS = ["name", "scheduler", "host_path", "size", "access_mode", "storage_class", "namespace", "chown", "mode", "reclaim_policy", "annotations", "labels", "schema_version"] as const;
const ATTACHMENT_FIELDS = ["entry_name", "container_path", "phases", "process_type", "subpath", "readonly", "volume_options", "volume_chown"] as const;

/** encoding/json with omitempty: struct order, zero values of omitempty fields dropped, HTML escaped. */
function goStruct(value: object, fields: readonly string[], always: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const record = value as Record<string, unknown>;
  for (const field of fields) {
    const v = record[field];
    const empty = v === undefined || v === "" || v === false || (typeof v === "object" && v !== null && Object.keys(v).length === 0);
    if (always.includes(field) || !empty) out[field] = v ?? (field === "phases" ? null : "");
  }
  return out;
}
function goEscape(text: string): string {
  return text.replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}
const entryJson = (e: Entry) => goStruct(e, ENTRY_FIELDS, ["name", "scheduler", "schema_version"]);
const attachmentJson = (a: Attachment) => goStruct(a, ATTACHMENT_FIELDS, ["entry_name", "container_path", "phases"]);

export function storageDirectory(): string {
  return join(paths().libRoot, "data", "storage");
}
function entriesDir(): string {
  return join(paths().libRoot, "data", "storage-registry", "entries");
}
function entryExists(name: string): boolean {
  return existsSync(join(entriesDir(), `${name}.json`));
}
function loadEntry(name: string): Entry {
  const text = readText(join(entriesDir(), `${name}.json`));
  if (text === undefined) fail(`storage entry "${name}" does not exist`);
  return JSON.parse(text) as Entry;
}
function saveEntry(entry: Entry): void {
  atomicWrite(join(entriesDir(), `${entry.name}.json`), goEscape(JSON.stringify(entryJson(entry), null, 2)), 0o600);
}
function listEntries(): Entry[] {
  if (!existsSync(entriesDir())) return [];
  return readdirSync(entriesDir())
    .filter((f) => f.endsWith(".json"))
    .map((f) => loadEntry(f.slice(0, -5)))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function loadAttachments(app: string): Attachment[] {
  const text = readText(propFile("storage", app, "mounts")) ?? "";
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Attachment);
}
function saveAttachments(app: string, attachments: Attachment[]): void {
  propSet("storage", app, "mounts", attachments.map((a) => `${goEscape(JSON.stringify(attachmentJson(a)))}\n`).join(""));
}
function attachmentsForPhase(app: string, phase: string): Attachment[] {
  return loadAttachments(app)
    .filter((a) => a.phases.includes(phase))
    .sort((a, b) => (a.entry_name !== b.entry_name ? (a.entry_name < b.entry_name ? -1 : 1) : a.container_path < b.container_path ? -1 : a.container_path > b.container_path ? 1 : 0));
}
function appsUsingEntry(name: string): string[] {
  return listApps().filter((app) => loadAttachments(app).some((a) => a.entry_name === name));
}

/** `storage:*` attachments of a destroyed app go with its property folder (post-delete); entries stay. */
export function dropAppStorage(_app: string): void {
  // Attachments live in config/storage/<app>, which propDestroyApp removes with every other
  // property folder; entries are global and, like their host directories, survive the app.
}

// ---------------------------------------------------------------- before 0.38: docker-options

function dockerOptionsFile(app: string, phase: string): string {
  return join(appDir(app), `DOCKER_OPTIONS_${phase.toUpperCase()}`);
}
function dockerOptionLines(app: string, phase: string): string[] {
  return (readText(dockerOptionsFile(app, phase)) ?? "").split("\n").filter((l) => l.trim() !== "");
}
function writeDockerOptionLines(app: string, phase: string, lines: string[]): void {
  atomicWrite(dockerOptionsFile(app, phase), lines.length ? `${lines.join("\n")}\n` : "", 0o644);
}
function legacyMounts(app: string, phase: string): string[] {
  return dockerOptionLines(app, phase)
    .filter((l) => l.startsWith("-v "))
    .map((l) => l.slice(3).trim());
}

// ---------------------------------------------------------------- the legacy colon form

interface ParsedMount {
  host: string;
  container: string;
  readonly: boolean;
  volumeOptions: string;
}
function parseMountPath(spec: string): ParsedMount {
  const [host = "", container = "", opts = ""] = [spec.split(":")[0], spec.split(":")[1], spec.split(":").slice(2).join(":")];
  const tokens = opts ? opts.split(",") : [];
  return { host, container, readonly: tokens.includes("ro"), volumeOptions: tokens.filter((t) => t !== "ro").join(",") };
}
/** storage.go VerifyPaths. */
function verifyPaths(spec: string): void {
  if (spec.startsWith("/")) {
    if (!/^\/.*:\//.test(spec)) fail("Storage path must be two valid paths divided by colon.");
  } else if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]+:\//.test(spec)) {
    fail("Volume name must be two characters or more. Volume name must not contain invalid characters.");
  }
}
/** entry.go LegacyMountToEntry: sha1 of the host path (`vol:<name>` for a docker volume). */
function legacyEntryFor(host: string): Entry {
  const digest = createHash("sha1").update(host.startsWith("/") ? host : `vol:${host}`).digest("hex");
  return { name: `${LEGACY_PREFIX}${digest.slice(0, 10)}`, scheduler: DOCKER_LOCAL, host_path: host, schema_version: 1 };
}

/** migrate.go: drain every app's `-v` docker-options into legacy entries, once per app. */
function migrateLegacyMounts(): void {
  for (const app of listApps()) {
    if (propExists("storage", app, "legacy-mounts-migrated")) continue;
    const phases = new Map<string, string[]>();
    for (const phase of ["deploy", "run"]) for (const m of legacyMounts(app, phase)) phases.set(m, [...(phases.get(m) ?? []), phase]);
    if (phases.size === 0) continue;
    const attachments = loadAttachments(app);
    for (const mount of [...phases.keys()].sort()) {
      const parsed = parseMountPath(mount);
      const entry = legacyEntryFor(parsed.host);
      if (!entryExists(entry.name)) saveEntry(entry);
      if (!attachments.some((a) => a.entry_name === entry.name && a.container_path === parsed.container)) {
        attachments.push({ entry_name: entry.name, container_path: parsed.container, phases: phases.get(mount) ?? [], process_type: "_default_", readonly: parsed.readonly, volume_options: parsed.volumeOptions });
      }
    }
    saveAttachments(app, attachments);
    for (const phase of ["deploy", "run"]) writeDockerOptionLines(app, phase, dockerOptionLines(app, phase).filter((l) => !l.startsWith("-v ")));
    propSet("storage", app, "legacy-mounts-migrated", "true");
  }
}

// ---------------------------------------------------------------- chown, mode, k3s

function resolveChown(value: string): string {
  switch (value) {
    case "herokuish":
      return "32767";
    case "heroku":
      return "1000";
    case "packeto":
      verbose("Detected deprecated chown flag 'packeto'. Using 'paketo' instead. Please update your configuration.");
      return "2000";
    case "paketo":
      return "2000";
    case "root":
      return "0";
    case "false":
      return "false";
    default:
      if (/^\d+$/.test(value) && Number(value) <= 65535) return String(Number(value));
      return fail("Unsupported chown permissions");
  }
}
function chownDirectory(dir: string, uid: string): void {
  atomicWrite(fakeFile("storage-owners", dir.replace(/\//g, "_")), uid, 0o644);
  if (userInfo().uid === 0) spawnSync("chown", ["-R", `${uid}:${uid}`, dir]);
}
function normalizeMode(mode: string): string {
  if (mode === "") return "";
  if (!/^[0-7]{3,4}$/.test(mode)) fail(`Unsupported directory mode "${mode}". Value must be a 3 or 4 digit octal mode, such as 0755`);
  return mode.length === 3 ? `0${mode}` : mode;
}
function validateEntryName(name: string, allowLegacy: boolean): void {
  if (name === "") fail("storage entry name is required");
  if (name.length > MAX_ENTRY_NAME) fail(`storage entry name "${name}" is too long (max ${MAX_ENTRY_NAME} characters); helm release names cap our budget`);
  if (!DNS_1123_LABEL.test(name)) fail(`storage entry name "${name}" must be a DNS-1123 label (lowercase letters, digits, and dashes; cannot start or end with a dash)`);
  if (!allowLegacy && name.startsWith(LEGACY_PREFIX)) fail(`storage entry name "${name}" must not start with reserved prefix "${LEGACY_PREFIX}"`);
}
/** entry.go `(*Entry).Validate`. */
function validateEntry(e: Entry): void {
  validateEntryName(e.name, e.name.startsWith(LEGACY_PREFIX));
  if (e.scheduler !== DOCKER_LOCAL && e.scheduler !== K3S) fail(`storage entry "${e.name}" has unsupported scheduler "${e.scheduler}" (supported: docker-local, k3s)`);
  if (e.reclaim_policy && e.reclaim_policy !== "Retain" && e.reclaim_policy !== "Delete") fail(`storage entry "${e.name}" has unsupported reclaim policy "${e.reclaim_policy}"`);
  const defaultPath = join(storageDirectory(), e.name);
  if (e.scheduler === DOCKER_LOCAL) {
    if (!e.host_path) fail(`storage entry "${e.name}" (docker-local) is missing host_path`);
    if (!isAbsolute(e.host_path) && !DOCKER_VOLUME.test(e.host_path)) fail(`storage entry "${e.name}" host_path must be an absolute path or a docker named volume token, got "${e.host_path}"`);
    if (e.size) fail(`storage entry "${e.name}" (docker-local) does not accept --size`);
    if (e.storage_class) fail(`storage entry "${e.name}" (docker-local) does not accept --storage-class-name`);
    if (e.access_mode) fail(`storage entry "${e.name}" (docker-local) does not accept --access-mode`);
    if (e.reclaim_policy === "Delete" && e.host_path !== defaultPath) fail(`storage entry "${e.name}" (docker-local) only accepts --reclaim-policy Delete on the default host path (${defaultPath})`);
  } else {
    if (!e.size) fail(`storage entry "${e.name}" (k3s) requires --size`);
    if (e.storage_class && e.host_path) fail(`storage entry "${e.name}" (k3s) cannot set both --storage-class-name and a host path; the cluster provisions class-backed volumes`);
    if (e.access_mode && !ACCESS_MODES.includes(e.access_mode)) fail(`storage entry "${e.name}" has unsupported access mode "${e.access_mode}"`);
    if (e.host_path && !isAbsolute(e.host_path)) fail(`storage entry "${e.name}" host_path must be absolute, got "${e.host_path}"`);
    if (e.mode) fail(`storage entry "${e.name}" (k3s) does not accept --mode`);
  }
}
function requireDefaultHostPath(e: Entry, flag: string): void {
  const defaultPath = join(storageDirectory(), e.name);
  if (e.host_path !== defaultPath) fail(`${flag} is only supported when the storage entry uses the default host path (${defaultPath}); omit ${flag} and manage ${e.host_path} manually`);
}
/** commands_entries.go ensureDockerLocalPath. */
function ensureDockerLocalPath(e: Entry): void {
  const wantsChown = Boolean(e.chown) && e.chown !== "false";
  if (wantsChown) requireDefaultHostPath(e, "--chown");
  if (e.mode) requireDefaultHostPath(e, "--mode");
  const dir = e.host_path ?? "";
  if (!isAbsolute(dir)) return;
  if (existsSync(dir) && !statSync(dir).isDirectory()) fail(`storage entry path ${dir} exists but is not a directory`);
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true, mode: 0o755 });
    verbose(`Created ${dir}`);
  }
  if (e.mode) {
    verbose(`Setting directory mode to ${e.mode}`);
    chmodSync(dir, Number.parseInt(e.mode, 8));
  }
  if (wantsChown) {
    const uid = resolveChown(e.chown ?? "");
    if (uid !== "false") {
      verbose(`Setting directory ownership to ${uid}:${uid}`);
      chownDirectory(dir, uid);
    }
  }
}
/**
 * scheduler-k3s's storage-create / storage-status triggers provision a PVC through helm. The
 * fake has no cluster: a created claim is recorded and reported Bound.
 */
function k3sClaimFile(name: string): string {
  return fakeFile("k3s-pvcs", name);
}

// ---------------------------------------------------------------- commands

const ENTRY_COMMANDS = ["storage:create", "storage:info", "storage:list-entries", "storage:wait", "storage:destroy"];

export function storageCommand(cmd: string, args: string[]): void {
  if (!hasStorageEntries()) {
    if (ENTRY_COMMANDS.includes(cmd)) notACommand([cmd, ...args]);
    legacyStorageCommand(cmd, args);
    return;
  }
  withLock("storage", migrateLegacyMounts);
  switch (cmd) {
    case "storage:ensure-directory": {
      warn("Deprecated: please use 'storage:create' instead of 'storage:ensure-directory'");
      ensureDirectory(args);
      return;
    }
    case "storage:create": {
      const f = parseGoFlags(cmd, args, { string: ["scheduler", "size", "access-mode", "storage-class-name", "namespace", "chown", "mode", "reclaim-policy", "annotation", "label"] });
      const name = f.positionals[0] ?? "";
      validateEntryName(name, false);
      const scheduler = f.strings.get("scheduler") || DOCKER_LOCAL;
      let hostPath = f.positionals[1] ?? "";
      if (scheduler === DOCKER_LOCAL && hostPath === "") hostPath = join(storageDirectory(), name);
      const entry: Entry = {
        name,
        scheduler,
        host_path: hostPath,
        size: f.strings.get("size") ?? "",
        access_mode: f.strings.get("access-mode") ?? "",
        storage_class: f.strings.get("storage-class-name") ?? "",
        namespace: f.strings.get("namespace") ?? "",
        chown: f.strings.get("chown") ?? "",
        mode: normalizeMode(f.strings.get("mode") ?? ""),
        reclaim_policy: f.strings.get("reclaim-policy") ?? "",
        schema_version: 1,
      };
      validateEntry(entry);
      withLock("storage", () => {
        if (entryExists(name)) {
          const existing = loadEntry(name);
          if (existing.scheduler !== entry.scheduler) fail(`storage entry "${name}" already exists with scheduler "${existing.scheduler}"; refusing to redefine`);
          info1Quiet(`Storage entry ${name} already exists, leaving in place`);
        }
        if (scheduler === DOCKER_LOCAL) ensureDockerLocalPath(entry);
        saveEntry(entry);
        if (scheduler === K3S) atomicWrite(k3sClaimFile(name), "Bound", 0o644);
      });
      info1(`Storage entry ${name} created`);
      return;
    }
    case "storage:info": {
      const f = parseGoFlags(cmd, args, { string: ["format"] });
      const name = f.positionals[0] ?? "";
      if (name === "") fail("storage entry name is required");
      if (!entryExists(name)) fail(`storage entry "${name}" does not exist`);
      const e = loadEntry(name);
      if ((f.strings.get("format") ?? "text") === "json") {
        line(goEscape(JSON.stringify(entryJson(e), null, 2)));
        return;
      }
      info1Quiet(`Storage entry ${e.name}`);
      verbose(`Scheduler:        ${e.scheduler}`);
      const rows: [string, string | undefined][] = [
        ["Host path:        ", e.host_path],
        ["Size:             ", e.size],
        ["Access mode:      ", e.access_mode],
        ["Storage class:    ", e.storage_class],
        ["Namespace:        ", e.namespace],
        ["Chown:            ", e.chown],
        ["Mode:             ", e.mode],
        ["Reclaim policy:   ", e.reclaim_policy],
      ];
      for (const [label, value] of rows) if (value) verbose(`${label}${value}`);
      return;
    }
    case "storage:list-entries": {
      const f = parseGoFlags(cmd, args, { string: ["scheduler", "format"] });
      const scheduler = f.strings.get("scheduler") ?? "";
      const entries = listEntries().filter((e) => scheduler === "" || e.scheduler === scheduler);
      if ((f.strings.get("format") ?? "text") === "json") {
        line(goEscape(JSON.stringify(entries.map(entryJson), null, 2)));
        return;
      }
      if (entries.length === 0) {
        info1Quiet("No storage entries registered");
        return;
      }
      info1Quiet("Storage entries:");
      for (const e of entries) verbose(`${e.name}\t${e.scheduler}\t${e.host_path ?? ""}`);
      return;
    }
    case "storage:wait": {
      const f = parseGoFlags(cmd, args, {});
      const name = f.positionals[0] ?? "";
      if (!entryExists(name)) fail(`storage entry "${name}" does not exist`);
      const e = loadEntry(name);
      if (e.scheduler !== K3S) {
        if (e.host_path && (!existsSync(e.host_path) || !statSync(e.host_path).isDirectory())) fail(`storage entry "${name}" host path ${e.host_path} is not present`);
        return;
      }
      const status = (readText(k3sClaimFile(name)) ?? "Pending").trim();
      if (status !== "Bound") fail(`storage entry "${name}" is ${status}, not Bound`);
      info1(`Storage entry ${name} is bound`);
      return;
    }
    case "storage:destroy": {
      const f = parseGoFlags(cmd, args, { bool: ["force", "destroy-host-dir"] });
      const name = f.positionals[0] ?? "";
      if (name === "") fail("storage entry name is required");
      if (!entryExists(name)) fail(`storage entry "${name}" does not exist`);
      const using = appsUsingEntry(name);
      if (using.length > 0) fail(`storage entry "${name}" is still mounted by app(s): ${using.join(", ")}`);
      const e = loadEntry(name);
      const removeHostDir = e.scheduler === DOCKER_LOCAL && (f.bools.has("destroy-host-dir") || e.reclaim_policy === "Delete");
      if (removeHostDir) requireDefaultHostPath(e, "--destroy-host-dir");
      if (!f.bools.has("force") && process.env.DOKKU_APPS_FORCE_DELETE !== "1") fail("fake-dokku: storage:destroy needs --force (no confirmation prompt)");
      if (removeHostDir && e.host_path) {
        rmSync(e.host_path, { recursive: true, force: true });
        verbose(`Removed ${e.host_path}`);
      }
      rmSync(join(entriesDir(), `${name}.json`), { force: true });
      rmSync(k3sClaimFile(name), { force: true });
      info1(`Storage entry ${name} destroyed`);
      return;
    }
    case "storage:mount": {
      const f = parseGoFlags(cmd, args, { bool: ["volume-readonly"], string: ["container-dir", "phase", "process-type", "volume-subpath", "volume-chown", "volume-options"] });
      const app = verifyAppGo(f.positionals[0]);
      const nameOrPath = f.positionals[1] ?? "";
      if (nameOrPath.includes(":")) {
        mountLegacyColon(app, nameOrPath);
        return;
      }
      if (!entryExists(nameOrPath)) fail(`storage entry "${nameOrPath}" does not exist; create it first with \`dokku storage:create\``);
      const containerDir = f.strings.get("container-dir") ?? "";
      if (containerDir === "") fail("--container-dir is required when mounting a named storage entry");
      const entry = loadEntry(nameOrPath);
      const phases = (f.strings.get("phase") ?? "").split(",").filter(Boolean);
      const attachment: Attachment = {
        entry_name: entry.name,
        container_path: containerDir,
        phases: phases.length ? phases : ["deploy", "run"],
        process_type: f.strings.get("process-type") || "_default_",
        subpath: f.strings.get("volume-subpath") ?? "",
        readonly: f.bools.has("volume-readonly"),
        volume_options: f.strings.get("volume-options") ?? "",
        volume_chown: f.strings.get("volume-chown") ?? "",
      };
      if (!attachment.container_path.startsWith("/")) fail(`attachment container path "${attachment.container_path}" must be absolute`);
      for (const p of attachment.phases) if (p !== "deploy" && p !== "run") fail(`attachment phase "${p}" is not supported (must be "deploy" or "run")`);
      let created = true;
      withLock("storage", () => {
        const attachments = loadAttachments(app);
        const existing = attachments.find((a) => a.entry_name === attachment.entry_name && a.container_path === attachment.container_path && (a.process_type ?? "") === attachment.process_type);
        if (existing) {
          created = false;
          Object.assign(existing, { phases: attachment.phases, subpath: attachment.subpath, readonly: attachment.readonly, volume_options: attachment.volume_options, volume_chown: attachment.volume_chown });
        } else attachments.push(attachment);
        saveAttachments(app, attachments);
      });
      info1(created ? `Storage entry ${entry.name} mounted at ${containerDir} on ${app}` : `Storage entry ${entry.name} mount at ${containerDir} on ${app} updated`);
      return;
    }
    case "storage:unmount": {
      const f = parseGoFlags(cmd, args, { string: ["container-dir"] });
      const app = verifyAppGo(f.positionals[0]);
      const nameOrPath = f.positionals[1] ?? "";
      if (nameOrPath.includes(":")) {
        verifyPaths(nameOrPath);
        const parsed = parseMountPath(nameOrPath);
        if (!parsed.container) fail("Storage path must be two valid paths divided by colon.");
        const name = legacyEntryFor(parsed.host).name;
        withLock("storage", () => {
          const attachments = loadAttachments(app);
          const keep = attachments.filter((a) => !(a.entry_name === name && a.container_path === parsed.container));
          if (keep.length === attachments.length) fail("Mount path does not exist.");
          saveAttachments(app, keep);
        });
        return;
      }
      const containerDir = f.strings.get("container-dir") ?? "";
      withLock("storage", () => {
        const attachments = loadAttachments(app);
        const matches = attachments.filter((a) => a.entry_name === nameOrPath && (containerDir === "" || a.container_path === containerDir));
        if (matches.length === 0) fail(containerDir === "" ? `storage entry "${nameOrPath}" is not mounted on app "${app}"` : `storage entry "${nameOrPath}" is not mounted at "${containerDir}" on app "${app}"`);
        if (matches.length > 1 && containerDir === "") {
          fail(`storage entry "${nameOrPath}" is mounted at multiple paths on app "${app}" (${matches.map((a) => a.container_path).sort().join(", ")}); pass --container-dir to disambiguate`);
        }
        saveAttachments(app, attachments.filter((a) => !matches.includes(a)));
      });
      return;
    }
    case "storage:list": {
      const f = parseGoFlags(cmd, args, { string: ["format"] });
      const app = verifyAppGo(f.positionals[0]);
      const format = f.strings.get("format") ?? "text";
      if (format !== "text" && format !== "json") fail("Invalid --format value specified");
      const rows = attachmentsForPhase(app, "deploy").map((a) => {
        const entry = loadEntry(a.entry_name);
        return { entry_name: entry.name, host_path: entry.host_path || entry.name, container_path: a.container_path, readonly: a.readonly ?? false, volume_options: a.volume_options ?? "" };
      });
      if (format === "json") {
        line(goEscape(JSON.stringify(rows.map((r) => goStruct(r, ["entry_name", "host_path", "container_path", "readonly", "volume_options"], ["host_path", "container_path"])))));
        return;
      }
      info1Quiet(`${app} volume bind-mounts:`);
      for (const r of rows) {
        const text = colonForm(r.host_path, r.container_path, r.readonly, r.volume_options);
        if (isQuiet()) line(text);
        else verbose(text);
      }
      return;
    }
    case "storage:report":
      if (args.includes("--global")) {
        globalEntryReport(args.filter((a) => a !== "--global"));
        return;
      }
      runReport({ type: "storage", prefix: "storage", legacyPrefixedJson: true, flags: storageFlags, globalFlags: () => ({}) }, args);
      return;
    default:
      fail(`fake-dokku: ${cmd} is not implemented`);
  }
}

/** `storage:report --global` on 0.38 (commands_entries.go CommandReportGlobal): every entry and the apps that mount it. */
function globalEntryReport(args: string[]): void {
  const f = parseGoFlags("storage:report", args, { string: ["format"] });
  const format = f.strings.get("format") ?? "stdout";
  // AppsUsingEntry returns nil (JSON null) when no app exists, an empty list otherwise.
  const noApps = listApps().length === 0;
  const rows = listEntries().map((e) => ({ entry: entryJson(e), mounted_by: noApps ? null : appsUsingEntry(e.name) }));
  if (format === "json") {
    line(goEscape(JSON.stringify(rows, null, 2)));
    return;
  }
  if (rows.length === 0) {
    info1Quiet("No storage entries registered");
    return;
  }
  info1Quiet("Storage report (global):");
  for (const r of rows) {
    verbose(`${r.entry.name}\t${r.entry.scheduler}\tmounted by: ${r.mounted_by && r.mounted_by.length > 0 ? r.mounted_by.join(", ") : "\u2014"}`);
  }
}

function colonForm(host: string, container: string, readonly: boolean, volumeOptions: string): string {
  const options = [readonly ? "ro" : "", volumeOptions].filter(Boolean).join(",");
  return `${host}:${container}${options ? `:${options}` : ""}`;
}

function mountLegacyColon(app: string, spec: string): void {
  verifyPaths(spec);
  const parsed = parseMountPath(spec);
  if (!parsed.container) fail("Storage path must be two valid paths divided by colon.");
  const entry = legacyEntryFor(parsed.host);
  withLock("storage", () => {
    if (!entryExists(entry.name)) saveEntry(entry);
    const attachments = loadAttachments(app);
    if (attachments.some((a) => a.entry_name === entry.name && a.container_path === parsed.container && a.process_type === "_default_")) fail("Mount path already exists.");
    attachments.push({ entry_name: entry.name, container_path: parsed.container, phases: ["deploy", "run"], process_type: "_default_", readonly: parsed.readonly, volume_options: parsed.volumeOptions });
    saveAttachments(app, attachments);
  });
}

/** storage:ensure-directory (subcommands.go CommandEnsureDirectory; the warning comes first on 0.38). */
function ensureDirectory(args: string[]): void {
  const f = parseGoFlags("storage:ensure-directory", args, { string: ["chown"] });
  const name = f.positionals[0];
  if (!name) fail("Please specify a directory to create");
  if (!/^[A-Za-z0-9_-]+$/.test(name)) fail("Directory can only contain the following set of characters: [A-Za-z0-9_-]");
  const uid = resolveChown(f.strings.get("chown") ?? "herokuish");
  const dir = join(storageDirectory(), name);
  info1(`Ensuring ${dir} exists`);
  mkdirSync(dir, { recursive: true });
  if (uid !== "false") {
    if (!isQuiet()) verbose(`Setting directory ownership to ${uid}:${uid}`);
    chownDirectory(dir, uid);
  }
  if (!isQuiet()) verbose("Directory ready for mounting");
}

/** Dokku 0.37: mounts are `-v` docker-options in the deploy and run phases. */
function legacyStorageCommand(cmd: string, args: string[]): void {
  switch (cmd) {
    case "storage:ensure-directory":
      ensureDirectory(args);
      return;
    case "storage:mount":
    case "storage:unmount": {
      const app = verifyAppGo(args[0]);
      const spec = args[1];
      if (!spec) fail("Please specify a mount path");
      verifyPaths(spec);
      const present = legacyMounts(app, "deploy").includes(spec) || legacyMounts(app, "run").includes(spec);
      if (cmd === "storage:mount" && present) fail("Mount path already exists.");
      if (cmd === "storage:unmount" && !present) fail("Mount path does not exist.");
      for (const phase of ["deploy", "run"]) {
        const kept = dockerOptionLines(app, phase).filter((l) => l !== `-v ${spec}`);
        writeDockerOptionLines(app, phase, cmd === "storage:mount" ? [...kept, `-v ${spec}`] : kept);
      }
      return;
    }
    case "storage:list": {
      const f = parseGoFlags(cmd, args, { string: ["format"] });
      const app = verifyAppGo(f.positionals[0]);
      const format = f.strings.get("format") ?? "text";
      if (format !== "text" && format !== "json") fail("Invalid --format value specified");
      const mounts = legacyMounts(app, "deploy");
      if (format === "json") {
        line(goEscape(JSON.stringify(mounts.map((m) => {
          const [host = "", container = "", ...rest] = m.split(":");
          return { host_path: host, container_path: container, volume_options: rest.join(":") };
        }))));
        return;
      }
      info1Quiet(`${app} volume bind-mounts:`);
      for (const m of mounts) {
        if (isQuiet()) line(m);
        else verbose(m);
      }
      return;
    }
    case "storage:report":
      runReport(
        {
          type: "storage",
          prefix: "storage",
          legacyPrefixedJson: false,
          flags: (app) => {
            const phase = (p: string) => legacyMounts(app, p).map((m) => `-v ${m}`).join(" ");
            return { "--storage-build-mounts": "", "--storage-deploy-mounts": phase("deploy"), "--storage-run-mounts": phase("run") };
          },
          globalFlags: () => ({}),
        },
        args,
      );
      return;
    default:
      fail(`fake-dokku: ${cmd} is not implemented`);
  }
}

function storageFlags(app: string): Record<string, string> {
  const flags: Record<string, string> = {};
  const attachments = loadAttachments(app);
  attachments.forEach((att, i) => {
    const entry = loadEntry(att.entry_name);
    const n = i + 1;
    flags[`--storage-attachment.${n}.container-path`] = att.container_path;
    flags[`--storage-attachment.${n}.entry-name`] = entry.name;
    flags[`--storage-attachment.${n}.host-path`] = entry.host_path ?? "";
    flags[`--storage-attachment.${n}.phases`] = att.phases.join(",");
    flags[`--storage-attachment.${n}.process-type`] = att.process_type ?? "";
    flags[`--storage-attachment.${n}.readonly`] = String(att.readonly ?? false);
    flags[`--storage-attachment.${n}.subpath`] = att.subpath ?? "";
    flags[`--storage-attachment.${n}.volume-chown`] = att.volume_chown ?? "";
    flags[`--storage-attachment.${n}.volume-options`] = att.volume_options ?? "";
  });
  const mounts = (phase: string) =>
    attachmentsForPhase(app, phase)
      .map((a) => {
        const entry = loadEntry(a.entry_name);
        return `-v ${colonForm(entry.host_path || entry.name, a.container_path, a.readonly ?? false, a.volume_options ?? "")}`;
      })
      .join(" ");
  flags["--storage-build-mounts"] = "";
  flags["--storage-deploy-mounts"] = mounts("deploy");
  flags["--storage-run-mounts"] = mounts("run");
  return flags;
}
