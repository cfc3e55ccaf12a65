import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildIdentity,
  forgetUnfinishedBuild
} from "./chunk-HTOFHV4K.mjs";
import {
  readPendingDeploy
} from "./chunk-46MRMWOK.mjs";
import {
  isCodeArriving,
  liveRevOf,
  pendingIsForBuild
} from "./chunk-K2SD3ZXP.mjs";
import {
  appendRelease
} from "./chunk-IDXT27MG.mjs";
import "./chunk-Q2JQQO7P.mjs";
import "./chunk-XJYLVPT3.mjs";
import "./chunk-ZVX6LS6S.mjs";
import "./chunk-5VEOFXWN.mjs";
import "./chunk-N57HPFOI.mjs";
import "./chunk-5MN5AI5H.mjs";
import "./chunk-T2TNEFCO.mjs";
import "./chunk-NFGITFG7.mjs";
import "./chunk-ML35XFQP.mjs";
import "./chunk-GEW4U2Z7.mjs";
import {
  getConfigValue
} from "./chunk-RXPK5KRS.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import "./chunk-3BUY7C2L.mjs";
import "./chunk-DSPNK2T2.mjs";
import "./chunk-IQVX3673.mjs";
import "./chunk-RVFNLFNF.mjs";
import {
  normalizeRev,
  shortRev
} from "./chunk-YDC6S6T6.mjs";
import "./chunk-RDISS7JH.mjs";
import "./chunk-VTI63AYM.mjs";
import "./chunk-WOOJPRL6.mjs";

// src/triggers/post-deploy.ts
var postDeploy = {
  name: "post-deploy",
  async run(args, context) {
    const app = verifyAppName(args[0]);
    const { env, paths, log } = context;
    const source = env.DOKKU_BUILD_SOURCE || void 0;
    const buildId = env.DOKKU_BUILD_ID || void 0;
    const build = buildIdentity(env);
    if (source !== void 0 && !isCodeArriving(source)) return;
    try {
      const rev = normalizeRev(await getConfigValue(context.dokku, app, "GIT_REV"));
      const now = context.now();
      const stored = await readPendingDeploy(paths, app);
      const pending = pendingIsForBuild(stored, build, rev, now) ? stored : void 0;
      if (source === void 0 && !pending) {
        if (build.dokkuPid) await forgetUnfinishedBuild(paths, app);
        return;
      }
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
      if (pending) await forgetUnfinishedBuild(paths, app);
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
