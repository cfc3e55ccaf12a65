import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/dokku/domains.ts
async function appDomains(dokku, app) {
  const { stdout } = await dokku.run(["domains:report", app, "--domains-app-vhosts"], { mutating: false });
  return stdout.trim().split(/\s+/).filter(Boolean);
}
async function addDomains(dokku, app, domains) {
  await dokku.run(["domains:add", app, ...domains], { mutating: true });
}

// src/dokku/ps.ts
async function isDeployed(dokku, app) {
  const { stdout } = await dokku.run(["ps:report", app, "--deployed"], { mutating: false });
  return stdout.trim() === "true";
}
async function restartApp(dokku, app) {
  await dokku.run(["ps:restart", app], { mutating: true });
}

export {
  appDomains,
  addDomains,
  isDeployed,
  restartApp
};
