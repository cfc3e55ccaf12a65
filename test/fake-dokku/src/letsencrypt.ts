// dokku-letsencrypt 0.25.1 (bash): properties, enable checks, active, cron-job, list, and its
// cron-entries contribution. No certificate is requested: an enabled app is recorded active.
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
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
    case "letsencrypt:report": {
      const format = args.includes("--format") ? args[args.indexOf("--format") + 1] : "stdout";
      const positional = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--format");
      const info = args.filter((a) => a.startsWith("--letsencrypt-"));
      const apps = positional[0] ? [verifyAppBash(positional[0])] : listApps();
      for (const app of apps) {
        const c = cert(app);
        const flags: Record<string, string> = {
          "--letsencrypt-active": String(letsencryptActive(app)),
          "--letsencrypt-autorenew": String(existsSync(autorenewFile())),
          "--letsencrypt-computed-email": computed(app, "email"),
          "--letsencrypt-email": propGet("letsencrypt", app, "email"),
          "--letsencrypt-global-email": propGet("letsencrypt", "--global", "email"),
          "--letsencrypt-computed-graceperiod": computed(app, "graceperiod", "2592000"),
          "--letsencrypt-graceperiod": propGet("letsencrypt", app, "graceperiod"),
          "--letsencrypt-global-graceperiod": propGet("letsencrypt", "--global", "graceperiod"),
          "--letsencrypt-computed-server": computed(app, "server", "default"),
          "--letsencrypt-server": propGet("letsencrypt", app, "server"),
          "--letsencrypt-global-server": propGet("letsencrypt", "--global", "server"),
          "--letsencrypt-expiration": c ? String(c.expires) : "",
        };
        if (info.length === 1) {
          const flag = info[0] as string;
          if (!(flag in flags)) fail(`Invalid flag passed, valid flags: ${Object.keys(flags).join(", ")}`);
          if ((flags[flag] ?? "") === "") fail("not deployed");
          line(flags[flag] ?? "");
          continue;
        }
        if (format === "json") {
          const o: Record<string, string> = {};
          for (const [k, v] of Object.entries(flags)) o[k.replace(/^--letsencrypt-/, "")] = v;
          line(JSON.stringify(o));
          continue;
        }
        info2Quiet(`${app} letsencrypt information`);
        for (const [k, v] of Object.entries(flags)) {
          const label = `${k.replace(/^--/, "").replace(/-/g, " ").replace(/^l/, "L")}:`;
          line(`       ${label.padEnd(30)} ${v.padEnd(25)}`);
        }
      }
      return;
    }
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
