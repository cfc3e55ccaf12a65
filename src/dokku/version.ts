import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { isMissing } from "../io/properties.js";
import type { DokkuClient } from "./client.js";

export type Version = [number, number, number];

/**
 * Dokku's version, read where `dokku version` reads it ($DOKKU_LIB_ROOT/STABLE_VERSION, else
 * VERSION) so that knowing it costs no Dokku call; `dokku version` only when neither file exists.
 */
export async function dokkuVersion(dokku: DokkuClient, libRoot: string): Promise<Version> {
  for (const file of ["STABLE_VERSION", "VERSION"]) {
    try {
      const text = (await readFile(join(libRoot, file), "utf8")).trim();
      if (text) return parseVersion(text);
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }
  const { stdout } = await dokku.run(["version"], { mutating: false });
  return parseVersion(stdout.replace(/^dokku version /, "").trim());
}

export function parseVersion(text: string): Version {
  const [major = 0, minor = 0, patch = 0] = text
    .replace(/^v/, "")
    .split(/[.-]/)
    .map((part) => Number.parseInt(part, 10) || 0);
  return [major, minor, patch];
}

export function versionAtLeast(version: Version, wanted: Version): boolean {
  for (let i = 0; i < 3; i++) if (version[i] !== wanted[i]) return (version[i] ?? 0) > (wanted[i] ?? 0);
  return true;
}
