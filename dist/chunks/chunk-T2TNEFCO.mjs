import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/dokku/services.ts
async function serviceExists(dokku, plugin, service) {
  const result = await dokku.run([`${plugin}:exists`, service], { mutating: false, okExitCodes: [1] });
  return result.exitCode === 0;
}
async function serviceImage(dokku, plugin, service) {
  const { stdout } = await dokku.run([`${plugin}:info`, service, "--version"], { mutating: false });
  return stdout.trim();
}
async function serviceLinked(dokku, plugin, service, app) {
  const result = await dokku.run([`${plugin}:linked`, service, app], { mutating: false, okExitCodes: [1] });
  return result.exitCode === 0;
}
async function createService(dokku, plugin, service, image) {
  const args = [`${plugin}:create`, service];
  if (image?.image) args.push("--image", image.image);
  if (image?.version) args.push("--image-version", image.version);
  await dokku.run(args, { mutating: true });
}
async function linkService(dokku, plugin, service, app) {
  await dokku.run([`${plugin}:link`, service, app], { mutating: true });
}
async function serviceLinks(dokku, plugin, service) {
  const { stdout } = await dokku.run([`${plugin}:links`, service], { mutating: false });
  return stdout.split("\n").map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("=====>") && !line.startsWith("-----> "));
}
function serviceHost(plugin, service) {
  return `dokku-${plugin}-${service.replace(/[._]/g, "-")}`;
}
async function isServiceUrl(dokku, plugin, service, url) {
  const { stdout } = await dokku.run([`${plugin}:info`, service, "--dsn"], { mutating: false });
  const withoutScheme = (value2) => value2.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, "");
  const dsn = withoutScheme(stdout);
  const value = withoutScheme(url);
  return dsn !== "" && (value === dsn || value.startsWith(`${dsn}?`));
}
function urlHost(url) {
  return /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?([^:/?#]+)/i.exec(url)?.[1] ?? "";
}
async function listServices(dokku, plugin) {
  const { stdout } = await dokku.run([`${plugin}:list`], { mutating: false });
  const names = [];
  for (const line of stdout.split("\n")) {
    if (/^\s*(=====>|-----> |!)/.test(line) || line.startsWith(" !")) continue;
    const first = line.trim().split(/\s+/)[0] ?? "";
    if (first === "" || first === "NAME") continue;
    if (/^[A-Za-z0-9_-]+$/.test(first)) names.push(first);
  }
  return names;
}

export {
  serviceExists,
  serviceImage,
  serviceLinked,
  createService,
  linkService,
  serviceLinks,
  serviceHost,
  isServiceUrl,
  urlHost,
  listServices
};
