import { describe, expect, it } from "vitest";
import { applyPlan } from "../../../src/core/plan.js";
import { parseSetupOptions, storageEntryNameFor, type SetupOptions } from "../../../src/core/setup-options.js";
import {
  planSetup,
  requiredPlugins,
  setupRefusals,
  SETUP_STEPS,
  splitImage,
  summarizeSetup,
  verifyPlugins,
  type SetupActions,
  type SetupFacts,
} from "../../../src/core/setup-plan.js";

function options(argv: Record<string, string | boolean | string[]> = {}, app = "shop"): SetupOptions {
  return parseSetupOptions({ positionals: [app], options: argv });
}

const FULL = {
  domain: ["shop.example.com"],
  "letsencrypt-email": "ops@example.com",
  "postgres-image": "pgvector/pgvector",
  "postgres-image-version": "pg17",
  port: "8080",
};

function freshFacts(): SetupFacts {
  return {
    appExists: false,
    storageEntries: false,
    storageModeFlag: false,
    scheduler: "docker-local",
    deployed: false,
    builderSelected: "",
    dockerfilePath: "",
    postgres: { exists: false, image: "", linked: false, otherLinks: [] },
    redis: { exists: false, image: "", linked: false, otherLinks: [] },
    storageRoot: "/var/lib/dokku/data/storage",
    storageDirectory: { exists: false },
    mounts: [],
    domains: [],
    portMap: [],
    scale: {},
    letsencrypt: { appEmail: "", globalEmail: "", autorenew: false, active: false },
    k3sLetsencrypt: { app: "", computed: "" },
  };
}

function convergedFacts(): SetupFacts {
  return {
    appExists: true,
    storageEntries: false,
    storageModeFlag: false,
    scheduler: "docker-local",
    deployed: true,
    builderSelected: "dockerfile",
    dockerfilePath: "Dockerfile.web",
    postgres: { exists: true, image: "pgvector/pgvector:pg17", linked: true, otherLinks: [], variableHost: "dokku-postgres-shop-db" },
    redis: { exists: true, image: "", linked: true, otherLinks: [], variableHost: "dokku-redis-shop-redis" },
    postgresServiceProperty: "shop-db",
    storageRoot: "/var/lib/dokku/data/storage",
    storageDirectory: { exists: true, uid: 1000 },
    mounts: [{ hostPath: "/var/lib/dokku/data/storage/shop", containerPath: "/code/media" }],
    domains: ["shop.example.com"],
    portMap: ["http:80:8080", "https:443:8080"],
    scale: { web: 1, worker: 1, release: 0 },
    letsencrypt: { appEmail: "ops@example.com", globalEmail: "", autorenew: true, active: true },
    k3sLetsencrypt: { app: "", computed: "" },
  };
}

/** Actions that record what they were asked to do, in order. */
function recorder(): SetupActions & { calls: string[] } {
  const calls: string[] = [];
  const note =
    (name: string) =>
    async (...args: unknown[]) => {
      calls.push([name, ...args.filter((arg) => arg !== undefined).map((arg) => JSON.stringify(arg))].join(" "));
    };
  return {
    calls,
    createApp: note("createApp"),
    selectDockerfileBuilder: note("selectDockerfileBuilder"),
    setDockerfilePath: note("setDockerfilePath"),
    createService: note("createService"),
    linkService: note("linkService"),
    recordPostgresService: note("recordPostgresService"),
    ensureStorageDirectory: note("ensureStorageDirectory"),
    mountStorage: note("mountStorage"),
    createStorageEntry: note("createStorageEntry"),
    mountStorageEntry: note("mountStorageEntry"),
    waitForStorageEntry: note("waitForStorageEntry"),
    setK3sLetsencryptEmail: note("setK3sLetsencryptEmail"),
    addDomains: note("addDomains"),
    setPorts: note("setPorts"),
    scale: note("scale"),
    setLetsencryptEmail: note("setLetsencryptEmail"),
    addLetsencryptCron: note("addLetsencryptCron"),
    enableLetsencrypt: note("enableLetsencrypt"),
  };
}

const states = (steps: { name: string; state: string }[]) => Object.fromEntries(steps.map((s) => [s.name, s.state]));

describe("planSetup", () => {
  it("lists every step, in the documented order", () => {
    const steps = planSetup(options(FULL), freshFacts(), recorder());
    expect(steps.map((step) => step.name)).toEqual([...SETUP_STEPS]);
  });

  it("changes everything on a fresh server, links before any other restart-worthy change", async () => {
    const actions = recorder();
    const steps = planSetup(options(FULL), freshFacts(), actions);
    expect(states(steps)).toEqual({
      preflight: "ok",
      app: "change",
      builder: "change",
      "dockerfile-path": "change",
      "postgres-service": "change",
      "redis-service": "change",
      "postgres-link": "change",
      "redis-link": "change",
      "backup-service": "change",
      "storage-directory": "change",
      "storage-mount": "change",
      "storage-wait": "ok",
      domains: "change",
      ports: "change",
      scale: "change",
      "letsencrypt-email": "change",
      "letsencrypt-cron": "change",
      "letsencrypt-enable": "skip",
      restart: "ok",
    });
    const result = await applyPlan(steps, { dryRun: false });
    expect(result.changed).toBe(15);
    expect(actions.calls).toEqual([
      "createApp",
      "selectDockerfileBuilder",
      'setDockerfilePath "Dockerfile.web"',
      'createService "postgres" "shop-db" "pgvector/pgvector" "pg17"',
      'createService "redis" "shop-redis"',
      'linkService "postgres" "shop-db"',
      'linkService "redis" "shop-redis"',
      'recordPostgresService "shop-db"',
      'ensureStorageDirectory "shop" 1000',
      'mountStorage "/var/lib/dokku/data/storage/shop" "/code/media"',
      'addDomains ["shop.example.com"]',
      'setPorts ["http:80:8080"]',
      'scale [["worker",1]]',
      'setLetsencryptEmail "ops@example.com"',
      "addLetsencryptCron",
    ]);
    const enable = result.steps.find((step) => step.name === "letsencrypt-enable");
    expect(enable).toEqual({
      name: "letsencrypt-enable",
      status: "skipped",
      detail: "pending: after the first deploy run dokku letsencrypt:enable shop",
    });
  });

  it("changes nothing on a converged app", async () => {
    const actions = recorder();
    const steps = planSetup(options(FULL), convergedFacts(), actions);
    expect(steps.filter((step) => step.state !== "ok")).toEqual([]);
    const result = await applyPlan(steps, { dryRun: false });
    expect(result.changed).toBe(0);
    expect(actions.calls).toEqual([]);
  });

  it("dry-run reports exactly the steps a real run changes and runs none", async () => {
    const facts = { ...convergedFacts(), domains: [], scale: { web: 1, worker: 0 } };
    const actions = recorder();
    const dry = await applyPlan(planSetup(options(FULL), facts, actions), { dryRun: true });
    expect(actions.calls).toEqual([]);
    const real = await applyPlan(planSetup(options(FULL), facts, actions), { dryRun: false });
    const names = (status: string, report: typeof dry) =>
      report.steps.filter((step) => step.status === status).map((step) => step.name);
    expect(names("planned", dry)).toEqual(["domains", "scale"]);
    expect(names("changed", real)).toEqual(names("planned", dry));
  });

  it("enables TLS only for a deployed app with a domain and an email", () => {
    const base = { ...convergedFacts(), letsencrypt: { appEmail: "", globalEmail: "g@example.com", autorenew: true, active: false } };
    const plan = (facts: SetupFacts, argv = {}) =>
      planSetup(options(argv), facts, recorder()).find((step) => step.name === "letsencrypt-enable")!;
    expect(plan(base).state).toBe("change");
    expect(plan({ ...base, deployed: false }).detail).toBe("pending: after the first deploy run dokku letsencrypt:enable shop");
    expect(plan({ ...base, domains: [] }).detail).toMatch(/^pending: no domain; re-run with --domain/);
    expect(plan({ ...base, domains: ["_"] }).state).toBe("skip");
    expect(plan({ ...base, domains: [] }, { domain: ["new.example.com"] }).state).toBe("change");
    const noEmail = { ...base, letsencrypt: { ...base.letsencrypt, globalEmail: "" } };
    expect(plan(noEmail).detail).toMatch(/^pending: no email/);
    expect(plan(noEmail, { "letsencrypt-email": "a@example.com" }).state).toBe("change");
  });

  it("uses the global email without setting one on the app", () => {
    const facts = { ...freshFacts(), letsencrypt: { appEmail: "", globalEmail: "g@example.com", autorenew: true, active: false } };
    const email = planSetup(options(), facts, recorder()).find((step) => step.name === "letsencrypt-email")!;
    expect(email).toMatchObject({ state: "ok", detail: "g@example.com (global)" });
  });

  it("gives the app the pegasus letsencrypt-email default only when it has no email of its own", () => {
    const email = (facts: SetupFacts, opts: SetupOptions) =>
      planSetup(opts, facts, recorder()).find((step) => step.name === "letsencrypt-email")!;
    const withDefault = { ...options(), letsencryptEmailDefault: "team@example.com" };
    expect(email(freshFacts(), withDefault)).toMatchObject({ state: "change", detail: "set email to team@example.com" });
    expect(email(convergedFacts(), withDefault)).toMatchObject({ state: "ok", detail: "ops@example.com" });
    const flagWins = { ...withDefault, letsencryptEmail: "flag@example.com" };
    expect(email(convergedFacts(), flagWins).detail).toBe("set email to flag@example.com (was ops@example.com)");
  });

  it("reports, never recreates, a service running another image", () => {
    const facts = { ...convergedFacts(), postgres: { ...convergedFacts().postgres, image: "postgres:18.4" } };
    const step = planSetup(options(FULL), facts, recorder()).find((s) => s.name === "postgres-service")!;
    expect(step.state).toBe("ok");
    expect(step.detail).toContain("postgres:18.4, not pgvector/pgvector:pg17");
    expect(step.apply).toBeUndefined();
  });

  it("links a service that exists but is not linked, without creating it", () => {
    const facts = { ...convergedFacts(), redis: { exists: true, image: "", linked: false, otherLinks: [] } };
    const steps = planSetup(options(FULL), facts, recorder());
    expect(states(steps)["redis-service"]).toBe("ok");
    expect(states(steps)["redis-link"]).toBe("change");
    expect(steps.find((s) => s.name === "redis-link")!.detail).toContain("Dokku restarts the app");
  });

  it("leaves a postgres-service property set by the user", () => {
    const facts = { ...convergedFacts(), postgresServiceProperty: "legacy-db" };
    const step = planSetup(options(FULL), facts, recorder()).find((s) => s.name === "backup-service")!;
    expect(step).toMatchObject({ state: "ok" });
    expect(step.detail).toContain("legacy-db");
  });

  it("chowns a directory with the wrong owner and leaves a mount from elsewhere alone", () => {
    const facts = {
      ...convergedFacts(),
      storageDirectory: { exists: true, uid: 32767 },
      mounts: [{ hostPath: "/srv/media", containerPath: "/code/media" }],
    };
    const steps = planSetup(options(FULL), facts, recorder());
    expect(steps.find((s) => s.name === "storage-directory")!.detail).toContain("now 32767");
    expect(steps.find((s) => s.name === "storage-mount")).toMatchObject({ state: "ok" });
  });

  it("keeps port mappings it does not manage and adds https:443 only once TLS is active", async () => {
    const actions = recorder();
    const facts = { ...convergedFacts(), portMap: ["http:80:5000", "https:443:5000", "http:8443:9000"] };
    await applyPlan(planSetup(options(FULL), facts, actions), { dryRun: false });
    expect(actions.calls).toEqual(['setPorts ["http:80:8080","http:8443:9000","https:443:8080"]']);
    const inactive = { ...facts, letsencrypt: { ...facts.letsencrypt, active: false }, portMap: ["http:80:5000"] };
    const steps = planSetup(options({ ...FULL, "no-letsencrypt": true }), inactive, recorder());
    expect(steps.find((s) => s.name === "ports")!.detail).toBe("set http:80:8080 (was http:80:5000)");
  });

  it("scales only the types whose count differs", async () => {
    const actions = recorder();
    const facts = { ...convergedFacts(), scale: { web: 1, worker: 0, beat: 1 } };
    await applyPlan(planSetup(options({ ...FULL, scale: ["web=1", "worker=2", "beat=1"] }), facts, actions), {
      dryRun: false,
    });
    expect(actions.calls).toEqual(['scale [["worker",2]]']);
  });

  it("reads a process type named after an Object.prototype member as not scaled yet", () => {
    const facts = { ...convergedFacts(), scale: { web: 1 } };
    const step = planSetup(options({ ...FULL, scale: ["constructor=1"] }), facts, recorder()).find((s) => s.name === "scale")!;
    expect(step.detail).toBe("scale constructor=1 (was 0), applied at the next deploy");
  });

  it("says a deployed app needs a restart for a new mount or scale", () => {
    const facts = { ...convergedFacts(), mounts: [], scale: { web: 1 } };
    const restart = planSetup(options(FULL), facts, recorder()).find((s) => s.name === "restart")!;
    expect(restart).toMatchObject({
      state: "skip",
      detail: "pending: run dokku ps:restart shop so the new mount and scale take effect",
    });
  });

  it("skips what --no-* turns off", () => {
    const steps = planSetup(
      options({ "no-postgres": true, "no-redis": true, "no-storage": true, "no-letsencrypt": true }),
      freshFacts(),
      recorder(),
    );
    for (const name of [
      "postgres-service",
      "redis-service",
      "postgres-link",
      "redis-link",
      "backup-service",
      "storage-directory",
      "storage-mount",
      "letsencrypt-email",
      "letsencrypt-cron",
      "letsencrypt-enable",
    ]) {
      expect(states(steps)[name]).toBe("skip");
    }
  });

  it("stops at a failing step and reports it with its fix", async () => {
    const actions = recorder();
    actions.linkService = async () => {
      throw new Error("dokku postgres:link failed (exit 1): boom");
    };
    const result = await applyPlan(planSetup(options(FULL), freshFacts(), actions), { dryRun: false });
    expect(result.failure?.step).toBe("postgres-link");
    expect(result.failure?.fix).toContain("postgres:info shop-db");
    expect(result.steps.at(-1)).toEqual({
      name: "postgres-link",
      status: "failed",
      detail: "dokku postgres:link failed (exit 1): boom",
    });
    expect(actions.calls).not.toContain('linkService "redis" "shop-redis"');
  });
});

describe("verifyPlugins", () => {
  it("names the plugin:install command of every missing plugin and changes nothing", () => {
    expect(() => verifyPlugins(options(), (plugin) => plugin === "postgres")).toThrow(
      /redis, letsencrypt plugins are not installed[\s\S]*sudo dokku plugin:install https:\/\/github.com\/dokku\/dokku-redis.git redis[\s\S]*dokku-letsencrypt.git letsencrypt/,
    );
  });

  it("needs no plugin that a --no-* flag turns off", () => {
    expect(() => verifyPlugins(options({ "no-letsencrypt": true, "no-redis": true }), (p) => p === "postgres")).not.toThrow();
  });
});

describe("summarizeSetup", () => {
  it("names the pending work and the next commands", async () => {
    const result = await applyPlan(planSetup(options(FULL), freshFacts(), recorder()), { dryRun: false });
    const lines = summarizeSetup(options(FULL), result.steps, { dryRun: false, deployed: false, host: "dokku.example.com" });
    expect(lines).toEqual([
      "15 steps changed, 3 already in place, 1 pending",
      "Pending letsencrypt-enable: after the first deploy run dokku letsencrypt:enable shop",
      "Next, from your project:",
      "  ssh dokku@dokku.example.com pegasus:env-import shop < .env",
      "  git remote add dokku dokku@dokku.example.com:shop",
      "  git push dokku main:master",
    ]);
  });
});

describe("splitImage", () => {
  it.each([
    ["postgres:18.4", "postgres", "18.4"],
    ["pgvector/pgvector:pg17", "pgvector/pgvector", "pg17"],
    ["registry:5000/team/pg:16", "registry:5000/team/pg", "16"],
    ["registry:5000/team/pg", "registry:5000/team/pg", ""],
  ])("%s", (reference, image, version) => {
    expect(splitImage(reference)).toEqual({ image, version });
  });
});

/** Dokku 0.38+ on docker-local, nothing made yet. */
function entryFacts(): SetupFacts {
  return { ...freshFacts(), storageEntries: true, storageModeFlag: true };
}

const stepOf = (steps: { name: string }[], name: string) => steps.find((step) => step.name === name) as unknown as { state: string; detail: string };

describe("service names (issue 11, item 4)", () => {
  it("derives valid names for an app with a dot, shows them in the plan and creates them", async () => {
    const opts = options({}, "my.shop");
    expect([opts.postgresService, opts.redisService]).toEqual(["my-shop-db", "my-shop-redis"]);
    const actions = recorder();
    const steps = planSetup(opts, freshFacts(), actions);
    expect(stepOf(steps, "postgres-service").detail).toBe("create postgres service my-shop-db");
    expect(stepOf(steps, "redis-link").detail).toContain("link my-shop-redis to my.shop");
    await applyPlan(steps, { dryRun: false });
    expect(actions.calls).toContain('createService "postgres" "my-shop-db"');
    expect(actions.calls).toContain('recordPostgresService "my-shop-db"');
  });

  it("takes --postgres-service / --redis-service, validated as dokku-postgres does", () => {
    const opts = options({ "postgres-service": "shared_db", "redis-service": "cache-1" }, "my.shop");
    expect([opts.postgresService, opts.redisService, opts.postgresServiceGiven]).toEqual(["shared_db", "cache-1", true]);
    expect(() => options({ "postgres-service": "my.db" })).toThrow(/--postgres-service "my.db" is not a service name/);
    expect(() => options({ "redis-service": "" })).toThrow(/--redis-service "" is not a service name/);
    // dokku-postgres would take it, but in a `dokku postgres:*` argv it reads as a flag.
    expect(() => options({ "postgres-service": "-xdb" })).toThrow(/--postgres-service "-xdb" is not a service name: use letters, digits, _ and - \(not first\)/);
  });

  it("records an explicitly named service for backups even when another was recorded", () => {
    const facts = { ...convergedFacts(), postgresServiceProperty: "shop-db" };
    const step = stepOf(planSetup(options({ ...FULL, "postgres-service": "shop-db2" }), facts, recorder()), "backup-service");
    expect(step).toMatchObject({ state: "change", detail: "record shop-db2 as the service pegasus backs up (was shop-db)" });
  });

  it("refuses to link a derived name that already serves another app, unless named", () => {
    const facts = { ...freshFacts(), appExists: true, postgres: { exists: true, image: "", linked: false, otherLinks: ["my-shop"] } };
    const [reason] = setupRefusals(options({}, "my.shop"), facts);
    expect(reason).toContain("my-shop-db already exists and is linked to my-shop, not to my.shop");
    expect(reason).toContain("--postgres-service my-shop-db to share it knowingly");
    expect(setupRefusals(options({ "postgres-service": "my-shop-db" }, "my.shop"), facts)).toEqual([]);
  });
});

describe("links that do not take effect (issue 11, item 13)", () => {
  const exists = { ...freshFacts(), appExists: true };
  it("refuses when DATABASE_URL belongs to another service, naming both fixes", () => {
    const facts = {
      ...exists,
      postgres: { exists: true, image: "", linked: false, otherLinks: [], variableHost: "dokku-postgres-a1-db", variableService: "a1-db" },
    };
    const [reason] = setupRefusals(options({}, "a3"), facts);
    expect(reason).toContain("DATABASE_URL of a3 belongs to the Postgres service a1-db, not a3-db");
    expect(reason).toContain("dokku postgres:unlink a1-db a3");
    expect(reason).toContain("--postgres-service a1-db");
    // Adopting it: DATABASE_URL is that service's, so the link is in place.
    const adopted = { ...facts, postgres: { ...facts.postgres, linked: true } };
    expect(setupRefusals(options({ "postgres-service": "a1-db" }, "a3"), adopted)).toEqual([]);
    expect(stepOf(planSetup(options({ "postgres-service": "a1-db" }, "a3"), adopted, recorder()), "postgres-link").state).toBe("ok");
  });

  it("refuses a service linked only under a colour alias, and an external REDIS_URL", () => {
    const facts = {
      ...exists,
      postgres: { exists: true, image: "", linked: true, otherLinks: [] },
      redis: { exists: true, image: "", linked: false, otherLinks: [], variableHost: "redis.example.com" },
    };
    const reasons = setupRefusals(options({}, "a3"), facts);
    expect(reasons[0]).toContain("a3-db is linked to a3 only under an alias: DATABASE_URL is not set");
    expect(reasons[1]).toContain("REDIS_URL of a3 is set and is not a dokku-redis link");
    expect(reasons[1]).toContain("--no-redis");
    // The link step never reports ok for a link whose URL the app does not read.
    expect(stepOf(planSetup(options({}, "a3"), facts, recorder()), "postgres-link").state).toBe("change");
  });
});

describe("storage on Dokku 0.38+ (issue 13)", () => {
  it("creates one entry named after the app and mounts it by name", async () => {
    const actions = recorder();
    const steps = planSetup(options(), entryFacts(), actions);
    expect(stepOf(steps, "storage-directory").detail).toBe("create storage entry shop: /var/lib/dokku/data/storage/shop owned by uid 1000");
    expect(stepOf(steps, "storage-mount").detail).toBe("mount entry shop at /code/media");
    expect(stepOf(steps, "storage-wait").state).toBe("ok");
    await applyPlan(steps, { dryRun: false });
    expect(actions.calls).toContain('createStorageEntry "shop" {"chown":1000}');
    expect(actions.calls).toContain('mountStorageEntry "shop" "/code/media"');
    expect(actions.calls.join(" ")).not.toMatch(/ensureStorageDirectory|mountStorage /);
  });

  it("derives a DNS-1123 entry name of at most 45 characters and says so", () => {
    expect(storageEntryNameFor("my.shop")).toBe("my-shop");
    expect(storageEntryNameFor("legacy-app")).toBe("app-legacy-app");
    const long = storageEntryNameFor(`${"a".repeat(50)}.shop`);
    expect(long).toMatch(/^a{36}-[0-9a-f]{8}$/);
    expect(storageEntryNameFor(`${"a".repeat(50)}.shop2`)).not.toBe(long);
    const detail = stepOf(planSetup(options({}, "my.shop"), entryFacts(), recorder()), "storage-directory").detail;
    expect(detail).toContain("create storage entry my-shop: /var/lib/dokku/data/storage/my-shop");
    expect(detail).toContain("entry name derived from my.shop");
  });

  it("leaves a converged entry alone and re-applies a wrong owner or mode with storage:create", () => {
    const entry = { scheduler: "docker-local", hostPath: "/var/lib/dokku/data/storage/shop", size: "", accessMode: "", storageClass: "", chown: "1000", mode: "" };
    const converged = {
      ...entryFacts(),
      appExists: true,
      storageEntry: entry,
      storageDirectory: { exists: true, uid: 1000 },
      mounts: [{ hostPath: entry.hostPath, containerPath: "/code/media", entryName: "shop" }],
    };
    const steps = planSetup(options(), converged, recorder());
    expect([stepOf(steps, "storage-directory").state, stepOf(steps, "storage-mount").state]).toEqual(["ok", "ok"]);
    const wrong = planSetup(options({ "storage-mode": "750" }), { ...converged, storageDirectory: { exists: true, uid: 0 } }, recorder());
    expect(stepOf(wrong, "storage-directory")).toMatchObject({ state: "change", detail: expect.stringContaining("re-apply entry shop") });
  });

  it("reports an app set up before 0.38 (its migrated legacy entry) as in place, with no second mount", () => {
    const facts = {
      ...entryFacts(),
      appExists: true,
      storageDirectory: { exists: true, uid: 1000 },
      mounts: [{ hostPath: "/var/lib/dokku/data/storage/shop", containerPath: "/code/media", entryName: "legacy-f3bd3a2998" }],
    };
    const actions = recorder();
    const steps = planSetup(options(), facts, actions);
    expect(stepOf(steps, "storage-directory")).toMatchObject({ state: "ok", detail: expect.stringContaining("legacy entry legacy-f3bd3a2998") });
    expect(stepOf(steps, "storage-mount")).toMatchObject({ state: "ok", detail: "legacy entry legacy-f3bd3a2998 mounted at /code/media" });
  });

  it("refuses --storage-mode before Dokku 0.38.27", () => {
    expect(setupRefusals(options({ "storage-mode": "0750" }), { ...entryFacts(), storageModeFlag: false })[0]).toContain("needs Dokku 0.38.27");
    expect(() => options({ "storage-mode": "999" })).toThrow(/3 or 4 digit octal/);
  });
});

describe("apps on the k3s scheduler (issue 13)", () => {
  const k3s = (): SetupFacts => ({ ...entryFacts(), scheduler: "k3s" });

  it("refuses dokku-postgres/redis before any change, unless they are left out or named", () => {
    const [reason] = setupRefusals(options(), k3s());
    expect(reason).toContain("pods on other k3s nodes cannot reach");
    expect(reason).toContain("--no-postgres --no-redis");
    expect(setupRefusals(options({ "no-postgres": true, "no-redis": true }), k3s())).toEqual([]);
    const named = { ...k3s(), postgres: { ...k3s().postgres, exists: true }, redis: { ...k3s().redis, exists: true } };
    expect(setupRefusals(options({ "postgres-service": "shop-db", "redis-service": "shop-redis" }), named)).toEqual([]);
    expect(setupRefusals(options({ "postgres-service": "shop-db", "no-redis": true }), k3s())[0]).toContain("shop-db does not exist");
    expect(setupRefusals(options({ "postgres-service": "shop-db" }), k3s())[0]).toContain("--redis-service NAME");
  });

  it("makes a claim, mounts and waits for it, and uses the scheduler's Let's Encrypt", async () => {
    const opts = options({ "no-postgres": true, "no-redis": true, "storage-class": "longhorn", "letsencrypt-email": "ops@example.com" });
    expect(requiredPlugins(opts, "k3s")).toEqual([]);
    const actions = recorder();
    const steps = planSetup(opts, k3s(), actions);
    expect(stepOf(steps, "storage-directory").detail).toContain("uid 1000 for Pegasus) must be able to write the volume");
    expect(stepOf(steps, "letsencrypt-cron").state).toBe("skip");
    await applyPlan(steps, { dryRun: false });
    expect(actions.calls).toContain('createStorageEntry "shop" {"k3s":{"size":"1Gi","accessMode":"ReadWriteOnce","storageClass":"longhorn"}}');
    expect(actions.calls).toContain('mountStorageEntry "shop" "/code/media"');
    expect(actions.calls).toContain('waitForStorageEntry "shop"');
    expect(actions.calls).toContain('setK3sLetsencryptEmail "ops@example.com"');
    expect(actions.calls.join(" ")).not.toMatch(/setLetsencryptEmail|addLetsencryptCron|enableLetsencrypt/);
  });

  it("refuses k3s storage on a Dokku without storage entries", () => {
    const old = { ...k3s(), storageEntries: false, storageModeFlag: false };
    expect(setupRefusals(options({ "no-postgres": true, "no-redis": true }), old)[0]).toContain("Upgrade Dokku, or pass --no-storage");
    expect(setupRefusals(options({ "no-postgres": true, "no-redis": true, "no-storage": true }), old)).toEqual([]);
  });

  it("makes no change on a converged k3s app", () => {
    const entry = { scheduler: "k3s", hostPath: "", size: "1Gi", accessMode: "ReadWriteOnce", storageClass: "", chown: "", mode: "" };
    const facts = {
      ...k3s(),
      appExists: true,
      builderSelected: "dockerfile",
      dockerfilePath: "Dockerfile.web",
      scale: { worker: 1 },
      storageEntry: entry,
      mounts: [{ hostPath: "shop", containerPath: "/code/media", entryName: "shop" }],
      k3sLetsencrypt: { app: "ops@example.com", computed: "ops@example.com" },
    };
    const steps = planSetup(options({ "no-postgres": true, "no-redis": true, "letsencrypt-email": "ops@example.com" }), facts, recorder());
    expect(steps.filter((step) => step.state === "change").map((step) => step.name)).toEqual([]);
  });
});

describe("ports (issue 11, item 11)", () => {
  it("shows the explicit mapping in place when --port is not given", () => {
    const facts = { ...convergedFacts(), portMap: ["http:80:8080"] };
    expect(stepOf(planSetup(options(), facts, recorder()), "ports").detail).toBe("no --port given (current: http:80:8080)");
  });
});
