import type { Context } from "../context.js";
import { normalizeRev } from "../core/backup-id.js";
import { liveRevFrom } from "../core/deploy-gate.js";
import { deploySourceMetadata } from "../dokku/deploy.js";
import { readReleases } from "../io/releases.js";

/**
 * The commit whose code is live, for every backup (deploy, manual, schedule, pre-restore):
 * the last release we recorded, else Dokku's deploy source metadata (see liveRevFrom); one
 * read-only call at most. Never GIT_REV, which Dokku sets before building, so after a failed
 * deploy (and during a deploy's release phase) it names code that is not live.
 */
export async function liveRevOf(app: string, context: Context): Promise<string> {
  const [last] = await readReleases(context.paths, app);
  if (last && normalizeRev(last.rev) !== "none") return normalizeRev(last.rev);
  return liveRevFrom(undefined, await deploySourceMetadata(context.dokku, app));
}
