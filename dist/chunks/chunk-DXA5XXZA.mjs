import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  UserError
} from "./chunk-VTI63AYM.mjs";

// src/core/setup-plan.ts
var PLUGIN_REPOSITORIES = {
  postgres: "https://github.com/dokku/dokku-postgres.git",
  redis: "https://github.com/dokku/dokku-redis.git",
  letsencrypt: "https://github.com/dokku/dokku-letsencrypt.git"
};
function requiredPlugins(options) {
  return [
    ...options.postgres ? ["postgres"] : [],
    ...options.redis ? ["redis"] : [],
    ...options.letsencrypt ? ["letsencrypt"] : []
  ];
}
function verifyPlugins(options, isPresent) {
  const missing = requiredPlugins(options).filter((plugin) => !isPresent(plugin));
  if (missing.length === 0) return;
  const flags = missing.map((plugin) => `--no-${plugin}`).join(" ");
  throw new UserError(
    [
      `The ${missing.join(", ")} plugin${missing.length > 1 ? "s are" : " is"} not installed. Install ${missing.length > 1 ? "them" : "it"} as root:`,
      ...missing.map((plugin) => `  sudo dokku plugin:install ${PLUGIN_REPOSITORIES[plugin]} ${plugin}`),
      `then re-run pegasus:setup (or pass ${flags} to do without). Nothing was changed.`
    ].join("\n")
  );
}
function serviceName(app, kind) {
  return kind === "postgres" ? `${app}-db` : `${app}-redis`;
}
var SETUP_STEPS = [
  "preflight",
  "app",
  "builder",
  "dockerfile-path",
  "postgres-service",
  "redis-service",
  "postgres-link",
  "redis-link",
  "backup-service",
  "storage-directory",
  "storage-mount",
  "domains",
  "ports",
  "scale",
  "letsencrypt-email",
  "letsencrypt-cron",
  "letsencrypt-enable",
  "restart"
];
var PENDING = "pending: ";
function planSetup(options, facts, actions) {
  const { app } = options;
  const fresh = !facts.appExists;
  const steps = [];
  const plugins = requiredPlugins(options);
  steps.push({
    name: "preflight",
    state: "ok",
    detail: plugins.length > 0 ? `plugins present: ${plugins.join(", ")}` : "no service plugins needed"
  });
  steps.push(
    fresh ? {
      name: "app",
      state: "change",
      detail: `create app ${app}`,
      apply: async () => {
        await actions.createApp();
        return `created app ${app}`;
      },
      fix: `check that ${app} is a free name (dokku apps:list)`
    } : { name: "app", state: "ok", detail: `app ${app} exists` }
  );
  steps.push(
    facts.builderSelected === "dockerfile" ? { name: "builder", state: "ok", detail: "dockerfile builder selected" } : {
      name: "builder",
      state: "change",
      detail: `select the dockerfile builder (now ${facts.builderSelected || "auto-detected"})`,
      apply: () => actions.selectDockerfileBuilder(),
      fix: `run dokku builder:report ${app} to see the builder settings`
    }
  );
  steps.push(
    facts.dockerfilePath === options.dockerfile ? { name: "dockerfile-path", state: "ok", detail: `dockerfile-path is ${options.dockerfile}` } : {
      name: "dockerfile-path",
      state: "change",
      detail: `set dockerfile-path to ${options.dockerfile}${facts.dockerfilePath ? ` (was ${facts.dockerfilePath})` : ""}`,
      apply: () => actions.setDockerfilePath(options.dockerfile),
      fix: `run dokku builder-dockerfile:report ${app} to see the current setting`
    }
  );
  steps.push(serviceStep(options, facts, actions, "postgres"));
  steps.push(serviceStep(options, facts, actions, "redis"));
  steps.push(linkStep(options, facts, actions, "postgres"));
  steps.push(linkStep(options, facts, actions, "redis"));
  steps.push(backupServiceStep(options, facts, actions));
  steps.push(...storageSteps(options, facts, actions));
  steps.push(domainsStep(options, facts, actions));
  steps.push(portsStep(options, facts, actions));
  const scale = scaleStep(options, facts, actions);
  steps.push(scale);
  steps.push(...letsencryptSteps(options, facts, actions));
  const mount = steps.find((step) => step.name === "storage-mount");
  const needsRestart = facts.deployed && (mount?.state === "change" || scale.state === "change");
  steps.push(
    needsRestart ? {
      name: "restart",
      state: "skip",
      detail: `${PENDING}run dokku ps:restart ${app} so the new ${[
        mount?.state === "change" ? "mount" : "",
        scale.state === "change" ? "scale" : ""
      ].filter(Boolean).join(" and ")} take effect`
    } : { name: "restart", state: "ok", detail: facts.deployed ? "no restart needed" : "not deployed yet" }
  );
  return steps;
}
function serviceStep(options, facts, actions, kind) {
  const name = `${kind}-service`;
  if (!options[kind]) return { name, state: "skip", detail: `--no-${kind}` };
  const service = serviceName(options.app, kind);
  const wanted = kind === "postgres" ? wantedImage(options) : void 0;
  const current = facts[kind];
  if (current.exists) {
    const mismatch = wanted && current.image && !imageMatches(current.image, wanted);
    return {
      name,
      state: "ok",
      detail: mismatch ? `${service} exists with image ${current.image}, not ${describeWanted(wanted)}; left as it is (recreating would lose its data)` : `${service} exists${current.image ? ` (${current.image})` : ""}`
    };
  }
  const image = wanted ? ` with image ${describeWanted(wanted)}` : "";
  return {
    name,
    state: "change",
    detail: `create ${kind} service ${service}${image}`,
    apply: async () => {
      await actions.createService(kind, service, wanted?.image, wanted?.version);
      return `created ${kind} service ${service}${image}`;
    },
    fix: `check docker can pull the image and that dokku ${kind}:info ${service} shows nothing half-made (dokku ${kind}:destroy ${service} removes a failed one)`
  };
}
function linkStep(options, facts, actions, kind) {
  const name = `${kind}-link`;
  if (!options[kind]) return { name, state: "skip", detail: `--no-${kind}` };
  const service = serviceName(options.app, kind);
  if (facts[kind].linked) return { name, state: "ok", detail: `${service} linked to ${options.app}` };
  const variable = kind === "postgres" ? "DATABASE_URL" : "REDIS_URL";
  return {
    name,
    state: "change",
    detail: `link ${service} to ${options.app} (sets ${variable}${facts.deployed ? "; Dokku restarts the app" : ""})`,
    apply: () => actions.linkService(kind, service),
    fix: `run dokku ${kind}:info ${service} and dokku config:keys ${options.app} to see the service and the app's variables`
  };
}
function backupServiceStep(options, facts, actions) {
  const name = "backup-service";
  if (!options.postgres) return { name, state: "skip", detail: "--no-postgres" };
  const service = serviceName(options.app, "postgres");
  const current = facts.postgresServiceProperty;
  if (current === service) return { name, state: "ok", detail: `backups use ${service}` };
  if (current) {
    return { name, state: "ok", detail: `backups use ${current} (set with pegasus:set; left as it is)` };
  }
  return {
    name,
    state: "change",
    detail: `record ${service} as the service pegasus backs up`,
    apply: () => actions.recordPostgresService(service),
    fix: "check that the dokku user can write under $DOKKU_LIB_ROOT/config/pegasus"
  };
}
function storageSteps(options, facts, actions) {
  if (!options.storage) {
    return [
      { name: "storage-directory", state: "skip", detail: "--no-storage" },
      { name: "storage-mount", state: "skip", detail: "--no-storage" }
    ];
  }
  const hostPath = `${facts.storageRoot}/${options.storageName}`;
  const { exists, uid } = facts.storageDirectory;
  const directory = exists && uid === options.storageUid ? { name: "storage-directory", state: "ok", detail: `${hostPath} owned by uid ${options.storageUid}` } : {
    name: "storage-directory",
    state: "change",
    detail: exists ? `chown ${hostPath} to uid ${options.storageUid} (now ${uid ?? "unknown"})` : `create ${hostPath} owned by uid ${options.storageUid}`,
    apply: () => actions.ensureStorageDirectory(options.storageName, options.storageUid),
    fix: "Dokku 0.38.22 or later is needed for a numeric --storage-uid other than 1000, 2000, 32767 or 0"
  };
  const exact = facts.mounts.some((m) => m.hostPath === hostPath && m.containerPath === options.storageDir);
  const other = facts.mounts.find((m) => m.containerPath === options.storageDir);
  const mount = exact ? { name: "storage-mount", state: "ok", detail: `${hostPath} mounted at ${options.storageDir}` } : other ? {
    name: "storage-mount",
    state: "ok",
    detail: `${options.storageDir} is already mounted from ${other.hostPath}; left as it is`
  } : {
    name: "storage-mount",
    state: "change",
    detail: `mount ${hostPath} at ${options.storageDir}`,
    apply: () => actions.mountStorage(hostPath, options.storageDir),
    fix: `run dokku storage:list ${options.app} to see the app's mounts`
  };
  return [directory, mount];
}
function domainsStep(options, facts, actions) {
  const current = facts.domains.length > 0 ? facts.domains.join(" ") : "none";
  if (options.domains.length === 0) {
    return { name: "domains", state: "skip", detail: `no --domain given (current: ${current})` };
  }
  const missing = options.domains.filter((domain) => !facts.domains.includes(domain));
  if (missing.length === 0) return { name: "domains", state: "ok", detail: options.domains.join(" ") };
  return {
    name: "domains",
    state: "change",
    detail: `add ${missing.join(" ")}`,
    apply: () => actions.addDomains(missing),
    fix: `run dokku domains:report ${options.app} to see the app's domains`
  };
}
function portsStep(options, facts, actions) {
  if (options.port === void 0) {
    return {
      name: "ports",
      state: "skip",
      detail: `no --port given (current: ${facts.portMap.join(" ") || "Dokku's default"})`
    };
  }
  const managed = [`http:80:${options.port}`];
  if (options.letsencrypt && facts.letsencrypt.active) managed.push(`https:443:${options.port}`);
  const kept = facts.portMap.filter((entry) => !/^(http:80|https:443):/.test(entry));
  const wanted = [...kept, ...managed].sort();
  if (managed.every((entry) => facts.portMap.includes(entry))) {
    return { name: "ports", state: "ok", detail: managed.join(" ") };
  }
  return {
    name: "ports",
    state: "change",
    detail: `set ${managed.join(" ")}${facts.portMap.length > 0 ? ` (was ${facts.portMap.join(" ")})` : ""}`,
    apply: () => actions.setPorts(wanted),
    fix: `run dokku ports:report ${options.app} to see the app's port mappings`
  };
}
function scaleStep(options, facts, actions) {
  const changes = options.scale.filter(([type, count]) => (facts.scale[type] ?? 0) !== count);
  const wanted = options.scale.map(([type, count]) => `${type}=${count}`).join(" ");
  if (changes.length === 0) return { name: "scale", state: "ok", detail: wanted };
  return {
    name: "scale",
    state: "change",
    detail: `scale ${changes.map(([type, count]) => `${type}=${count} (was ${facts.scale[type] ?? 0})`).join(" ")}, applied at the next deploy`,
    apply: () => actions.scale(changes),
    fix: `run dokku ps:report ${options.app} --ps-can-scale: an app.json formation forbids manual scaling, and a type must be in the Procfile`
  };
}
function letsencryptSteps(options, facts, actions) {
  if (!options.letsencrypt) {
    return ["letsencrypt-email", "letsencrypt-cron", "letsencrypt-enable"].map((name) => ({
      name,
      state: "skip",
      detail: "--no-letsencrypt"
    }));
  }
  const { app } = options;
  const le = facts.letsencrypt;
  const steps = [];
  const asked = options.letsencryptEmail ?? (le.appEmail ? void 0 : options.letsencryptEmailDefault);
  let email = le.appEmail || le.globalEmail;
  if (asked === void 0 || asked === le.appEmail) {
    steps.push(
      email ? { name: "letsencrypt-email", state: "ok", detail: `${email}${le.appEmail ? "" : " (global)"}` } : {
        name: "letsencrypt-email",
        state: "skip",
        detail: `${PENDING}no email set; re-run with --letsencrypt-email you@example.com`
      }
    );
  } else {
    email = asked;
    const target = asked;
    steps.push({
      name: "letsencrypt-email",
      state: "change",
      detail: `set email to ${target}${le.appEmail ? ` (was ${le.appEmail})` : ""}`,
      apply: () => actions.setLetsencryptEmail(target),
      fix: `run dokku letsencrypt:report ${app} to see the current settings`
    });
  }
  steps.push(
    le.autorenew ? { name: "letsencrypt-cron", state: "ok", detail: "renewal cron job enabled" } : {
      name: "letsencrypt-cron",
      state: "change",
      detail: "add the renewal cron job",
      apply: () => actions.addLetsencryptCron(),
      fix: "run dokku letsencrypt:cron-job to see its status"
    }
  );
  const domains = [.../* @__PURE__ */ new Set([...facts.domains, ...options.domains])].filter((domain) => domain !== "_");
  const enableCommand = `dokku letsencrypt:enable ${app}`;
  let enable;
  if (le.active) {
    enable = { name: "letsencrypt-enable", state: "ok", detail: "TLS active" };
  } else if (domains.length === 0) {
    enable = {
      name: "letsencrypt-enable",
      state: "skip",
      detail: `${PENDING}no domain; re-run with --domain D, then after the first deploy run ${enableCommand}`
    };
  } else if (!email) {
    enable = {
      name: "letsencrypt-enable",
      state: "skip",
      detail: `${PENDING}no email; re-run with --letsencrypt-email E, then after the first deploy run ${enableCommand}`
    };
  } else if (!facts.deployed) {
    enable = {
      name: "letsencrypt-enable",
      state: "skip",
      detail: `${PENDING}after the first deploy run ${enableCommand}`
    };
  } else {
    enable = {
      name: "letsencrypt-enable",
      state: "change",
      detail: `enable TLS for ${domains.join(" ")}`,
      apply: () => actions.enableLetsencrypt(),
      fix: `the domains must resolve to this server and port 80 must be reachable; see /var/log/dokku/letsencrypt.log, then re-run or run ${enableCommand}`
    };
  }
  steps.push(enable);
  return steps;
}
function wantedImage(options) {
  if (options.postgresImage === void 0 && options.postgresImageVersion === void 0) return void 0;
  return { image: options.postgresImage, version: options.postgresImageVersion };
}
function describeWanted(wanted) {
  return `${wanted.image ?? "postgres"}${wanted.version ? `:${wanted.version}` : ""}`;
}
function splitImage(reference) {
  const slash = reference.lastIndexOf("/");
  const colon = reference.lastIndexOf(":");
  if (colon > slash) return { image: reference.slice(0, colon), version: reference.slice(colon + 1) };
  return { image: reference, version: "" };
}
function imageMatches(current, wanted) {
  const { image, version } = splitImage(current);
  return (wanted.image === void 0 || wanted.image === image) && (wanted.version === void 0 || wanted.version === version);
}
function summarizeSetup(options, reports, context) {
  const count = (status) => reports.filter((report) => report.status === status).length;
  const changed = count("changed");
  const planned = count("planned");
  const pending = reports.filter((report) => report.detail.startsWith(PENDING));
  const lines = [
    context.dryRun ? `Dry run: ${planned} step${planned === 1 ? "" : "s"} would change; nothing was changed` : `${changed} step${changed === 1 ? "" : "s"} changed, ${count("ok")} already in place${pending.length ? `, ${pending.length} pending` : ""}`
  ];
  for (const report of pending) lines.push(`Pending ${report.name}: ${report.detail.slice(PENDING.length)}`);
  if (!context.deployed) {
    lines.push(
      // Settings first, so the first deploy's release task already sees them; Dokku deploys
      // only its deploy branch, master unless `git:set <app> deploy-branch` says otherwise.
      "Next, from your project:",
      `  ssh dokku@${context.host} pegasus:env-import ${options.app} < .env`,
      `  git remote add dokku dokku@${context.host}:${options.app}`,
      "  git push dokku main:master"
    );
  } else {
    lines.push("Next, to update the app's settings:", `  ssh dokku@${context.host} pegasus:env-import ${options.app} < .env`);
  }
  return lines;
}

// src/dokku/scale.ts
async function getScale(dokku, app) {
  const { stdout } = await dokku.run(["ps:scale", "--format=json", app], { mutating: false });
  const parsed = JSON.parse(stdout.trim() || "[]");
  const scale = {};
  if (!Array.isArray(parsed)) return scale;
  for (const entry of parsed) {
    if (typeof entry?.process_type === "string" && typeof entry.quantity === "number") {
      scale[entry.process_type] = entry.quantity;
    }
  }
  return scale;
}
async function setScale(dokku, app, pairs) {
  await dokku.run(["ps:scale", "--skip-deploy", app, ...pairs.map(([type, count]) => `${type}=${count}`)], {
    mutating: true
  });
}

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

// src/dokku/storage.ts
async function listMounts(dokku, app) {
  const { stdout } = await dokku.run(["storage:list", app, "--format", "json"], { mutating: false });
  const parsed = JSON.parse(stdout.trim() || "[]");
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap(
    (entry) => typeof entry?.host_path === "string" && typeof entry?.container_path === "string" ? [{ hostPath: entry.host_path, containerPath: entry.container_path }] : []
  );
}
async function ensureStorageDirectory(dokku, name, uid) {
  await dokku.run(["storage:ensure-directory", "--chown", String(uid), name], { mutating: true });
}
async function mountStorage(dokku, app, hostPath, containerPath) {
  await dokku.run(["storage:mount", app, `${hostPath}:${containerPath}`], { mutating: true });
}

export {
  verifyPlugins,
  serviceName,
  SETUP_STEPS,
  planSetup,
  summarizeSetup,
  getScale,
  setScale,
  serviceExists,
  serviceImage,
  serviceLinked,
  createService,
  linkService,
  listMounts,
  ensureStorageDirectory,
  mountStorage
};
