import { verifyAppName } from "../core/app-name.js";
import type { Trigger } from "../core/command.js";
import { runDeployGate } from "../deploy/gate.js";

/**
 * `pre-release-builder $BUILDER_TYPE $APP $IMAGE`: the deploy gate. It runs before app-json's
 * post-release-builder runs the Procfile `release:` task, and a non-zero exit here aborts the
 * release and the deploy (dokku-plugin-mechanics §3.4).
 */
export const preReleaseBuilder: Trigger = {
  name: "pre-release-builder",
  async run(args, context) {
    const app = verifyAppName(args[1]);
    await runDeployGate({ trigger: "pre-release-builder", app, hasPredeploy: false }, context);
  },
};
