// The triggers of Dokku's core plugins that the fake answers in-process (plugn runs them in
// their plugin's place in the enabled/ glob order, between the real plugins).
import { appsCommand } from "./apps.js";
import { builderCommand } from "./builder.js";
import { verifyAppGo } from "./cli.js";
import { schedulerCronWriteTrigger } from "./cron.js";
import { domainsCommand } from "./domains.js";
import { gitCommand } from "./git.js";
import { registerCoreTrigger } from "./plugins.js";
import { nginxPostProxyPortsUpdate, portsCommand } from "./ports.js";
import { psCommand } from "./ps.js";

// `report <app>`: each Go plugin's ReportSingleApp(flag.Arg(0), "", "") — the stdout table of
// `<plugin>:report <app>`, VerifyAppName first (an empty or missing app fails the trigger).
const reports: [string, (cmd: string, args: string[]) => void][] = [
  ["apps", appsCommand],
  ["builder", builderCommand],
  ["builder-dockerfile", builderCommand],
  ["domains", domainsCommand],
  ["git", gitCommand],
  ["ports", portsCommand],
  ["ps", psCommand],
];
for (const [plugin, handler] of reports) {
  registerCoreTrigger("report", plugin, (args) => {
    const app = verifyAppGo(args[0] ?? "");
    handler(`${plugin}:report`, [app]);
  });
}

registerCoreTrigger("scheduler-cron-write", "cron", schedulerCronWriteTrigger);
registerCoreTrigger("post-proxy-ports-update", "nginx-vhosts", nginxPostProxyPortsUpdate);
