import { DokkuCommandError } from "../errors.js";
import { dokkuMessage, type DokkuClient } from "./client.js";

/**
 * Dokku commands of the deploy-safety cycle: reading what is deployed, stopping and starting
 * the app around a restore, importing a dump, and deploying an earlier commit.
 */

/**
 * `apps:report <app> --app-deploy-source-metadata`: the last successful deploy's revision
 * (`git-push`: the sha; `git-sync`: `remote#sha`; images: the image name). Empty when never set.
 */
export async function deploySourceMetadata(dokku: DokkuClient, app: string): Promise<string> {
  const { stdout } = await dokku.run(["apps:report", app, "--app-deploy-source-metadata"], { mutating: false });
  return stdout.trim();
}

/** `ps:stop`: also writes restore=false, so nothing restarts the app behind our back. */
export async function stopApp(dokku: DokkuClient, app: string): Promise<void> {
  await dokku.run(["ps:stop", app], { mutating: true });
}

/** `ps:start`: releases and deploys the current image again (restore=true). */
export async function startApp(dokku: DokkuClient, app: string): Promise<void> {
  await dokku.run(["ps:start", app], { mutating: true });
}

/**
 * `postgres:import <svc>` with the dump streamed from `file` as stdin: `pg_restore -cO
 * --if-exists` in the service's container. Throws DokkuCommandError with Dokku's words.
 */
export async function importPostgres(dokku: DokkuClient, service: string, file: string): Promise<void> {
  await dokku.run(["postgres:import", service], { mutating: true, inputFile: file });
}

/**
 * `git:sync --build <app> <repo> <sha>` with the app's own repository as the remote. Proven in
 * dokku/dokku plugins/git/internal-functions `fn-git-fetch`: on an app that has commits it
 * re-adds `repo` as a `--mirror=fetch` remote, fetches it, and runs
 * `git update-ref refs/heads/<deploy-branch> <sha>^{commit}` with no fast-forward check, so the
 * branch can move back; `cmd-git-sync` then builds that commit (`receive-app`), which sets
 * GIT_REV to it and runs the whole release phase and deploy like a push.
 */
export async function deployCommit(
  dokku: DokkuClient,
  app: string,
  repo: string,
  sha: string,
  output: { write(chunk: string): unknown },
): Promise<void> {
  const args = ["git:sync", "--build", app, repo, sha];
  // A build takes minutes: its output is passed on as it comes, and only the tail is kept
  // for the error (build capture puts Dokku's failure lines on stdout).
  let tail = "";
  const result = await dokku.stream(args, {
    mutating: true,
    async consumeStdout(stdout) {
      for await (const chunk of stdout) {
        const text = Buffer.from(chunk as Buffer).toString("utf8");
        output.write(text);
        tail = (tail + text).slice(-8192);
      }
    },
  });
  if (result.exitCode !== 0 || result.signal) {
    throw new DokkuCommandError("git:sync", result.exitCode, dokkuMessage(result.stderr, tail));
  }
}
