// scheduler (plugins/scheduler: report.go, subcommands.go, scheduler.go) and the property side of
// scheduler-k3s (scheduler_k3s.go DefaultProperties/GlobalProperties, report.go, CommandSet).
// The fake has no cluster: k3s apps are never deployed to one, and storage claims are recorded
// by storage.ts.
import { runReport, verifyAppGo } from "./cli.js";
import { fail, info2Quiet } from "./output.js";
import { propComputed, propDel, propGet, propSet } from "./state.js";

const SCHEDULER_PROPERTIES: Record<string, string> = { selected: "docker-local", shell: "" };
const SCHEDULER_GLOBAL = ["selected", "shell"];

const K3S_PROPERTIES = [
  "cert-issuer-kind",
  "cert-issuer-name",
  "deploy-timeout",
  "letsencrypt-email-prod",
  "letsencrypt-email-stag",
  "letsencrypt-server",
  "kustomize-root-path",
  "image-pull-secrets",
  "namespace",
  "rollback-on-failure",
  "shm-size",
];
const K3S_GLOBAL = [
  "cert-issuer-kind",
  "cert-issuer-name",
  "deploy-timeout",
  "image-pull-secrets",
  "ingress-class",
  "kube-context",
  "kubeconfig-path",
  "kustomize-root-path",
  "letsencrypt-server",
  "letsencrypt-email-prod",
  "letsencrypt-email-stag",
  "namespace",
  "network-interface",
  "node-sysctls-image",
  "node-sysctls-pause-image",
  "rollback-on-failure",
  "shm-size",
  "token",
];
/** Shown as computed + global only (no per-app value), report.go. */
const K3S_GLOBAL_ONLY_REPORTED = ["ingress-class", "kube-context", "kubeconfig-path", "network-interface"];

/** common.CommandPropertySet. */
function propertySet(plugin: string, args: string[], valid: string[], global: string[]): void {
  const app = args[0] === "--global" ? "--global" : verifyAppGo(args[0]);
  const property = args[1] ?? "";
  const value = args[2] ?? "";
  if (app === "--global" && !global.includes(property)) fail("Property cannot be specified globally");
  if (property === "") fail("No property specified");
  const all = [...new Set([...valid, ...global])].sort();
  if (!all.includes(property)) fail(`Invalid property specified, valid properties include: ${all.join(", ")}`);
  if (value !== "") {
    info2Quiet(`Setting ${property} to ${value}`);
    propSet(plugin, app, property, value);
  } else {
    info2Quiet(`Unsetting ${property}`);
    propDel(plugin, app, property);
  }
}

/** The app's scheduler as Dokku resolves it (common.GetAppScheduler): app, then global, then docker-local. */
export function appScheduler(app: string): string {
  return propComputed("scheduler", app, "selected", "docker-local");
}

export function schedulerCommand(cmd: string, args: string[]): void {
  switch (cmd) {
    case "scheduler:set":
      propertySet("scheduler", args, Object.keys(SCHEDULER_PROPERTIES), SCHEDULER_GLOBAL);
      return;
    case "scheduler:report":
      runReport(
        {
          type: "scheduler",
          prefix: "scheduler",
          legacyPrefixedJson: true,
          flags: (app) => ({
            "--scheduler-computed-selected": appScheduler(app),
            "--scheduler-global-selected": propGet("scheduler", "--global", "selected"),
            "--scheduler-selected": propGet("scheduler", app, "selected"),
            "--scheduler-computed-shell": propComputed("scheduler", app, "shell", ""),
            "--scheduler-global-shell": propGet("scheduler", "--global", "shell"),
            "--scheduler-shell": propGet("scheduler", app, "shell"),
          }),
          globalFlags: () => ({
            "--scheduler-computed-selected": propGet("scheduler", "--global", "selected") || "docker-local",
            "--scheduler-global-selected": propGet("scheduler", "--global", "selected"),
            "--scheduler-computed-shell": propGet("scheduler", "--global", "shell"),
            "--scheduler-global-shell": propGet("scheduler", "--global", "shell"),
          }),
        },
        args,
      );
      return;
    case "scheduler-k3s:set":
      propertySet("scheduler-k3s", args, K3S_PROPERTIES, K3S_GLOBAL);
      return;
    case "scheduler-k3s:report":
      runReport(
        {
          type: "scheduler-k3s",
          prefix: "scheduler-k3s",
          legacyPrefixedJson: true,
          flags: (app) => {
            const flags: Record<string, string> = {};
            for (const key of [...K3S_PROPERTIES, ...K3S_GLOBAL_ONLY_REPORTED]) {
              flags[`--scheduler-k3s-computed-${key}`] = propComputed("scheduler-k3s", app, key, "");
              flags[`--scheduler-k3s-global-${key}`] = propGet("scheduler-k3s", "--global", key);
              if (K3S_PROPERTIES.includes(key)) flags[`--scheduler-k3s-${key}`] = propGet("scheduler-k3s", app, key);
            }
            return flags;
          },
          globalFlags: () => {
            const flags: Record<string, string> = {};
            for (const key of [...K3S_PROPERTIES, ...K3S_GLOBAL_ONLY_REPORTED]) {
              flags[`--scheduler-k3s-computed-${key}`] = propGet("scheduler-k3s", "--global", key);
              flags[`--scheduler-k3s-global-${key}`] = propGet("scheduler-k3s", "--global", key);
            }
            return flags;
          },
        },
        args,
      );
      return;
    default:
      fail(`fake-dokku: ${cmd} is not implemented`);
  }
}
