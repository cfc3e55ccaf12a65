// domains (bash subcommands + Go report): $DOKKU_ROOT/<app>/VHOST and the global $DOKKU_ROOT/VHOST.
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runReport, verifyAppBash } from "./cli.js";
import { loadEnv, setMany } from "./config.js";
import { fail, info1Quiet, warn } from "./output.js";
import { fireTrigger, pluginEnabled } from "./plugins.js";
import { appDir, paths, readText } from "./state.js";
import { letsencryptActive } from "./letsencrypt.js";

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

export function globalVhosts(): string[] {
  return (readText(join(paths().dokkuRoot, "VHOST")) ?? "")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !IPV4.test(l) && !l.includes(":"));
}

export function appVhosts(app: string): string[] {
  return (readText(join(appDir(app), "VHOST")) ?? "").split("\n").map((l) => l.trim()).filter(Boolean);
}

function writeVhosts(app: string, domains: string[]): void {
  const file = join(appDir(app), "VHOST");
  if (domains.length === 0) {
    writeFileSync(file, "");
    return;
  }
  writeFileSync(file, `${domains.join("\n")}\n`);
}

export function vhostsEnabled(app: string): boolean {
  try {
    return loadEnv(app).get("NO_VHOST") !== "1";
  } catch {
    return true;
  }
}

function validDomain(d: string): boolean {
  const l = d.toLowerCase();
  return l === "_" || /^[a-z0-9.*-]*[a-z0-9*-]$/.test(l);
}

/** domains_enable: NO_VHOST=0 without restart; with a global vhost the default VHOST is rewritten. */
function enableIfDisabled(app: string): void {
  if (vhostsEnabled(app)) return;
  const global = globalVhosts();
  if (global.length) writeVhosts(app, [app.includes(".") ? app : `${app}.${global[0]}`]);
  setMany(app, new Map([["NO_VHOST", "0"]]), { restart: false, silent: true });
}

function postUpdate(app: string, action: string, domains: string[]): void {
  fireTrigger("post-domains-update", [app, action, ...domains]);
  if (pluginEnabled("letsencrypt") && letsencryptActive(app)) warn("Please run dokku letsencrypt:enable to add https support to the new domain");
}

export function domainsCommand(cmd: string, args: string[]): void {
  switch (cmd) {
    case "domains:add":
    case "domains:set": {
      const app = verifyAppBash(args[0]);
      const domains = args.slice(1);
      if (domains.length === 0) fail("Please specify a domain name. Usage: dokku <app>  <domain> [<domain> ...]");
      for (const d of domains) if (!validDomain(d)) fail(`${d} is invalid. exiting...`);
      if (cmd === "domains:add") {
        const current = appVhosts(app);
        for (const d of domains) {
          if (current.includes(d)) info1Quiet(`Skipping: ${d} already added to ${app}`);
          else {
            current.push(d);
            info1Quiet(`Added ${d} to ${app}`);
          }
        }
        writeVhosts(app, current);
      } else {
        writeVhosts(app, [...new Set(domains)]);
        info1Quiet(`Set ${domains.join(" ")} for ${app}`);
      }
      enableIfDisabled(app);
      postUpdate(app, cmd === "domains:add" ? "add" : "set", domains);
      return;
    }
    case "domains:remove": {
      const app = verifyAppBash(args[0]);
      const domains = args.slice(1);
      if (domains.length === 0) fail("Please specify a domain name. Usage: dokku <app>  <domain> [<domain> ...]");
      writeVhosts(app, appVhosts(app).filter((d) => !domains.includes(d)));
      for (const d of domains) info1Quiet(`Removed ${d} from ${app}`);
      postUpdate(app, "remove", domains);
      return;
    }
    case "domains:clear": {
      const app = verifyAppBash(args[0]);
      rmSync(join(appDir(app), "VHOST"), { force: true });
      writeVhosts(app, []);
      info1Quiet(`Cleared domains in ${app}`);
      postUpdate(app, "clear", []);
      return;
    }
    case "domains:enable": {
      const app = verifyAppBash(args[0]);
      if (vhostsEnabled(app)) {
        info1Quiet(`Domains (VHOST) already enabled for app ${app}`);
        return;
      }
      info1Quiet(`Enabling domains (VHOST) for app ${app}`);
      enableIfDisabled(app);
      return;
    }
    case "domains:disable": {
      const app = verifyAppBash(args[0]);
      if (!vhostsEnabled(app)) {
        info1Quiet(`Domains (VHOST) already disabled for app ${app}`);
        return;
      }
      info1Quiet(`Disabling domains (VHOST) for app ${app}`);
      setMany(app, new Map([["NO_VHOST", "1"]]), { restart: false, silent: true });
      return;
    }
    case "domains:add-global":
    case "domains:set-global":
    case "domains:remove-global":
    case "domains:clear-global": {
      const file = join(paths().dokkuRoot, "VHOST");
      const current = (readText(file) ?? "").split("\n").filter(Boolean);
      let next = current;
      if (cmd === "domains:add-global") next = [...current, ...args.filter((d) => !current.includes(d))];
      if (cmd === "domains:set-global") next = [...args];
      if (cmd === "domains:remove-global") next = current.filter((d) => !args.includes(d));
      if (cmd === "domains:clear-global") next = [];
      writeFileSync(file, next.length ? `${next.join("\n")}\n` : "");
      return;
    }
    case "domains:report":
      runReport(
        {
          type: "domains",
          prefix: "domains",
          legacyPrefixedJson: false,
          flags: (app) => ({
            "--domains-app-enabled": String(vhostsEnabled(app)),
            "--domains-app-vhosts": appVhosts(app).join(" "),
            "--domains-global-enabled": String(existsSync(join(paths().dokkuRoot, "VHOST")) && globalVhosts().length > 0),
            "--domains-global-vhosts": globalVhosts().join(" "),
          }),
          globalFlags: () => ({
            "--domains-global-enabled": String(globalVhosts().length > 0),
            "--domains-global-vhosts": globalVhosts().join(" "),
          }),
        },
        args,
      );
      return;
    default:
      fail(`Invalid domains subcommand: ${cmd}`);
  }
}
