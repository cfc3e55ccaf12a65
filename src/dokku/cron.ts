import type { DokkuClient } from "./client.js";

/**
 * Has Dokku's cron plugin rewrite the dokku user's crontab now, from every plugin's
 * `cron-entries` output. `plugn trigger` directly: our subcommands run as the dokku user and
 * the `dokku` script refuses `plugin:trigger` (like every plugin:* but help/list) to anyone but
 * root ("This command must be run as root"). No arguments means no scheduler: the cron plugin's
 * trigger dispatcher reads `flag.Arg(0)` as the scheduler and `flag.Arg(1)` as the app
 * (plugins/cron/src/triggers/triggers.go), and TriggerSchedulerCronWrite regenerates the whole
 * host crontab when the scheduler is empty (plugins/cron/triggers.go; self-managed schedulers
 * such as k3s return early for any scheduler but theirs). Dokku's own tests call it this way
 * (tests/unit/cron-3.bats: `dokku plugin:trigger scheduler-cron-write`). Without it the change
 * would wait for the next deploy.
 */
export async function rewriteCrontab(dokku: DokkuClient): Promise<void> {
  await dokku.trigger("scheduler-cron-write", [], { mutating: true });
}
