import { join } from "node:path";

/** Where Dokku keeps things, from the variables the dokku script exports to plugins. */
export interface DokkuPaths {
  /** ~dokku: one directory per app. */
  dokkuRoot: string;
  /** /var/lib/dokku */
  libRoot: string;
  /** Our data: backups, release history, logs. */
  dataDir: string;
  /** Our properties, stored as Dokku stores every plugin's: one file per key. */
  propertiesDir: string;
  pluginAvailablePath: string;
  pluginEnabledPath: string;
}

export const PLUGIN_NAME = "pegasus";

export function dokkuPaths(env: Record<string, string | undefined>): DokkuPaths {
  const dokkuRoot = env.DOKKU_ROOT || "/home/dokku";
  const libRoot = env.DOKKU_LIB_ROOT || env.DOKKU_LIB_PATH || "/var/lib/dokku";
  const pluginPath = env.PLUGIN_PATH || join(libRoot, "plugins");
  return {
    dokkuRoot,
    libRoot,
    dataDir: join(libRoot, "data", PLUGIN_NAME),
    propertiesDir: join(libRoot, "config", PLUGIN_NAME),
    pluginAvailablePath: env.PLUGIN_AVAILABLE_PATH || join(pluginPath, "available"),
    pluginEnabledPath: env.PLUGIN_ENABLED_PATH || join(pluginPath, "enabled"),
  };
}
