import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { verifyAppName } from "../core/app-name.js";
import type { Trigger } from "../core/command.js";
import { hasPredeployScript } from "../core/deploy-gate.js";
import { runDeployGate } from "../deploy/gate.js";
import { isMissing } from "../io/properties.js";

/**
 * `post-build $BUILDER_TYPE $APP $SOURCECODE_WORK_DIR`: the deploy gate for apps whose
 * migrations run in app.json `scripts.dokku.predeploy`, which app-json runs in its own
 * pre-release-builder, before ours (app-json sorts first). A failure here is a failed build:
 * Dokku re-tags the previous image and nothing is released.
 */
export const postBuild: Trigger = {
  name: "post-build",
  async run(args, context) {
    const app = verifyAppName(args[1]);
    const workDir = args[2];
    const appJson = workDir ? await readOptional(join(workDir, "app.json")) : undefined;
    await runDeployGate({ trigger: "post-build", app, hasPredeploy: hasPredeployScript(appJson) }, context);
  },
};

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if (isMissing(error) || (error as NodeJS.ErrnoException).code === "ENOTDIR") return undefined;
    throw error;
  }
}
