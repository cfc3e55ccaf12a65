import { isRev } from "../backup/id.js";
import type { Runner } from "./runner.js";

/** Variables git obeys over its arguments; a hook's leftovers must not redirect our lookup. */
const GIT_OVERRIDES = ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_QUARANTINE_PATH", "GIT_NAMESPACE"];

/**
 * The full sha of `rev` when it names a commit present in the bare repository `repo`, else
 * undefined. Anything but a lowercase hex sha is refused here, before git sees it, so `rev` can
 * never be read as an option (`--output=...`) or a revision range, whoever the caller is.
 */
export async function resolveCommit(
  runner: Runner,
  env: Record<string, string | undefined>,
  repo: string,
  rev: string,
): Promise<string | undefined> {
  if (!isRev(rev)) return undefined;
  const childEnv = { ...env };
  for (const name of GIT_OVERRIDES) delete childEnv[name];
  const result = await runner.run("git", ["--git-dir", repo, "rev-parse", "--quiet", "--verify", `${rev}^{commit}`], {
    env: childEnv,
  });
  const sha = result.stdout.trim();
  return result.exitCode === 0 && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
}
