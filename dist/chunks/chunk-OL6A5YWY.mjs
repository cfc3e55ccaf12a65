import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/dokku/ps.ts
async function isDeployed(dokku, app) {
  const { stdout } = await dokku.run(["ps:report", app, "--deployed"], { mutating: false });
  return stdout.trim() === "true";
}
async function restartApp(dokku, app) {
  await dokku.run(["ps:restart", app], { mutating: true });
}

export {
  isDeployed,
  restartApp
};
