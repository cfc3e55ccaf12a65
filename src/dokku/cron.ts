import type { DokkuClient } from "./client.js";

/**
 * Has Dokku's cron plugin rewrite the dokku user's crontab now, from every plugin's
 * `cron-entries` output: `plugin:trigger` runs `plugn trigger` as the dokku user, and
 * `scheduler-cron-write` with no scheduler regenerates the host crontab (plugins/cron,
 * TriggerSchedulerCronWrite). Without it the change would wait for the next deploy.
 */
export async function rewriteCrontab(dokku: DokkuClient): Promise<void> {
  await dokku.run(["plugin:trigger", "scheduler-cron-write"], { mutating: true });
}
