import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  dokkuMessage
} from "./chunk-RVFNLFNF.mjs";
import {
  DokkuCommandError
} from "./chunk-VTI63AYM.mjs";

// src/dokku/deploy.ts
async function deploySourceMetadata(dokku, app) {
  const { stdout } = await dokku.run(["apps:report", app, "--app-deploy-source-metadata"], { mutating: false });
  return stdout.trim();
}
async function stopApp(dokku, app) {
  await dokku.run(["ps:stop", app], { mutating: true });
}
async function startApp(dokku, app) {
  await dokku.run(["ps:start", app], { mutating: true });
}
async function importPostgres(dokku, service, file) {
  await dokku.run(["postgres:import", service], { mutating: true, inputFile: file });
}
async function deployCommit(dokku, app, repo, sha, output) {
  const args = ["git:sync", "--build", app, repo, sha];
  let tail = "";
  const result = await dokku.stream(args, {
    mutating: true,
    async consumeStdout(stdout) {
      for await (const chunk of stdout) {
        const text = Buffer.from(chunk).toString("utf8");
        output.write(text);
        tail = (tail + text).slice(-8192);
      }
    }
  });
  if (result.exitCode !== 0 || result.signal) {
    throw new DokkuCommandError("git:sync", result.exitCode, dokkuMessage(result.stderr, tail));
  }
}

export {
  deploySourceMetadata,
  stopApp,
  startApp,
  importPostgres,
  deployCommit
};
