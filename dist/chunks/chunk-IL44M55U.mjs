import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  AppMissingError
} from "./chunk-VTI63AYM.mjs";

// src/dokku/apps.ts
async function createApp(dokku, app) {
  await dokku.run(["apps:create", app], { mutating: true });
}
async function appExists(dokku, app) {
  const result = await dokku.run(["apps:exists", app], { mutating: false, okExitCodes: [20] });
  return result.exitCode === 0;
}
async function verifyAppExists(dokku, app) {
  if (!await appExists(dokku, app)) throw new AppMissingError(app);
}

export {
  createApp,
  appExists,
  verifyAppExists
};
