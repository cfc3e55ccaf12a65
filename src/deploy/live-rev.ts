import type { Context } from "../context.js";
import { normalizeRev } from "../backup/id.js";
import { liveRevFrom } from "../core/deploy-gate.js";
import type { ReleaseRecord } from "../core/releases.js";
import { deploySourceMetadata } from "../dokku/deploy.js";
import { UserError } from "../errors.js";
import { readReleases } from "../io/releases.js";

/**
 * The commit whose code is live, for every backup (deploy, manual, schedule, pre-restore):
 * the last release we recorded, else Dokku's deploy source metadata (see liveRevFrom); one
 * read-only call at most. Never GIT_REV, which Dokku sets before building, so after a failed
 * deploy (and during a deploy's release phase) it names code that is not live.
 */
export async function liveRevOf(app: string, context: Context, releases?: readonly ReleaseRecord[]): Promise<string> {
  const [last] = releases ?? (await releasesOrWarn(app, context));
  if (last && normalizeRev(last.rev) !== "none") return normalizeRev(last.rev);
  return liveRevFrom(undefined, await deploySourceMetadata(context.dokku, app));
}

/**
 * The release history, or none with a warning when it cannot be read: a broken history is
 * this app's to fix, and must not stop its deploy (whose backup still runs).
 */
export async function releasesOrWarn(app: string, context: Context): Promise<ReleaseRecord[]> {
  try {
    return await readReleases(context.paths, app);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    context.log.warn(`${error.message}. Meanwhile this deploy goes on as if ${app} had no release history`);
    return [];
  }
}
