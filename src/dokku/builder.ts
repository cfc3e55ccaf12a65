import type { DokkuClient } from "./client.js";

/** `builder:report --builder-selected`: the forced builder, "" when Dokku auto-detects. */
export async function getSelectedBuilder(dokku: DokkuClient, app: string): Promise<string> {
  const { stdout } = await dokku.run(["builder:report", app, "--builder-selected"], { mutating: false });
  return stdout.trim();
}

/** Auto-detection tries herokuish before Dockerfiles, and a Pegasus repo has requirements.txt. */
export async function selectBuilder(dokku: DokkuClient, app: string, builder: string): Promise<void> {
  await dokku.run(["builder:set", app, "selected", builder], { mutating: true });
}

export async function getDockerfilePath(dokku: DokkuClient, app: string): Promise<string> {
  const { stdout } = await dokku.run(["builder-dockerfile:report", app, "--builder-dockerfile-dockerfile-path"], {
    mutating: false,
  });
  return stdout.trim();
}

export async function setDockerfilePath(dokku: DokkuClient, app: string, path: string): Promise<void> {
  await dokku.run(["builder-dockerfile:set", app, "dockerfile-path", path], { mutating: true });
}
