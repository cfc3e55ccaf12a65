import type { DokkuClient } from "./client.js";

export interface LetsencryptState {
  appEmail: string;
  globalEmail: string;
  autorenew: boolean;
  active: boolean;
}

/**
 * `letsencrypt:report --format json`: a single info flag that is empty fails with "not
 * deployed", so the whole report is read.
 */
async function report(dokku: DokkuClient, app: string): Promise<Record<string, string>> {
  const { stdout } = await dokku.run(["letsencrypt:report", app, "--format", "json"], { mutating: false });
  const parsed: unknown = JSON.parse(stdout.trim() || "{}");
  return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, string>) : {};
}

export async function appLetsencrypt(dokku: DokkuClient, app: string): Promise<LetsencryptState> {
  const values = await report(dokku, app);
  return {
    appEmail: values.email ?? "",
    globalEmail: values["global-email"] ?? "",
    autorenew: values.autorenew === "true",
    active: values.active === "true",
  };
}

/** `letsencrypt:cron-job` with no flag prints "Auto-renew cron job is enabled|is not enabled". */
export async function cronJobEnabled(dokku: DokkuClient): Promise<boolean> {
  const { stdout } = await dokku.run(["letsencrypt:cron-job"], { mutating: false });
  return /cron job is enabled/i.test(stdout);
}

export async function setLetsencryptEmail(dokku: DokkuClient, app: string, email: string): Promise<void> {
  await dokku.run(["letsencrypt:set", app, "email", email], { mutating: true });
}

export async function addCronJob(dokku: DokkuClient): Promise<void> {
  await dokku.run(["letsencrypt:cron-job", "--add"], { mutating: true });
}

export async function enableLetsencrypt(dokku: DokkuClient, app: string): Promise<void> {
  await dokku.run(["letsencrypt:enable", app], { mutating: true });
}
