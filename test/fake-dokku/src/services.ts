// dokku-postgres 1.48.0 and dokku-redis 1.43.0 (functions, common-functions, subcommands/*).
// Postgres services are backed by a real database on the FAKE_PG_* server.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isatty } from "node:tty";
import { verifyAppBash } from "./cli.js";
import { GLOBAL, loadEnvOrFail, setMany, shouldRestart, triggerRestart, writeEnv } from "./config.js";
import { childStderrFd, DokkuExit, fail, info1, info1Quiet, info2, line, verbose, warn } from "./output.js";
import { atomicWrite, fakeFile, paths, readText, withLock } from "./state.js";

interface Kind {
  name: "postgres" | "redis";
  title: string;
  urlVar: string;
  colorPrefix: string;
  port: number;
  image: string;
  version: string;
  passwordBytes: number;
}

const KINDS: Record<string, Kind> = {
  postgres: { name: "postgres", title: "Postgres", urlVar: "DATABASE", colorPrefix: "DOKKU_POSTGRES", port: 5432, image: "postgres", version: "18.4", passwordBytes: 16 },
  redis: { name: "redis", title: "Redis", urlVar: "REDIS", colorPrefix: "DOKKU_REDIS", port: 6379, image: "redis", version: "8.8.0", passwordBytes: 32 },
};

const COLORS = ["AQUA", "BLACK", "BLUE", "FUCHSIA", "GRAY", "GREEN", "LIME", "MAROON", "NAVY", "OLIVE", "PURPLE", "RED", "SILVER", "TEAL", "WHITE", "YELLOW"];

function serviceRoot(kind: Kind, svc: string): string {
  return join(paths().libRoot, "services", kind.name, svc);
}
function readFileOr(kind: Kind, svc: string, file: string, fallback = ""): string {
  const v = readText(join(serviceRoot(kind, svc), file));
  return v === undefined ? fallback : v.replace(/\n$/, "");
}
export function listServices(kindName: string): string[] {
  const dir = join(paths().libRoot, "services", kindName);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith("."))
    .map((d) => d.name)
    .sort();
}
function serviceExists(kind: Kind, svc: string): boolean {
  return existsSync(serviceRoot(kind, svc));
}
function verifyService(kind: Kind, svc: string | undefined): string {
  if (!svc) fail(`Please specify a valid name for the service`);
  if (!serviceExists(kind, svc)) fail(`${kind.title} service ${svc} does not exist`);
  return svc;
}
function databaseName(svc: string): string {
  return svc.replace(/[.-]/g, "_");
}
function dnsAlias(kind: Kind, svc: string): string {
  return `dokku-${kind.name}-${svc.replace(/[._]/g, "-")}`;
}
export function serviceDsn(kindName: string, svc: string): string {
  const kind = KINDS[kindName] as Kind;
  const pw = readFileOr(kind, svc, "PASSWORD");
  if (kind.name === "redis") return `redis://:${pw}@${dnsAlias(kind, svc)}:${kind.port}`;
  return `postgres://postgres:${pw}@${dnsAlias(kind, svc)}:${kind.port}/${readFileOr(kind, svc, "DATABASE_NAME", databaseName(svc))}`;
}
function links(kind: Kind, svc: string): string[] {
  return readFileOr(kind, svc, "LINKS")
    .split("\n")
    .filter(Boolean);
}
function writeLinks(kind: Kind, svc: string, apps: string[]): void {
  const uniq = [...new Set(apps)].sort();
  atomicWrite(join(serviceRoot(kind, svc), "LINKS"), uniq.length ? `${uniq.join("\n")}\n` : "", 0o640);
}

// ---------------------------------------------------------------- the real server

interface PgConn {
  host: string;
  port: string;
  user: string;
}
function pgConn(): PgConn | undefined {
  const host = process.env.FAKE_PG_HOST;
  if (!host) return undefined;
  return { host, port: process.env.FAKE_PG_PORT || "5432", user: process.env.FAKE_PG_USER || "postgres" };
}
function requirePg(): PgConn {
  const c = pgConn();
  if (!c) fail("fake-dokku: FAKE_PG_HOST is not set; start a server with test/support/pg-server.sh start <dir>");
  return c;
}
interface RealDb {
  db: string;
}
function realDbFile(svc: string): string {
  return fakeFile("postgres", `${svc}.json`);
}
/** The server-side database: DATABASE_NAME plus a per-sandbox suffix, so sandboxes can share a server. */
export function realDb(svc: string): string | undefined {
  const text = readText(realDbFile(svc));
  return text ? (JSON.parse(text) as RealDb).db : undefined;
}
function psql(conn: PgConn, sql: string): { status: number; stderr: string } {
  const r = spawnSync("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", conn.host, "-p", conn.port, "-U", conn.user, "-d", "postgres", "-c", sql], {
    encoding: "utf8",
    env: { ...process.env, PGCONNECT_TIMEOUT: "10" },
  });
  return { status: r.status ?? 1, stderr: r.stderr ?? "" };
}
function sandboxSuffix(): string {
  let h = 0;
  for (const c of paths().state) h = (h * 33 + c.charCodeAt(0)) >>> 0;
  return h.toString(16).padStart(8, "0");
}

/** DSN → libpq URL of the real database, for release tasks. */
export function localDatabaseUrls(): Map<string, string> {
  const out = new Map<string, string>();
  const conn = pgConn();
  if (!conn) return out;
  for (const svc of listServices("postgres")) {
    const db = realDb(svc);
    if (!db) continue;
    out.set(serviceDsn("postgres", svc), `postgresql://${encodeURIComponent(conn.user)}@/${encodeURIComponent(db)}?host=${encodeURIComponent(conn.host)}&port=${conn.port}`);
  }
  return out;
}

/** Drops every real database this sandbox created (ctl cleanup). */
export function dropAllRealDbs(): void {
  const conn = pgConn();
  if (!conn) return;
  for (const svc of listServices("postgres")) {
    const db = realDb(svc);
    if (db) psql(conn, `DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
  }
}

// ---------------------------------------------------------------- commands

function parseCreateFlags(args: string[]): Map<string, string> {
  const map: Record<string, string> = {
    "-c": "config-options", "--config-options": "config-options",
    "-C": "custom-env", "--custom-env": "custom-env",
    "-i": "image", "--image": "image",
    "-I": "image-version", "--image-version": "image-version",
    "-m": "memory", "--memory": "memory",
    "-N": "initial-network", "--initial-network": "initial-network",
    "-P": "post-create-network", "--post-create-network": "post-create-network",
    "-S": "post-start-network", "--post-start-network": "post-start-network",
    "-p": "password", "--password": "password",
    "-r": "root-password", "--root-password": "root-password",
    "-s": "shm-size", "--shm-size": "shm-size",
  };
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const name = map[args[i] as string];
    if (name) flags.set(name, args[++i] ?? "");
  }
  return flags;
}

function infoFields(kind: Kind, svc: string): [string, string][] {
  const root = serviceRoot(kind, svc);
  const l = links(kind, svc);
  return [
    ["config-dir", kind.name === "redis" ? join(root, "config") : join(root, "data")],
    ["config-options", readFileOr(kind, svc, "CONFIG_OPTIONS")],
    ["data-dir", join(root, "data")],
    ["dsn", serviceDsn(kind.name, svc)],
    ["exposed-ports", readFileOr(kind, svc, "PORT") ? `${kind.port}->${readFileOr(kind, svc, "PORT")} ` : "-"],
    ["id", readFileOr(kind, svc, "ID")],
    ["internal-ip", "172.17.0.5"],
    ["initial-network", readFileOr(kind, svc, "INITIAL_NETWORK")],
    ["links", l.length ? l.map((a) => `${a} `).join("") : "-"],
    ["post-create-network", readFileOr(kind, svc, "POST_CREATE_NETWORK")],
    ["post-start-network", readFileOr(kind, svc, "POST_START_NETWORK")],
    ["service-root", root],
    ["status", "running"],
    ["version", `${readFileOr(kind, svc, "IMAGE", kind.image)}:${readFileOr(kind, svc, "IMAGE_VERSION", kind.version)}`],
  ];
}

function printInfo(kind: Kind, svc: string, flag?: string): void {
  const fields = infoFields(kind, svc);
  if (flag) {
    const f = fields.find(([k]) => `--${k}` === flag);
    if (!f) fail(`Invalid flag passed, valid flags: ${fields.map(([k]) => `--${k}`).join(" ")}`);
    line(f[1]);
    return;
  }
  info2(`${svc} ${kind.name} service information`);
  for (const [k, v] of fields) {
    const label = `${k.charAt(0).toUpperCase()}${k.slice(1).replace(/-/g, " ")}:`;
    line(`       ${label.padEnd(20)} ${v.padEnd(25)}`);
  }
}

/** Keys of the app config whose value is this service's DSN (with or without a query). */
function linkedKeys(kind: Kind, svc: string, app: string): string[] {
  const dsn = serviceDsn(kind.name, svc);
  const env = loadEnvOrFail(app);
  return [...env.entries()].filter(([, v]) => v === dsn || v.startsWith(`${dsn}?`)).map(([k]) => k).sort();
}

export function serviceCommand(cmd: string, argv: string[]): void {
  const [kindName, sub] = cmd.split(":") as [string, string];
  const kind = KINDS[kindName] as Kind;
  const args = argv;
  switch (sub) {
    case "create": {
      const svc = args[0];
      if (!svc) fail("Please specify a valid name for the service");
      if (!/^[A-Za-z0-9_-]+$/.test(svc)) fail("Please specify a valid name for the service. Valid characters are: [A-Za-z0-9_]+");
      if (serviceExists(kind, svc)) fail(`${kind.title} service ${svc} already exists`);
      const flags = parseCreateFlags(args.slice(1));
      if (flags.has("password")) warn("Specified password may not be as secure as the auto-generated password");
      const root = serviceRoot(kind, svc);
      mkdirSync(join(root, "data"), { recursive: true });
      if (kind.name === "redis") mkdirSync(join(root, "config"), { recursive: true });
      const password = flags.get("password") || randomBytes(kind.passwordBytes).toString("hex");
      const image = flags.get("image") || process.env[`${kind.name.toUpperCase()}_IMAGE`] || kind.image;
      const version = flags.get("image-version") || process.env[`${kind.name.toUpperCase()}_IMAGE_VERSION`] || kind.version;
      const write = (f: string, v: string) => writeFileSync(join(root, f), v, { mode: 0o640 });
      write("PASSWORD", password);
      write("IMAGE", image);
      write("IMAGE_VERSION", version);
      write("LINKS", "");
      write("ID", randomBytes(32).toString("hex"));
      write("ENV", (flags.get("custom-env") ?? "").split(";").filter(Boolean).join("\n"));
      write("CONFIG_OPTIONS", flags.get("config-options") ?? "");
      if (flags.get("initial-network")) write("INITIAL_NETWORK", flags.get("initial-network") as string);
      if (flags.get("post-create-network")) write("POST_CREATE_NETWORK", flags.get("post-create-network") as string);
      if (flags.get("post-start-network")) write("POST_START_NETWORK", flags.get("post-start-network") as string);
      if (flags.get("shm-size")) write("SHM_SIZE", flags.get("shm-size") as string);
      if (kind.name === "postgres") {
        write("DATABASE_NAME", databaseName(svc));
        const conn = pgConn();
        if (conn) {
          const db = `${databaseName(svc)}_${sandboxSuffix()}`.toLowerCase();
          const r = psql(conn, `CREATE DATABASE "${db}" ENCODING 'UTF8' TEMPLATE template0`);
          if (r.status !== 0) {
            rmSync(root, { recursive: true, force: true });
            warn(r.stderr.trim());
            fail(`fake-dokku: could not create database ${db} on the test server`);
          }
          atomicWrite(realDbFile(svc), JSON.stringify({ db }));
        }
      } else {
        writeFileSync(join(root, "config", "redis.conf"), `requirepass ${password}\n`);
      }
      verbose("Waiting for container to be ready");
      if (kind.name === "postgres") {
        verbose("Creating container database");
        verbose("Securing connection to database");
      }
      info2(`${kind.title} container created: ${svc}`);
      printInfo(kind, svc);
      return;
    }
    case "exists": {
      const svc = verifyService(kind, args[0]);
      info1(`Service ${svc} exists`);
      return;
    }
    case "info": {
      const svc = verifyService(kind, args[0]);
      printInfo(kind, svc, args[1]);
      return;
    }
    case "list": {
      const all = listServices(kind.name);
      if (all.length === 0) {
        warn(`There are no ${kind.title} services`);
        return;
      }
      info2(`${kind.title} services`);
      for (const s of all) line(s);
      return;
    }
    case "links": {
      const svc = verifyService(kind, args[0]);
      for (const a of links(kind, svc)) line(a);
      return;
    }
    case "linked": {
      const svc = verifyService(kind, args[0]);
      const app = verifyAppBash(args[1]);
      if (linkedKeys(kind, svc, app).length === 0) fail(`Service ${svc} is not linked to ${app}`);
      info1(`Service ${svc} is linked to ${app}`);
      return;
    }
    case "link": {
      const pos: string[] = [];
      let alias: string | undefined;
      let query: string | undefined;
      let noRestart = (process.env.DOKKU_GLOBAL_FLAGS ?? "").split(" ").includes("--no-restart");
      for (let i = 0; i < args.length; i++) {
        const a = args[i] as string;
        if (a === "-a" || a === "--alias") alias = args[++i];
        else if (a === "-q" || a === "--querystring") query = args[++i];
        else if (a === "-n" || a === "--no-restart") noRestart = true;
        else pos.push(a);
      }
      const svc = verifyService(kind, pos[0]);
      const app = verifyAppBash(pos[1]);
      const existing = linkedKeys(kind, svc, app);
      if (existing.length) fail(`Already linked as ${existing[0]}`);
      const env = loadEnvOrFail(app);
      let key: string;
      if (alias) {
        const name = alias.toUpperCase().replace(/_URL$/, "");
        key = `${name}_URL`;
        if (env.has(key)) fail(`Specified alias ${name} already in use`);
      } else if (!env.has(`${kind.urlVar}_URL`)) key = `${kind.urlVar}_URL`;
      else {
        const color = COLORS.find((c) => !env.has(`${kind.colorPrefix}_${c}_URL`));
        key = `${kind.colorPrefix}_${color ?? "WHITE"}_URL`;
      }
      const value = serviceDsn(kind.name, svc) + (query ? `?${query}` : "");
      withLock(`links-${kind.name}-${svc}`, () => writeLinks(kind, svc, [...links(kind, svc), app]));
      if (noRestart) verbose("Skipping restart of linked app");
      setMany(app, new Map([[key, value]]), { restart: !noRestart });
      return;
    }
    case "unlink": {
      const pos: string[] = [];
      let noRestart = (process.env.DOKKU_GLOBAL_FLAGS ?? "").split(" ").includes("--no-restart");
      for (const a of args) {
        if (a === "-n" || a === "--no-restart") noRestart = true;
        else pos.push(a);
      }
      const svc = verifyService(kind, pos[0]);
      const app = verifyAppBash(pos[1]);
      withLock(`links-${kind.name}-${svc}`, () => writeLinks(kind, svc, links(kind, svc).filter((a) => a !== app)));
      const keys = linkedKeys(kind, svc, app);
      if (keys.length === 0) fail(`Not linked to app ${app}`);
      for (const k of keys) info1Quiet(`Unsetting ${k}`);
      withLock(`env-${app}`, () => {
        const fresh = loadEnvOrFail(app);
        for (const k of keys) fresh.delete(k);
        writeEnv(app, fresh);
      });
      if (!noRestart && shouldRestart(app)) triggerRestart(app);
      return;
    }
    case "destroy": {
      const svc = verifyService(kind, args[0]);
      const force = args.includes("-f") || args.includes("--force") || Boolean(process.env.DOKKU_APPS_FORCE_DELETE);
      if (links(kind, svc).length) fail("Cannot delete linked service");
      if (!force) {
        warn("WARNING: Potentially Destructive Action");
        warn(`This command will destroy ${svc} ${kind.title} service.`);
        warn(`To proceed, type "${svc}"`);
        const answer = isatty(0) ? "" : readLine();
        if (answer !== svc) fail(`Confirmation did not match ${svc}. Aborted.`);
      }
      info2(`Deleting ${svc}`);
      if (kind.name === "postgres") {
        const conn = pgConn();
        const db = realDb(svc);
        if (conn && db) psql(conn, `DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
        rmSync(realDbFile(svc), { force: true });
      }
      rmSync(serviceRoot(kind, svc), { recursive: true, force: true });
      info2(`${kind.title} container deleted: ${svc}`);
      return;
    }
    case "export": {
      const svc = verifyService(kind, args[0]);
      if (kind.name !== "postgres") fail("fake-dokku: redis:export is not implemented");
      const conn = requirePg();
      const db = realDb(svc);
      if (!db) fail(`fake-dokku: service ${svc} has no database on the test server`);
      const r = spawnSync("pg_dump", ["-Fc", "--no-acl", "--no-owner", "-h", conn.host, "-p", conn.port, "-U", conn.user, "-w", db], {
        stdio: ["ignore", "inherit", childStderrFd()],
      });
      if ((r.status ?? 1) !== 0) throw new DokkuExit(r.status ?? 1);
      return;
    }
    case "import": {
      const svc = verifyService(kind, args[0]);
      if (kind.name !== "postgres") fail("fake-dokku: redis:import is not implemented");
      if (isatty(0)) fail("No data provided on stdin.");
      const conn = requirePg();
      const db = realDb(svc);
      if (!db) fail(`fake-dokku: service ${svc} has no database on the test server`);
      const r = spawnSync("pg_restore", ["-h", conn.host, "-p", conn.port, "-cO", "--if-exists", "-d", db, "-U", conn.user, "-w"], {
        stdio: ["inherit", "inherit", childStderrFd()],
      });
      if ((r.status ?? 1) !== 0) throw new DokkuExit(r.status ?? 1);
      return;
    }
    case "connect": {
      const svc = verifyService(kind, args[0]);
      const conn = requirePg();
      const db = realDb(svc) as string;
      const r = spawnSync("psql", ["-v", "ON_ERROR_STOP=1", "-h", conn.host, "-p", conn.port, "-U", conn.user, db], { stdio: ["inherit", "inherit", childStderrFd()] });
      if ((r.status ?? 1) !== 0) throw new DokkuExit(r.status ?? 1);
      return;
    }
    default:
      fail(`fake-dokku: ${cmd} is not implemented`);
  }
}

/**
 * The app-lifecycle triggers of dokku-postgres and dokku-redis (post-app-clone-setup,
 * post-app-rename-setup, pre-delete): they only edit each service's LINKS file. A clone or the
 * renamed app is added to every service the old app was in; a deleted app leaves them all. The
 * app's ENV (and so its DATABASE_URL) is copied by Dokku's config plugin, not by these.
 */
export function serviceAppTrigger(kindName: string, trigger: string, args: string[]): void {
  const kind = KINDS[kindName] as Kind;
  for (const svc of listServices(kind.name)) {
    withLock(`links-${kind.name}-${svc}`, () => {
      const current = links(kind, svc);
      if (trigger === "pre-delete") {
        if (current.includes(args[0] ?? "")) writeLinks(kind, svc, current.filter((a) => a !== args[0]));
      } else if (current.includes(args[0] ?? "") && args[1]) {
        writeLinks(kind, svc, [...current, args[1]]);
      }
    });
  }
}

function readLine(): string {
  const buf = Buffer.alloc(1);
  let s = "";
  for (;;) {
    let n = 0;
    try {
      n = readSync(0, buf, 0, 1, null);
    } catch {
      break;
    }
    if (n === 0) break;
    const c = buf.toString("utf8");
    if (c === "\n") break;
    s += c;
  }
  return s;
}

export const SERVICE_KINDS = Object.keys(KINDS);
export { GLOBAL };
