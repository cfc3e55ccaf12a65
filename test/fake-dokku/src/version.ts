// The Dokku version the fake answers as. Like `dokku_version` (plugins/common/functions), it is
// read from $DOKKU_LIB_ROOT/STABLE_VERSION, else $DOKKU_LIB_ROOT/VERSION; a sandbox without
// either is the newest Dokku the fake models. Tests choose an older one with
// `fake-dokku-ctl version 0.37.9` (which writes VERSION), and get that version's commands.
import { join } from "node:path";
import { paths, readText } from "./state.js";

export const DOKKU_VERSION = "0.38.27";

export function dokkuVersion(): string {
  const { libRoot } = paths();
  for (const file of ["STABLE_VERSION", "VERSION"]) {
    const text = readText(join(libRoot, file))?.trim();
    if (text) return text.replace(/^v/, "");
  }
  return DOKKU_VERSION;
}

/** `dokkuVersion() >= major.minor.patch`, numerically. */
export function dokkuAtLeast(major: number, minor: number, patch = 0): boolean {
  const [a = 0, b = 0, c = 0] = dokkuVersion()
    .split(/[.-]/)
    .map((part) => Number.parseInt(part, 10) || 0);
  return a !== major ? a > major : b !== minor ? b > minor : c >= patch;
}

/** Named storage entries and the `-v` → entry migration arrived in 0.38.0. */
export const hasStorageEntries = (): boolean => dokkuAtLeast(0, 38, 0);
