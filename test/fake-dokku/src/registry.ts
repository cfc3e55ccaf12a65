// THE table: every command the fake answers, who owns it, and whether it can change anything.
import { appsCommand } from "./apps.js";
import { builderCommand } from "./builder.js";
import { configCommand } from "./config.js";
import { domainsCommand } from "./domains.js";
import { gitCommand } from "./git.js";
import { letsencryptCommand } from "./letsencrypt.js";
import { pluginCommand } from "./plugins.js";
import { portsCommand } from "./ports.js";
import { PS_SCALE_FLAGS, psCommand } from "./ps.js";
import { reportCommand } from "./report.js";
import { serviceCommand } from "./services.js";
import { schedulerCommand } from "./scheduler.js";
import { storageCommand } from "./storage.js";
import { goPositionals } from "./cli.js";

type Handler = (cmd: string, args: string[]) => void;
/** true / false, or a function of the arguments (e.g. ps:scale shows without tuples). */
type Mutating = boolean | ((args: string[]) => boolean);

export interface CommandDef {
  handler: Handler;
  mutating: Mutating;
  /** Community plugins: answered only when `enabled/<plugin>` exists. */
  community?: "postgres" | "redis" | "letsencrypt";
}

export const COMMANDS: Record<string, CommandDef> = {
  // apps
  apps: { handler: appsCommand, mutating: false },
  "apps:list": { handler: appsCommand, mutating: false },
  "apps:exists": { handler: appsCommand, mutating: false },
  "apps:report": { handler: appsCommand, mutating: false },
  "apps:create": { handler: appsCommand, mutating: true },
  "apps:destroy": { handler: appsCommand, mutating: true },
  "apps:rename": { handler: appsCommand, mutating: true },
  "apps:clone": { handler: appsCommand, mutating: true },
  "apps:lock": { handler: appsCommand, mutating: true },
  "apps:locked": { handler: appsCommand, mutating: false },
  "apps:unlock": { handler: appsCommand, mutating: true },
  // builders
  "builder:set": { handler: builderCommand, mutating: true },
  "builder:report": { handler: builderCommand, mutating: false },
  "builder-dockerfile:set": { handler: builderCommand, mutating: true },
  "builder-dockerfile:report": { handler: builderCommand, mutating: false },
  // config
  config: { handler: configCommand, mutating: false },
  "config:show": { handler: configCommand, mutating: false },
  "config:get": { handler: configCommand, mutating: false },
  "config:keys": { handler: configCommand, mutating: false },
  "config:export": { handler: configCommand, mutating: false },
  "config:bundle": { handler: configCommand, mutating: false },
  "config:set": { handler: configCommand, mutating: true },
  "config:unset": { handler: configCommand, mutating: true },
  "config:clear": { handler: configCommand, mutating: true },
  "config:import": { handler: configCommand, mutating: true },
  // storage
  "storage:ensure-directory": { handler: storageCommand, mutating: true },
  "storage:mount": { handler: storageCommand, mutating: true },
  "storage:unmount": { handler: storageCommand, mutating: true },
  "storage:list": { handler: storageCommand, mutating: false },
  "storage:report": { handler: storageCommand, mutating: false },
  "storage:create": { handler: storageCommand, mutating: true },
  "storage:destroy": { handler: storageCommand, mutating: true },
  "storage:info": { handler: storageCommand, mutating: false },
  "storage:list-entries": { handler: storageCommand, mutating: false },
  "storage:wait": { handler: storageCommand, mutating: false },
  // scheduler, and scheduler-k3s's properties
  "scheduler:set": { handler: schedulerCommand, mutating: true },
  "scheduler:report": { handler: schedulerCommand, mutating: false },
  "scheduler-k3s:set": { handler: schedulerCommand, mutating: true },
  "scheduler-k3s:report": { handler: schedulerCommand, mutating: false },
  // domains
  "domains:add": { handler: domainsCommand, mutating: true },
  "domains:set": { handler: domainsCommand, mutating: true },
  "domains:remove": { handler: domainsCommand, mutating: true },
  "domains:clear": { handler: domainsCommand, mutating: true },
  "domains:enable": { handler: domainsCommand, mutating: true },
  "domains:disable": { handler: domainsCommand, mutating: true },
  "domains:add-global": { handler: domainsCommand, mutating: true },
  "domains:set-global": { handler: domainsCommand, mutating: true },
  "domains:remove-global": { handler: domainsCommand, mutating: true },
  "domains:clear-global": { handler: domainsCommand, mutating: true },
  "domains:report": { handler: domainsCommand, mutating: false },
  // ps
  // pflag takes `--format json` / `--format=json` as a flag: only <app> + tuples change anything
  "ps:scale": { handler: psCommand, mutating: (args) => goPositionals(args, PS_SCALE_FLAGS).length > 1 },
  "ps:report": { handler: psCommand, mutating: false },
  "ps:restart": { handler: psCommand, mutating: true },
  "ps:start": { handler: psCommand, mutating: true },
  "ps:stop": { handler: psCommand, mutating: true },
  "ps:rebuild": { handler: psCommand, mutating: true },
  "ps:set": { handler: psCommand, mutating: true },
  // ports (Go)
  "ports:list": { handler: portsCommand, mutating: false },
  "ports:report": { handler: portsCommand, mutating: false },
  "ports:add": { handler: portsCommand, mutating: true },
  "ports:set": { handler: portsCommand, mutating: true },
  "ports:remove": { handler: portsCommand, mutating: true },
  "ports:clear": { handler: portsCommand, mutating: true },
  // 00_dokku-standard
  report: { handler: reportCommand, mutating: false },
  // git
  "git-hook": { handler: gitCommand, mutating: true },
  "git:sync": { handler: gitCommand, mutating: true },
  "git:set": { handler: gitCommand, mutating: true },
  "git:initialize": { handler: gitCommand, mutating: true },
  "git:report": { handler: gitCommand, mutating: false },
  // plugin
  "plugin:install": { handler: pluginCommand, mutating: true },
  "plugin:uninstall": { handler: pluginCommand, mutating: true },
  "plugin:update": { handler: pluginCommand, mutating: true },
  "plugin:enable": { handler: pluginCommand, mutating: true },
  "plugin:disable": { handler: pluginCommand, mutating: true },
  "plugin:trigger": { handler: pluginCommand, mutating: true },
  "plugin:installed": { handler: pluginCommand, mutating: false },
  "plugin:list": { handler: pluginCommand, mutating: false },
  // letsencrypt
  "letsencrypt:set": { handler: letsencryptCommand, mutating: true, community: "letsencrypt" },
  "letsencrypt:enable": { handler: letsencryptCommand, mutating: true, community: "letsencrypt" },
  "letsencrypt:disable": { handler: letsencryptCommand, mutating: true, community: "letsencrypt" },
  "letsencrypt:auto-renew": { handler: letsencryptCommand, mutating: true, community: "letsencrypt" },
  "letsencrypt:cron-job": { handler: letsencryptCommand, mutating: (args) => args.includes("--add") || args.includes("--remove"), community: "letsencrypt" },
  "letsencrypt:report": { handler: letsencryptCommand, mutating: false, community: "letsencrypt" },
  "letsencrypt:active": { handler: letsencryptCommand, mutating: false, community: "letsencrypt" },
  "letsencrypt:list": { handler: letsencryptCommand, mutating: false, community: "letsencrypt" },
};

for (const kind of ["postgres", "redis"] as const) {
  for (const sub of ["create", "link", "unlink", "destroy", "import"]) COMMANDS[`${kind}:${sub}`] = { handler: serviceCommand, mutating: true, community: kind };
  for (const sub of ["exists", "info", "linked", "links", "list", "export", "connect"]) COMMANDS[`${kind}:${sub}`] = { handler: serviceCommand, mutating: false, community: kind };
}

/** Classification of any argv (commands the fake doesn't own are counted as mutating unless known). */
export function isMutating(command: string, args: string[]): boolean {
  const def = COMMANDS[command];
  if (!def) return !/(:report|:exists|:info|:linked|:list|:help|^help|^version)$/.test(command) && command !== "";
  return typeof def.mutating === "function" ? def.mutating(args) : def.mutating;
}
