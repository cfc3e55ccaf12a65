// builder (Go) and builder-dockerfile (bash set, Go report) properties.
import { runReport, verifyAppBash, verifyAppGo } from "./cli.js";
import { fail, info2Quiet, warn } from "./output.js";
import { propComputed, propGet, propSet, propDel } from "./state.js";

export function builderCommand(cmd: string, args: string[]): void {
  switch (cmd) {
    case "builder-dockerfile:set": {
      const app = args[0] === "--global" ? "--global" : verifyAppBash(args[0]);
      const key = args[1];
      const value = args[2] ?? "";
      if (!key) fail("No key specified");
      if (key !== "dockerfile-path") fail("Invalid key specified, valid keys include: dockerfile-path");
      if (value) {
        info2Quiet(`Setting ${key} to ${value}`);
        propSet("builder-dockerfile", app, key, value);
      } else {
        info2Quiet(`Unsetting ${key}`);
        propDel("builder-dockerfile", app, key);
      }
      return;
    }
    case "builder-dockerfile:report":
      runReport(
        {
          type: "builder-dockerfile",
          prefix: "builder-dockerfile",
          legacyPrefixedJson: false,
          flags: (app) => ({
            "--builder-dockerfile-computed-dockerfile-path": propComputed("builder-dockerfile", app, "dockerfile-path", "Dockerfile"),
            "--builder-dockerfile-dockerfile-path": propGet("builder-dockerfile", app, "dockerfile-path"),
            "--builder-dockerfile-global-dockerfile-path": propGet("builder-dockerfile", "--global", "dockerfile-path"),
          }),
          globalFlags: () => ({ "--builder-dockerfile-global-dockerfile-path": propGet("builder-dockerfile", "--global", "dockerfile-path") }),
        },
        args,
      );
      return;
    case "builder:set": {
      const app = args[0] === "--global" ? "--global" : verifyAppGo(args[0]);
      const key = args[1] ?? "";
      const value = args[2] ?? "";
      const valid = ["build-dir", "detected", "selected", "skip-cleanup"];
      if (!key) fail("No property specified");
      if (!valid.includes(key)) fail(`Invalid property specified, valid properties include: ${valid.join(", ")}`);
      if (key === "detected") {
        warn("detected is a read-only property");
        return;
      }
      if (value) {
        info2Quiet(`Setting ${key} to ${value}`);
        propSet("builder", app, key, value);
      } else {
        info2Quiet(`Unsetting ${key}`);
        propDel("builder", app, key);
      }
      return;
    }
    case "builder:report":
      runReport(
        {
          type: "builder",
          prefix: "builder",
          legacyPrefixedJson: true,
          flags: (app) => ({
            "--builder-build-dir": propGet("builder", app, "build-dir"),
            "--builder-computed-build-dir": propComputed("builder", app, "build-dir", ""),
            "--builder-computed-selected": propComputed("builder", app, "selected", ""),
            "--builder-computed-skip-cleanup": propComputed("builder", app, "skip-cleanup", "false"),
            "--builder-detected": propGet("builder", app, "detected"),
            "--builder-global-build-dir": propGet("builder", "--global", "build-dir"),
            "--builder-global-selected": propGet("builder", "--global", "selected"),
            "--builder-global-skip-cleanup": propGet("builder", "--global", "skip-cleanup"),
            "--builder-selected": propGet("builder", app, "selected"),
            "--builder-skip-cleanup": propGet("builder", app, "skip-cleanup"),
          }),
          globalFlags: () => ({
            "--builder-global-build-dir": propGet("builder", "--global", "build-dir"),
            "--builder-global-selected": propGet("builder", "--global", "selected"),
            "--builder-global-skip-cleanup": propGet("builder", "--global", "skip-cleanup"),
          }),
        },
        args,
      );
      return;
    default:
      fail(`fake-dokku: ${cmd} is not implemented`);
  }
}
