import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isCodeArriving,
  liveRevOf,
  pendingIsForBuild
} from "./chunk-LJELTSYF.mjs";
import {
  clearPendingDeploy,
  readPendingDeploy
} from "./chunk-FW2RKILA.mjs";
import "./chunk-XFLGJKRL.mjs";
import {
  appendRelease
} from "./chunk-SPE2YZ2N.mjs";
import "./chunk-TDI4FHOH.mjs";
import "./chunk-ASW42DKL.mjs";
import "./chunk-C5VAU4B7.mjs";
import {
  getConfigValue
} from "./chunk-WJ7ZNAKO.mjs";
import "./chunk-RVFNLFNF.mjs";
import "./chunk-SKJ6A7NB.mjs";
import "./chunk-BRCRBLNR.mjs";
import {
  normalizeRev,
  shortRev
} from "./chunk-7AVTMNRI.mjs";
import "./chunk-BG523PJ5.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import "./chunk-RDISS7JH.mjs";
import "./chunk-VTI63AYM.mjs";
import "./chunk-5QU4PDJH.mjs";

// src/triggers/post-deploy.ts
var postDeploy = {
  name: "post-deploy",
  async run(args, context) {
    const app = verifyAppName(args[0]);
    const { env, paths, log } = context;
    const source = env.DOKKU_BUILD_SOURCE || void 0;
    const buildId = env.DOKKU_BUILD_ID || void 0;
    if (source !== void 0 && !isCodeArriving(source)) return;
    try {
      const rev = normalizeRev(await getConfigValue(context.dokku, app, "GIT_REV"));
      const now = context.now();
      const stored = await readPendingDeploy(paths, app);
      const pending = pendingIsForBuild(stored, buildId, rev, now) ? stored : void 0;
      if (source === void 0 && !pending) return;
      const record = {
        rev,
        deployed_at: now.toISOString(),
        source: source ?? "unknown",
        build_id: buildId ?? null,
        backup_id: pending?.backup_id ?? null,
        previous_rev: pending?.live_rev ?? await liveRevOf(app, context),
        ...pending?.restored_backup_id ? { restored_backup_id: pending.restored_backup_id } : {}
      };
      await appendRelease(paths, app, record);
      if (pending) await clearPendingDeploy(paths, app);
      log.info1(
        `Pegasus release recorded: ${shortRev(rev)} (${record.backup_id ? `deploy backup ${record.backup_id}` : "no deploy backup"})`
      );
    } catch (error) {
      log.warn(`Pegasus could not record this release of ${app}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
};
export {
  postDeploy
};
