import { describe, expect, it } from "vitest";
import { applyPlan } from "../../../src/core/plan.js";
import { parseSetupOptions, type SetupOptions } from "../../../src/core/setup-options.js";
import {
  planSetup,
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
    deployed: false,
    builderSelected: "",
    dockerfilePath: "",
    postgres: { exists: false, image: "", linked: false },
    redis: { exists: false, image: "", linked: false },
    storageRoot: "/var/lib/dokku/data/storage",
    storageDirectory: { exists: false },
    mounts: [],
    domains: [],
    portMap: [],
    scale: {},
    letsencrypt: { appEmail: "", globalEmail: "", autorenew: false, active: false },
  };
}

function convergedFacts(): SetupFacts {
  return {
    appExists: true,
    deployed: true,
    builderSelected: "dockerfile",
    dockerfilePath: "Dockerfile.web",
    postgres: { exists: true, image: "pgvector/pgvector:pg17", linked: true },
    redis: { exists: true, image: "", linked: true },
    postgresServiceProperty: "shop-db",
    storageRoot: "/var/lib/dokku/data/storage",
    storageDirectory: { exists: true, uid: 1000 },
    mounts: [{ hostPath: "/var/lib/dokku/data/storage/shop", containerPath: "/code/media" }],
    domains: ["shop.example.com"],
    portMap: ["http:80:8080", "https:443:8080"],
    scale: { web: 1, worker: 1, release: 0 },
    letsencrypt: { appEmail: "ops@example.com", globalEmail: "", autorenew: true, active: true },
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
    const facts = { ...convergedFacts(), postgres: { exists: true, image: "postgres:18.4", linked: true } };
    const step = planSetup(options(FULL), facts, recorder()).find((s) => s.name === "postgres-service")!;
    expect(step.state).toBe("ok");
    expect(step.detail).toContain("postgres:18.4, not pgvector/pgvector:pg17");
    expect(step.apply).toBeUndefined();
  });

  it("links a service that exists but is not linked, without creating it", () => {
    const facts = { ...convergedFacts(), redis: { exists: true, image: "", linked: false } };
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
      "15 steps changed, 2 already in place, 1 pending",
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
