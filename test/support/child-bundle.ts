import path from "node:path";
import { buildSync } from "esbuild";
import { REPO_ROOT } from "./sandbox.js";

/**
 * A module of src/ bundled as CommonJS into .cache/, for a test to require in a process of its
 * own (a start, a pipe whose reader goes away). Returns the bundle's path.
 */
export function bundleForChild(source: string): string {
  const outfile = path.join(REPO_ROOT, ".cache", "child-bundles", `${path.basename(source, ".ts")}.cjs`);
  buildSync({ entryPoints: [path.join(REPO_ROOT, source)], bundle: true, platform: "node", format: "cjs", outfile, logLevel: "warning" });
  return outfile;
}
