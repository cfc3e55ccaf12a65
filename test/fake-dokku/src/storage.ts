// storage (Go, 0.38 named entries; legacy mount form): data/storage and data/storage-registry.
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { userInfo } from "node:os";
import { parseGoFlags, runReport, verifyAppGo } from "./cli.js";
import { fail, info1, isQuiet, line, verbose, warn } from "./output.js";
import { atomicWrite, fakeFile, paths, readText, withLock } from "./state.js";

interface Attachment {
  app: string;
  container_path: string;
  phases: string[];
  process_type: string;
  readonly: boolean;
  volume_options: string;
  subpath: string;
  chown: string;
}
interface Entry {
  name: string;
  host_path: string;
  attachments: Attachment[];
}

function entriesDir(): string {
  return join(paths().libRoot, "data", "storage-registry", "entries");
}
function readEntry(name: string): Entry | undefined {
  const text = readText(join(entriesDir(), `${name}.json`));
  return text ? (JSON.parse(text) as Entry) : undefined;
}
function writeEntry(e: Entry): void {
  atomicWrite(join(entriesDir(), `${e.name}.json`), `${JSON.stringify(e)}\n`, 0o600);
}
function allEntries(): Entry[] {
  if (!existsSync(entriesDir())) return [];
  return readdirSync(entriesDir())
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => readEntry(f.slice(0, -5)) as Entry);
}

/** Attachments of an app, in registration order (stored with a sequence). */
function appAttachments(app: string): { entry: Entry; att: Attachment }[] {
  const out: { entry: Entry; att: Attachment; seq: number }[] = [];
  for (const entry of allEntries()) for (const att of entry.attachments) if (att.app === app) out.push({ entry, att, seq: (att as Attachment & { seq?: number }).seq ?? 0 });
  return out.sort((a, b) => a.seq - b.seq);
}

export function dropAppStorage(app: string): void {
  withLock("storage", () => {
    for (const e of allEntries()) {
      const kept = e.attachments.filter((a) => a.app !== app);
      if (kept.length !== e.attachments.length) writeEntry({ ...e, attachments: kept });
    }
  });
}

function mountString(entry: Entry, att: Attachment): string {
  const opts = [att.readonly ? "ro" : "", att.volume_options].filter(Boolean).join(",");
  return `${entry.host_path}:${att.container_path}${opts ? `:${opts}` : ""}`;
}

function resolveChown(value: string): number | undefined | "invalid" {
  switch (value) {
    case "herokuish":
      return 32767;
    case "heroku":
      return 1000;
    case "paketo":
    case "packeto":
      return 2000;
    case "root":
      return 0;
    case "false":
      return undefined;
    default:
      if (/^\d+$/.test(value) && Number(value) <= 65535) return Number(value);
      return "invalid";
  }
}

function parseMount(spec: string): { host: string; container: string; options: string } {
  if (spec.startsWith("/")) {
    if (!/^\/.*:\//.test(spec)) fail("Storage path must be two valid paths divided by colon.");
  } else if (spec.includes(":")) {
    if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]+:\//.test(spec)) fail("Volume name must be two characters or more. Volume name must not contain invalid characters.");
  } else {
    fail(`storage entry "${spec}" does not exist; create it first with \`dokku storage:create\``);
  }
  const parts = spec.split(":");
  return { host: parts[0] as string, container: parts[1] as string, options: parts.slice(2).join(":") };
}

function storageFlags(app: string): Record<string, string> {
  const flags: Record<string, string> = {};
  const atts = appAttachments(app);
  atts.forEach(({ entry, att }, i) => {
    const n = i + 1;
    flags[`--storage-attachment.${n}.container-path`] = att.container_path;
    flags[`--storage-attachment.${n}.entry-name`] = entry.name;
    flags[`--storage-attachment.${n}.host-path`] = entry.host_path;
    flags[`--storage-attachment.${n}.phases`] = att.phases.join(",");
    flags[`--storage-attachment.${n}.process-type`] = att.process_type;
    flags[`--storage-attachment.${n}.readonly`] = String(att.readonly);
    flags[`--storage-attachment.${n}.subpath`] = att.subpath;
    flags[`--storage-attachment.${n}.volume-chown`] = att.chown;
    flags[`--storage-attachment.${n}.volume-options`] = att.volume_options;
  });
  const mounts = (phase: string) =>
    atts
      .filter(({ att }) => att.phases.includes(phase))
      .map(({ entry, att }) => `-v ${mountString(entry, att)}`)
      .join(" ");
  flags["--storage-build-mounts"] = mounts("build");
  flags["--storage-deploy-mounts"] = mounts("deploy");
  flags["--storage-run-mounts"] = mounts("run");
  return flags;
}

export function storageCommand(cmd: string, args: string[]): void {
  switch (cmd) {
    case "storage:ensure-directory": {
      const f = parseGoFlags(cmd, args, { string: ["chown"] });
      warn("Deprecated: please use 'storage:create' instead of 'storage:ensure-directory'");
      const name = f.positionals[0];
      if (!name) fail("Please specify a directory to create");
      if (!/^[A-Za-z0-9_-]+$/.test(name)) fail("Directory can only contain the following set of characters: [A-Za-z0-9_-]");
      const uid = resolveChown(f.strings.get("chown") ?? "herokuish");
      if (uid === "invalid") fail("Unsupported chown permissions");
      const dir = join(paths().libRoot, "data", "storage", name);
      info1(`Ensuring ${dir} exists`);
      mkdirSync(dir, { recursive: true });
      if (uid !== undefined) {
        verbose(`Setting directory ownership to ${uid}:${uid}`);
        atomicWrite(fakeFile("storage-owners", name), String(uid), 0o644);
        if (userInfo().uid === 0) spawnSync("chown", ["-R", `${uid}:${uid}`, dir]);
      }
      verbose("Directory ready for mounting");
      return;
    }
    case "storage:mount":
    case "storage:unmount": {
      const f = parseGoFlags(cmd, args, { bool: ["volume-readonly"], string: ["container-dir", "phase", "volume-options", "volume-chown", "volume-subpath", "process-type"] });
      const app = verifyAppGo(f.positionals[0]);
      const spec = f.positionals[1];
      if (!spec) fail("Please specify a mount path");
      const { host, container, options } = parseMount(spec);
      const opts = options.split(",").filter(Boolean);
      const readonly = opts.includes("ro");
      const volumeOptions = opts.filter((o) => o !== "ro" && o !== "rw").join(",");
      const name = `legacy-${createHash("sha1").update(host).digest("hex").slice(0, 10)}`;
      withLock("storage", () => {
        const entry = readEntry(name) ?? { name, host_path: host, attachments: [] };
        const idx = entry.attachments.findIndex((a) => a.app === app && a.container_path === container && a.process_type === "_default_");
        if (cmd === "storage:mount") {
          if (idx !== -1) fail("Mount path already exists.");
          const seq = Date.now() * 1000 + Math.floor(Math.random() * 1000);
          entry.attachments.push({ app, container_path: container, phases: ["deploy", "run"], process_type: "_default_", readonly, volume_options: volumeOptions, subpath: "", chown: "", seq } as Attachment);
          writeEntry(entry);
        } else {
          if (idx === -1) fail("Mount path does not exist.");
          entry.attachments.splice(idx, 1);
          writeEntry(entry);
        }
      });
      return;
    }
    case "storage:list": {
      const f = parseGoFlags(cmd, args, { string: ["format"] });
      const app = verifyAppGo(f.positionals[0]);
      const format = f.strings.get("format") ?? "text";
      if (format !== "text" && format !== "json") fail("Invalid --format value specified");
      const atts = appAttachments(app).filter(({ att }) => att.phases.includes("deploy"));
      if (format === "json") {
        line(
          JSON.stringify(
            atts.map(({ entry, att }) => {
              const o: Record<string, unknown> = { entry_name: entry.name, host_path: entry.host_path, container_path: att.container_path };
              if (att.readonly) o.readonly = true;
              if (att.volume_options) o.volume_options = att.volume_options;
              return o;
            }),
          ),
        );
        return;
      }
      if (!isQuiet()) info1(`${app} volume bind-mounts:`);
      for (const { entry, att } of atts) line(isQuiet() ? mountString(entry, att) : `       ${mountString(entry, att)}`);
      return;
    }
    case "storage:report":
      runReport({ type: "storage", prefix: "storage", legacyPrefixedJson: true, flags: storageFlags, globalFlags: () => ({}) }, args);
      return;
    default:
      fail(`fake-dokku: ${cmd} is not implemented`);
  }
}
