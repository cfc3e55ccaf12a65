// The triggers of Dokku's core plugins that the fake answers in-process (plugn runs them in
// their plugin's place in the enabled/ glob order, between the real plugins).
import { appsCommand } from "./apps.js";
import { builderCommand } from "./builder.js";
import { verifyAppGo } from "./cli.js";
import { schedulerCronWriteTrigger } from "./cron.js";
import { domainsCommand } from "./domains.js";
import { gitCommand } from "./git.js";
import { nginxPostProxyPortsUpdate, portsCommand } from "./ports.js";
import { psCommand } from "./ps.js";
import { serviceAppTrigger, SERVICE_KINDS } from "./services.js";
import { pluginEnabled, registerCoreTrigger } from "./plugins.js";

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

// dokku-postgres and dokku-redis: post-app-clone-setup, post-app-rename-setup and pre-delete edit
// the services' LINKS files (dokku-postgres 1.48 post-app-clone-setup, pre-delete).
for (const kind of SERVICE_KINDS) {
  for (const trigger of ["post-app-clone-setup", "post-app-rename-setup", "pre-delete"]) {
    registerCoreTrigger(trigger, kind, (args) => {
      if (pluginEnabled(kind)) serviceAppTrigger(kind, trigger, args);
    });
  }
}
