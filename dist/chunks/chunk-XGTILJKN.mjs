import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/dokku/domains.ts
async function appDomains(dokku, app) {
  const { stdout } = await dokku.run(["domains:report", app, "--domains-app-vhosts"], { mutating: false });
  return stdout.trim().split(/\s+/).filter(Boolean);
}
async function addDomains(dokku, app, domains) {
  await dokku.run(["domains:add", app, ...domains], { mutating: true });
}

export {
  appDomains,
  addDomains
};
