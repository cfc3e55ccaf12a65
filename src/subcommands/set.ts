import type { Context } from "../context.js";
import { expectPositionals } from "../core/args.js";
import { verifyAppName } from "../core/app-name.js";
import type { Subcommand } from "../core/command.js";
import { findSetting, SETTINGS, validateSetting, type Setting } from "../core/settings.js";
import { verifyAppExists } from "../dokku/apps.js";
import { listPostgresServices } from "../dokku/postgres.js";
import { shownPlainly } from "../core/secret-shape.js";
import { UserError } from "../errors.js";
import { GLOBAL, PropertyStore } from "../io/properties.js";

const USAGE = "<app>|--global <key> [<value>]";

export const set: Subcommand = {
  name: "set",
  args: USAGE,
  // The app is absent with --global: the count is checked in run().
  arguments: ["[app]", "[key]", "[value]"],
  summary: "Set or unset (no value) a pegasus property of an app or --global",
  options: {
    global: { type: "boolean", description: "set the server-wide default instead of one app's value" },
  },
  notes: ["Keys:", ...SETTINGS.map((s) => `  ${s.key}${s.global ? "" : " (app only)"}: ${s.description}`)],
  // Not async: every check throws before the first await, so a refused command is no rejected
  // promise, whose tracking Node would compile for it (1.1 M instructions of its start, callgrind).
  run({ positionals, options }, context) {
    const global = options.global === true;
    const [target, key, value, ...extra] = global ? [GLOBAL, ...positionals] : positionals;
    if (!global) expectPositionals("pegasus:set", USAGE, positionals, 2, 3);
    if (extra.length > 0 || key === undefined) {
      throw new UserError(`Usage: dokku pegasus:set ${USAGE}`);
    }
    const setting = findSetting(key, global ? "global" : "app");
    const app = global ? GLOBAL : verifyAppName(target);
    if (!global) verifyAppExists(context.paths, app);
    const stored = value === undefined || value === "" ? undefined : validateSetting(setting, value);
    const write = () => writeProperty(new PropertyStore(context.paths.propertiesDir), app, setting, stored, context);
    // A misspelt service would be accepted here and then abort every deploy at the backup gate.
    if (setting.key === "postgres-service" && stored !== undefined) return verifyPostgresService(stored, app, context).then(write);
    return write();
  },
};

/**
 * The service must exist; it need not be linked to the app. A backup only reads the service,
 * an app may reach it through a URL of its own (a pooler in front), and a restore already
 * refuses a setting that names a service the app is not linked to. `postgres:list` rather than
 * `postgres:exists <name>`: the name stays out of a child's argv (it may be a secret pasted in
 * the wrong place), and the refusal can list the names there are.
 */
async function verifyPostgresService(service: string, app: string, context: Context): Promise<void> {
  const services = await listPostgresServices(context.dokku);
  if (services.includes(service)) return;
  // Never repeated: what was typed in a name's place may be a pasted secret, and no test of its
  // shape catches every one (a 32-hex password reads like a name); the list says what exists.
  throw new UserError(
    `The Postgres service given does not exist, so postgres-service of ${app} was not set ` +
      `(services: ${services.length > 0 ? services.join(", ") : "none"}). ` +
      `Give one of those, or create the service first with \`dokku postgres:create NAME\``,
  );
}

/** The write, after every check: `undefined` unsets the key. */
async function writeProperty(store: PropertyStore, app: string, setting: Setting, value: string | undefined, context: Context): Promise<void> {
  const { key } = setting;
  if (value === undefined) {
    await store.delete(app, key);
    context.log.info2(`Unsetting ${key}`);
  } else {
    await store.set(app, key, value);
    // A valid value can still be a secret pasted into the wrong key: it is stored, not shown,
    // unless its check allows only a public shape (the operator must see which key copies go to).
    context.log.info2(`Setting ${key} to ${setting.public ? value : shownPlainly(value)}`);
  }
}
