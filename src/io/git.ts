import type { Runner } from "./runner.js";

/** Variables git obeys over its arguments; a hook's leftovers must not redirect our lookup. */
const GIT_OVERRIDES = ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_QUARANTINE_PATH", "GIT_NAMESPACE"];

/**
 * The full sha of `rev` when it names a commit present in the bare repository `repo`, else
 * undefined. `rev` must already be a hex sha (the caller checks), so it can never be read as an
 * option or a revision range.
 */
export async function resolveCommit(
  runner: Runner,
  env: Record<string, string | undefined>,
  repo: string,
  rev: string,
): Promise<string | undefined> {
  const childEnv = { ...env };
  for (const name of GIT_OVERRIDES) delete childEnv[name];
  const result = await runner.run("git", ["--git-dir", repo, "rev-parse", "--quiet", "--verify", `${rev}^{commit}`], {
    env: childEnv,
  });
  const sha = result.stdout.trim();
  return result.exitCode === 0 && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
}
