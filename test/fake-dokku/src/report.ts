// `dokku report [<app>|--all]` (plugins/00_dokku-standard/subcommands/report): host vitals,
// then `plugn trigger report <app>` (for --all: every app in turn). The vitals are the same
// headers with what the fake knows; the fake has no docker/herokuish/pack, so those lines are
// placeholders. The report trigger runs every plugin's `report` in plugn order, emulated core
// plugins (apps, builder, builder-dockerfile, domains, git, ports, ps) included, and set -e
// ends the command at the first failing trigger with its exit code.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { DokkuExit, fail, info1, line, warn } from "./output.js";
import { enabledPlugins, fireTrigger } from "./plugins.js";
import { listApps, paths } from "./state.js";
import { dokkuVersion } from "./version.js";

function capture(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  return r.status === 0 ? String(r.stdout).trimEnd() : "";
}

export function reportCommand(_cmd: string, args: string[]): void {
  const app = args[0] ?? "";
  if (app === "--format") fail("--format flag not supported on global report");
  info1(`uname: ${capture("uname", ["-a"])}`);
  info1("memory: ");
  info1("disk utilization: ");
  info1("disk inode utilization: ");
  info1("docker version: ");
  info1("docker daemon info: ");
  info1("herokuish version: ");
  warn("Herokuish image gliderlabs/herokuish:latest is not available");
  info1(`dokku version: dokku version ${dokkuVersion()}`);
  warn("dokku-event-listener binary is not available");
  warn("dokku-update binary is not available");
  info1(`git version: ${capture("git", ["--version"])}`);
  warn("pack binary is not available");
  info1("plugn version: fake-dokku");
  info1("dokku plugins: ");
  const available = new Set(readdirSync(paths().availablePath));
  for (const plugin of enabledPlugins()) if (available.has(plugin)) line(`       ${plugin}    enabled    `);

  const apps = app === "--all" ? listApps() : app ? [app] : [];
  for (const a of apps) {
    const t = fireTrigger("report", [a]);
    if (t.status !== 0) throw new DokkuExit(t.status);
  }
}
