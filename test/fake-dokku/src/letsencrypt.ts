// dokku-letsencrypt 0.25.1 (bash): properties, enable checks, active, cron-job, list, and its
// cron-entries contribution. No certificate is requested: an enabled app is recorded active.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { verifyAppBash } from "./cli.js";
import { appVhosts, vhostsEnabled } from "./domains.js";
import { DokkuExit, fail, info1, info1Quiet, info2, info2Quiet, isQuiet, line, verbose, warn } from "./output.js";
import { atomicWrite, fakeFile, isDeployed, listApps, paths, propDel, propGet, propSet, readText, recordEvent } from "./state.js";

const KEYS = ["dns-provider", "email", "graceperiod", "server", "lego-args", "lego-docker-options"];

interface Cert {
  issued: number;
  expires: number;
}
function certFile(app: string): string {
  return fakeFile("letsencrypt", `${app}.json`);
}
function cert(app: string): Cert | undefined {
  const t = readText(certFile(app));
  return t ? (JSON.parse(t) as Cert) : undefined;
}
export function letsencryptActive(app: string): boolean {
  return cert(app) !== undefined;
}
function autorenewFile(): string {
  return join(paths().libRoot, "data", "letsencrypt", "--global", "autorenew");
}
export function letsencryptCronEntries(): string {
  return existsSync(autorenewFile()) ? "24 6 * * *;dokku letsencrypt:auto-renew;/var/log/dokku/letsencrypt.log" : "";
}

function computed(app: string, key: string, fallback = ""): string {
  return propGet("letsencrypt", app, key) || propGet("letsencrypt", "--global", key) || fallback;
}

function fmtDuration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 86400)}d, ${Math.floor((s % 86400) / 3600)}h, ${Math.floor((s % 3600) / 60)}m, ${s % 60}s`;
}

/** fn-plugin-property-get-all: `dns-provider-*` properties of an app (or --global). */
function dnsProviderProps(app: string): Map<string, string> {
  const dir = join(paths().libRoot, "config", "letsencrypt", app);
  const found = new Map<string, string>();
  if (!existsSync(dir)) return found;
  for (const key of readdirSync(dir)) if (key.startsWith("dns-provider-")) found.set(key, propGet("letsencrypt", app, key));
  return found;
}

/** fn-letsencrypt-computed-server: default/empty and staging become the ACME URLs. */
function computedServer(app: string): string {
  const value = computed(app, "server");
  if (value === "" || value === "default") return "https://acme-v02.api.letsencrypt.org/directory";
  if (value === "staging") return "https://acme-staging-v02.api.letsencrypt.org/directory";
  return value;
}

/** fn-letsencrypt-computed-dns-provider: "none" (app or global) is an explicit opt-out. */
function computedDnsProvider(app: string): string {
  const own = propGet("letsencrypt", app, "dns-provider");
  if (own === "none") return "";
  const value = own || propGet("letsencrypt", "--global", "dns-provider");
  return value === "none" ? "" : value;
}

/** cmd-letsencrypt-report-single's flag_map, in its order (bash: not sorted). */
function letsencryptFlagMap(app: string): [string, string][] {
  const g = (key: string) => propGet("letsencrypt", "--global", key);
  const a = (key: string) => propGet("letsencrypt", app, key);
  const c = cert(app);
  const map: [string, string][] = [
    ["--letsencrypt-active", String(app !== "--global" && letsencryptActive(app))],
    ["--letsencrypt-autorenew", String(existsSync(autorenewFile()))],
    ["--letsencrypt-computed-dns-provider", computedDnsProvider(app)],
    ["--letsencrypt-global-dns-provider", g("dns-provider")],
    ["--letsencrypt-dns-provider", a("dns-provider")],
    ["--letsencrypt-computed-email", computed(app, "email")],
    ["--letsencrypt-global-email", g("email")],
    ["--letsencrypt-email", a("email")],
    ["--letsencrypt-expiration", c && app !== "--global" ? String(c.expires) : ""],
    ["--letsencrypt-computed-graceperiod", computed(app, "graceperiod", String(60 * 60 * 24 * 30))],
    ["--letsencrypt-global-graceperiod", g("graceperiod")],
    ["--letsencrypt-graceperiod", a("graceperiod")],
    ["--letsencrypt-computed-lego-args", computed(app, "lego-args")],
    ["--letsencrypt-global-lego-args", g("lego-args")],
    ["--letsencrypt-lego-args", a("lego-args")],
    ["--letsencrypt-computed-lego-docker-options", computed(app, "lego-docker-options")],
    ["--letsencrypt-global-lego-docker-options", g("lego-docker-options")],
    ["--letsencrypt-lego-docker-options", a("lego-docker-options")],
    ["--letsencrypt-computed-server", computedServer(app)],
    ["--letsencrypt-global-server", g("server")],
    ["--letsencrypt-server", a("server")],
  ];
  // fn-letsencrypt-report-add-dns-provider-keys: computed/global/app rows per sorted key
  const sanitize = process.env.LETSENCRYPT_REPORT_SANITIZE === "true";
  const globals = dnsProviderProps("--global");
  const own = app === "--global" ? new Map<string, string>() : dnsProviderProps(app);
  const keys = [...new Set([...globals.keys(), ...own.keys()])].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
  for (const key of keys) {
    let appValue = own.get(key) ?? "";
    let globalValue = globals.get(key) ?? "";
    let computedValue = appValue || globalValue;
    if (sanitize) {
      if (appValue) appValue = "****";
      if (globalValue) globalValue = "****";
      if (computedValue) computedValue = "****";
    }
    if (computedValue) map.push([`--letsencrypt-computed-${key}`, computedValue]);
    if (globalValue) map.push([`--letsencrypt-global-${key}`, globalValue]);
    if (appValue) map.push([`--letsencrypt-${key}`, appValue]);
  }
  // fn-letsencrypt-report-filter-global keeps only the `-global-` rows
  return app === "--global" ? map.filter(([k]) => k.includes("-global-")) : map;
}

/** cmd-letsencrypt-report-single (command-functions). */
function letsencryptReportSingle(app: string, infoFlag: string, format: string): void {
  if (infoFlag === "true") infoFlag = "";
  if (app !== "--global") verifyAppBash(app);
  const map = letsencryptFlagMap(app);
  if (format !== "stdout" && infoFlag !== "") fail("--format flag cannot be specified when specifying an info flag");
  if (format === "json") {
    // jq -c '. + {($key): $value}' per row: insertion order, later duplicates overwrite
    const o: Record<string, string> = {};
    for (const [k, v] of map) o[k.replace(/^--letsencrypt-/, "")] = v;
    line(JSON.stringify(o));
    return;
  }
  if (infoFlag === "") {
    info2Quiet(app === "--global" ? "global letsencrypt information" : `${app} letsencrypt information`);
    for (const [k, v] of map) {
      const key = `${k.slice(2)}:`.replace(/-/g, " ");
      verbose(`${(key.charAt(0).toUpperCase() + key.slice(1)).padEnd(30)} ${v.padEnd(25)}`);
    }
    return;
  }
  let match = false;
  let valueExists = false;
  let validFlags = "";
  for (const [k, v] of map) {
    validFlags += ` ${k}`;
    if (k === infoFlag) {
      match = true;
      if (v.length !== 0) {
        line(v);
        valueExists = true;
      }
    }
  }
  if (!match) fail(`Invalid flag passed, valid flags:${validFlags}`);
  if (!valueExists) fail("not deployed");
}

/** cmd-letsencrypt-report + fn-letsencrypt-report-parse-args (command/internal-functions). */
function letsencryptReport(argv: string[]): void {
  let format = "stdout";
  let isGlobal = false;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--format") {
      format = argv[i + 1] ?? "";
      i++;
    } else if (a === "--global") isGlobal = true;
    else rest.push(a);
  }
  let app = rest[0] ?? "";
  let infoFlag = rest[1] ?? "";
  if (app.startsWith("--")) {
    infoFlag = app;
    app = "";
  }
  if (isGlobal) app = "--global";
  if (app === "" && infoFlag === "") infoFlag = "true";
  if (app === "--global" || app !== "") {
    letsencryptReportSingle(app, infoFlag, format);
    return;
  }
  // each app in a `| tee || true` subshell: its failure is printed but never ends the loop
  for (const a of listApps()) {
    try {
      letsencryptReportSingle(a, infoFlag, format);
    } catch (e) {
      if (!(e instanceof DokkuExit)) throw e;
    }
  }
}

export function letsencryptCommand(cmd: string, args: string[]): void {
  switch (cmd) {
    case "letsencrypt:set": {
      const app = args[0] === "--global" ? "--global" : verifyAppBash(args[0]);
      const key = args[1];
      const value = args[2] ?? "";
      if (!key || (!KEYS.includes(key) && !key.startsWith("dns-provider-"))) fail("Invalid key specified, valid keys include: dns-provider, dns-provider-*, email, graceperiod, server, lego-args, lego-docker-options");
      if (value) {
        info2Quiet(`Setting ${key} to ${value}`);
        propSet("letsencrypt", app, key, value);
      } else {
        info2Quiet(`Unsetting ${key}`);
        propDel("letsencrypt", app, key);
      }
      return;
    }
    case "letsencrypt:report":
      letsencryptReport(args);
      return;
    case "letsencrypt:enable": {
      const force = args.includes("--force") || args.includes("-f");
      const app = verifyAppBash(args.filter((a) => !a.startsWith("-"))[0]);
      const domains = vhostsEnabled(app) ? appVhosts(app).filter((d) => d !== "_") : [];
      if (domains.length === 0) fail(`No domains detected for ${app}`);
      if (!computed(app, "email")) {
        warn("ERROR: Cannot request a certificate without an e-mail address!");
        warn("  please provide your e-mail address using");
        warn(`  dokku letsencrypt:set ${app} email <e-mail>`);
        throw new DokkuExit(1);
      }
      if (!isDeployed(app)) fail(`Cannot enable letsencrypt for ${app}: no http or https proxy port mapping was found.`);
      info2(`Enabling letsencrypt for ${app}`);
      const c = cert(app);
      const now = Math.floor(Date.now() / 1000);
      const grace = Number(computed(app, "graceperiod", "2592000"));
      if (c && !force && c.expires - now > grace) {
        info1(`Certificate is still valid for ${app}, skipping certificate request`);
        return;
      }
      verbose(`- Domain '${domains.join("', '")}'`);
      info1("Getting letsencrypt certificate for " + app + " via HTTP-01");
      atomicWrite(certFile(app), JSON.stringify({ issued: now, expires: now + 90 * 86400 }));
      recordEvent(app, "letsencrypt-enable", { domains });
      info1("Done");
      return;
    }
    case "letsencrypt:disable": {
      const app = verifyAppBash(args[0]);
      info2(`Disabling letsencrypt for app`);
      rmSync(certFile(app), { force: true });
      info1("Done");
      return;
    }
    case "letsencrypt:active": {
      const app = verifyAppBash(args[0]);
      line(String(letsencryptActive(app)));
      return;
    }
    case "letsencrypt:cron-job": {
      const flag = args[0];
      if (flag === "--add") {
        mkdirSync(join(autorenewFile(), ".."), { recursive: true });
        writeFileSync(autorenewFile(), "");
        info1("Added cron job to dokku's crontab.");
      } else if (flag === "--remove") {
        rmSync(autorenewFile(), { force: true });
        info1("Removed cron job from dokku's crontab.");
      } else if (flag === undefined) {
        if (existsSync(autorenewFile())) {
          info2("Auto-renew cron job is enabled");
        } else {
          info2("Auto-renew cron job is not enabled");
          verbose("Run 'dokku letsencrypt:cron-job --add' to enable it");
        }
      } else fail(`Invalid flag '${flag}', specify --add, --remove, or no flag to display status.`);
      return;
    }
    case "letsencrypt:list": {
      if (!isQuiet()) line(`-----> ${"App name".padEnd(18)} ${"Certificate Expiry".padEnd(25)} ${"Time before expiry".padEnd(25)} ${"Time before renewal".padEnd(25)}`);
      const now = Math.floor(Date.now() / 1000);
      const rows = listApps()
        .map((a) => [a, cert(a)] as const)
        .filter((r): r is readonly [string, Cert] => r[1] !== undefined)
        .sort((a, b) => a[1].expires - b[1].expires);
      for (const [app, c] of rows) {
        const grace = Number(computed(app, "graceperiod", "2592000"));
        const expiry = new Date(c.expires * 1000).toISOString().replace("T", " ").slice(0, 19);
        line(`${app.padEnd(25)} ${expiry.padEnd(25)} ${fmtDuration(c.expires - now).padEnd(25)} ${fmtDuration(c.expires - grace - now).padEnd(25)}`);
      }
      return;
    }
    case "letsencrypt:auto-renew": {
      info2("Auto-renewing all apps...");
      return;
    }
    default:
      fail(`fake-dokku: ${cmd} is not implemented`);
  }
}

export { info1Quiet };
