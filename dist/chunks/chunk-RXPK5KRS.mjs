import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  UserError
} from "./chunk-VTI63AYM.mjs";

// src/dokku/config.ts
async function exportConfig(dokku, app) {
  const { stdout } = await dokku.run(["config:export", "--format", "json", app], { mutating: false });
  let parsed;
  try {
    parsed = JSON.parse(stdout.trim() || "{}");
  } catch {
    throw notJson(app);
  }
  if (parsed === null) return /* @__PURE__ */ Object.create(null);
  if (typeof parsed !== "object" || Array.isArray(parsed) || Object.values(parsed).some((value) => typeof value !== "string")) {
    throw notJson(app);
  }
  return Object.assign(/* @__PURE__ */ Object.create(null), parsed);
}
async function exportConfigMap(dokku, app) {
  return new Map(Object.entries(await exportConfig(dokku, app)));
}
function notJson(app) {
  return new UserError(
    `dokku config:export --format json ${app} did not print a JSON object of strings (its output is not shown: it holds the app's values). Run that command as the dokku user to see what it prints; if this Dokku does not know --format json, upgrade Dokku`
  );
}
async function getConfigValue(dokku, app, key) {
  const result = await dokku.run(["config:get", app, key], { mutating: false, okExitCodes: [1] });
  if (result.exitCode !== 0) return void 0;
  return result.stdout.replace(/\n$/, "");
}

export {
  exportConfig,
  exportConfigMap,
  getConfigValue
};
