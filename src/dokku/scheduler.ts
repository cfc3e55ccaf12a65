import type { DokkuClient } from "./client.js";

/**
 * The scheduler an app runs on (`scheduler:report <app> --scheduler-computed-selected`: the app's
 * own, else the global one, else docker-local); `--global` for an app that does not exist yet.
 */
export async function selectedScheduler(dokku: DokkuClient, app: string | "--global"): Promise<string> {
  const { stdout } = await dokku.run(["scheduler:report", app, "--scheduler-computed-selected"], { mutating: false });
  return stdout.trim() || "docker-local";
}

/** The k3s scheduler's own Let's Encrypt email for production certificates: the app's, and the one in effect. */
export async function k3sLetsencryptEmail(dokku: DokkuClient, app: string): Promise<{ app: string; computed: string }> {
  const { stdout } = await dokku.run(["scheduler-k3s:report", app, "--format", "json"], { mutating: false });
  const report = JSON.parse(stdout.trim() || "{}") as Record<string, unknown>;
  const text = (key: string) => (typeof report[key] === "string" ? (report[key] as string) : "");
  return { app: text("letsencrypt-email-prod"), computed: text("computed-letsencrypt-email-prod") };
}

/** `scheduler-k3s:set <app> letsencrypt-email-prod <email>`: cert-manager issues and renews with it. */
export async function setK3sLetsencryptEmail(dokku: DokkuClient, app: string, email: string): Promise<void> {
  await dokku.run(["scheduler-k3s:set", app, "letsencrypt-email-prod", email], { mutating: true });
}
