import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  SETTINGS,
  findSetting
} from "./chunk-Q2JQQO7P.mjs";
import "./chunk-5MN5AI5H.mjs";
import {
  verifyAppExists
} from "./chunk-IL44M55U.mjs";
import "./chunk-NFGITFG7.mjs";
import "./chunk-GEW4U2Z7.mjs";
import {
  verifyAppName
} from "./chunk-FJRA2YDU.mjs";
import {
  GLOBAL,
  PropertyStore
} from "./chunk-IQVX3673.mjs";
import "./chunk-YDC6S6T6.mjs";
import "./chunk-A2HYIDOS.mjs";
import {
  expectPositionals
} from "./chunk-RDISS7JH.mjs";
import {
  UserError
} from "./chunk-VTI63AYM.mjs";
import "./chunk-WOOJPRL6.mjs";

// src/subcommands/set.ts
var USAGE = "<app>|--global <key> [<value>]";
var set = {
  name: "set",
  args: USAGE,
  // The app is absent with --global: the count is checked in run().
  arguments: ["[app]", "[key]", "[value]"],
  summary: "Set or unset (no value) a pegasus property of an app or --global",
  options: {
    global: { type: "boolean", description: "set the server-wide default instead of one app's value" }
  },
  notes: ["Keys:", ...SETTINGS.map((s) => `  ${s.key}${s.global ? "" : " (app only)"}: ${s.description}`)],
  async run({ positionals, options }, context) {
    const global = options.global === true;
    const [target, key, value, ...extra] = global ? [GLOBAL, ...positionals] : positionals;
    if (!global) expectPositionals("pegasus:set", USAGE, positionals, 2, 3);
    if (extra.length > 0 || key === void 0) {
      throw new UserError(`Usage: dokku pegasus:set ${USAGE}`);
    }
    const setting = findSetting(key, global ? "global" : "app");
    const app = global ? GLOBAL : verifyAppName(target);
    if (!global) await verifyAppExists(context.dokku, app);
    const store = new PropertyStore(context.paths.propertiesDir);
    if (value === void 0 || value === "") {
      await store.delete(app, setting.key);
      context.log.info2(`Unsetting ${setting.key}`);
      return;
    }
    const stored = setting.validate(value);
    await store.set(app, setting.key, stored);
    context.log.info2(`Setting ${setting.key} to ${stored}`);
  }
};
export {
  set
};
