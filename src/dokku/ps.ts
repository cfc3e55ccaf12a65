import type { DokkuClient } from "./client.js";

/** `ps:report <app> --deployed`: whether a restart would actually restart anything. */
export async function isDeployed(dokku: DokkuClient, app: string): Promise<boolean> {
  const { stdout } = await dokku.run(["ps:report", app, "--deployed"], { mutating: false });
  return stdout.trim() === "true";
}

/** `ps:restart`: one zero-downtime redeploy, no build and no release phase. */
export async function restartApp(dokku: DokkuClient, app: string): Promise<void> {
  await dokku.run(["ps:restart", app], { mutating: true });
}
