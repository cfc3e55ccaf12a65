import { verifyAppName } from "../core/app-name.js";
import { normalizeRev, shortRev } from "../backup/id.js";
import type { Trigger } from "../core/command.js";
import { isCodeArriving, pendingIsForBuild } from "../core/deploy-gate.js";
import type { ReleaseRecord } from "../core/releases.js";
import { getConfigValue } from "../dokku/config.js";
import { buildIdentity, forgetUnfinishedBuild } from "../deploy/gate.js";
import { liveRevOf } from "../deploy/live-rev.js";
import { readPendingDeploy } from "../io/deploy-state.js";
import { appendRelease } from "../io/releases.js";

/**
 * `post-deploy $APP $PORT $IP $IMAGE_TAG`: records a release when new code went live. It also
 * fires for ps:restart, config restarts and ps:start, which are not releases. The new
 * containers are already serving: a failure to record is a warning, never a failed deploy.
 */
export const postDeploy: Trigger = {
  name: "post-deploy",
  async run(args, context) {
    const app = verifyAppName(args[0]);
    const { env, paths, log } = context;
    const source = env.DOKKU_BUILD_SOURCE || undefined;
    const buildId = env.DOKKU_BUILD_ID || undefined;
    const build = buildIdentity(env);
    // Before Dokku 0.38 there is no build source: the gate's note for this build is the proof.
    if (source !== undefined && !isCodeArriving(source)) return;
    try {
      // ps:rebuild keeps GIT_REV (it builds the deploy branch again without a revision).
      const rev = normalizeRev(await getConfigValue(context.dokku, app, "GIT_REV"));
      const now = context.now();
      const stored = await readPendingDeploy(paths, app);
      const pending = pendingIsForBuild(stored, build, rev, now) ? stored : undefined;
      if (source === undefined && !pending) {
        // A restart: whatever a failed deploy left is not this run's, and never will be.
        if (build.dokkuPid) await forgetUnfinishedBuild(paths, app);
        return;
      }
      const record: ReleaseRecord = {
        rev,
        deployed_at: now.toISOString(),
        source: source ?? "unknown",
        build_id: buildId ?? null,
        backup_id: pending?.backup_id ?? null,
        previous_rev: pending?.live_rev ?? (await liveRevOf(app, context)),
        ...(pending?.restored_backup_id ? { restored_backup_id: pending.restored_backup_id } : {}),
      };
      await appendRelease(paths, app, record);
      if (pending) await forgetUnfinishedBuild(paths, app);
      log.info1(
        `Pegasus release recorded: ${shortRev(rev)} (${record.backup_id ? `deploy backup ${record.backup_id}` : "no deploy backup"})`,
      );
    } catch (error) {
      log.warn(`Pegasus could not record this release of ${app}: ${error instanceof Error ? error.message : String(error)}`);
    }
  },
};
