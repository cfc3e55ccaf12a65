import { describe, expect, it } from "vitest";
import {
  buildReportFields,
  deployGateState,
  formatScale,
  renderReport,
  renderReportJson,
  renderReportTable,
  reportLabel,
  tlsState,
  type ReportFacts,
} from "../../../src/core/report.js";

const facts = (overrides: Partial<ReportFacts> = {}): ReportFacts => ({
  app: "shop",
  properties: { app: {}, global: {} },
  postgres: { installed: true, service: "shop-db", linked: true },
  redis: { installed: true, service: "shop-redis", linked: false },
  mounts: [{ hostPath: "/var/lib/dokku/data/storage/shop", containerPath: "/code/media", owner: 1000 }],
  domains: ["shop.example.com", "www.shop.example.com"],
  scale: { worker: 1, web: 2, release: 0 },
  deployed: true,
  letsencryptActive: true,
  configKeyCount: 41,
  backup: { "backup-schedule": "0 3 * * *", "backup-count": "2", "backup-latest": "20261126T070102Z-abc1234 (deploy, commit abc1234)", "backup-last-scheduled": "" },
  latestBackup: { id: "20261126T070102Z-abc1234", created_at: "2026-11-26T07:01:02Z", git_rev: "abc1234def", verified: true },
  lastRelease: { rev: "abc1234def", deployed_at: "2026-11-26T07:05:00Z" },
  ...overrides,
});

describe("report fields", () => {
  it("reports each setting as app, global and computed values", () => {
    const fields = buildReportFields(
      facts({ properties: { app: { "backup-keep": "3" }, global: { "backup-keep": "5", "backup-on-deploy": "false" } } }),
    );
    expect(fields).toMatchObject({
      "backup-keep": "3",
      "global-backup-keep": "5",
      "computed-backup-keep": "3",
      "backup-on-deploy": "",
      "global-backup-on-deploy": "false",
      "computed-backup-on-deploy": "false",
      "computed-letsencrypt-email": "",
      "postgres-service": "",
      "computed-postgres-service": "shop-db",
      "deploy-gate": "off",
    });
    expect(fields).not.toHaveProperty("global-postgres-service");
  });

  it("reports the stack in one view", () => {
    expect(buildReportFields(facts())).toMatchObject({
      "postgres-linked": "true",
      "redis-linked": "false",
      "redis-service": "shop-redis",
      "storage-mounts": "/var/lib/dokku/data/storage/shop:/code/media",
      "storage-owner": "1000",
      domains: "shop.example.com www.shop.example.com",
      scale: "web=2 worker=1",
      deployed: "true",
      tls: "active",
      "config-keys": "41",
      "backup-schedule": "0 3 * * *",
      "backup-count": "2",
      "backup-latest-at": "2026-11-26T07:01:02Z",
      "backup-latest-commit": "abc1234def",
      "backup-latest-verified": "true",
      "deploy-gate": "on",
      "deploy-last-rev": "abc1234def",
      "deploy-last-at": "2026-11-26T07:05:00Z",
    });
  });

  it("says what is missing instead of failing", () => {
    const fields = buildReportFields(
      facts({
        postgres: { installed: false, service: "shop-db", linked: false },
        letsencryptActive: undefined,
        mounts: [],
        latestBackup: undefined,
        lastRelease: undefined,
        backup: {},
      }),
    );
    expect(fields["postgres-linked"]).toBe("plugin not installed");
    expect(fields.tls).toBe("letsencrypt not installed");
    expect(fields["backup-count"]).toBe("0");
    expect(fields["backup-latest-verified"]).toBe("");
    expect(fields["storage-mounts"]).toBe("");
  });

  it.each([
    [["true", ""], "on"],
    [["true", "true"], "skip next"],
    [["false", "true"], "off"],
  ])("deploy gate %j is %s", ([onDeploy, skip], state) => {
    expect(deployGateState(onDeploy!, skip!)).toBe(state);
  });

  it("reports TLS as pending before the first deploy, not failed", () => {
    expect(tlsState(false, false)).toBe("pending (not deployed)");
    expect(tlsState(false, true)).toBe("inactive");
  });

  it("renders scale sorted, without the release task", () => {
    expect(formatScale({ worker: 1, web: 1, release: 0 })).toBe("web=1 worker=1");
    expect(formatScale({})).toBe("");
  });
});

describe("report rendering (Dokku's ReportSingleApp)", () => {
  it("labels flags as Go core does", () => {
    expect(reportLabel("--pegasus-computed-backup-keep")).toBe("Pegasus computed backup keep");
  });

  it("sorts by flag and pads labels to max(31, longest flag)", () => {
    const rows = renderReportTable({ b: "2", "a-long-key-name-for-width-test": "1", c: "" });
    expect(rows).toEqual([
      `       ${"Pegasus a long key name for width test:".padEnd(40)}1`,
      `       ${"Pegasus b:".padEnd(40)}2`,
      // An empty value keeps the padding, as Dokku's does.
      `       ${"Pegasus c:".padEnd(40)}`,
    ]);
    expect(renderReportTable({ x: "1" })).toEqual([`       ${"Pegasus x:".padEnd(31)}1`]);
  });

  it("prints JSON as one compact line, keys sorted and bare, <>& escaped", () => {
    expect(renderReportJson({ b: "x<y", a: "1&2" })).toBe('{"a":"1\\u00262","b":"x\\u003cy"}');
    const output = renderReport("shop", buildReportFields(facts()), { format: "json", infoFlags: [] });
    expect(output.kind).toBe("json");
    const line = output.kind === "json" ? output.line : "";
    expect(line).not.toContain("\n");
    const parsed = JSON.parse(line) as Record<string, string>;
    expect(Object.keys(parsed)).toEqual(Object.keys(parsed).sort());
    expect(Object.keys(parsed).some((key) => key.startsWith("pegasus-"))).toBe(false);
  });

  it("prints the header and rows as a table", () => {
    const output = renderReport("shop", { deployed: "true" }, { format: "stdout", infoFlags: [] });
    expect(output).toEqual({ kind: "table", header: "shop pegasus information", rows: [`       ${"Pegasus deployed:".padEnd(31)}true`] });
  });

  it("prints only the raw value for a single info flag", () => {
    expect(renderReport("shop", { scale: "web=1 worker=1", tls: "" }, { format: "stdout", infoFlags: ["--pegasus-scale"] })).toEqual({
      kind: "value",
      value: "web=1 worker=1",
    });
    expect(renderReport("shop", { tls: "" }, { format: "stdout", infoFlags: ["--pegasus-tls"] })).toEqual({ kind: "value", value: "" });
  });

  it("refuses an invalid flag with the sorted list of valid ones", () => {
    expect(() => renderReport("shop", { b: "", a: "" }, { format: "stdout", infoFlags: ["--pegasus-zzz"] })).toThrow(
      /^Invalid flag passed, valid flags: --pegasus-a, --pegasus-b$/,
    );
  });

  it("refuses an info flag named after an Object.prototype member like any unknown one", () => {
    for (const key of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      expect(() => renderReport("shop", { a: "" }, { format: "stdout", infoFlags: [`--pegasus-${key}`] })).toThrow(
        /^Invalid flag passed, valid flags: --pegasus-a$/,
      );
    }
  });

  it("refuses an info flag with --format json", () => {
    expect(() => renderReport("shop", { a: "" }, { format: "json", infoFlags: ["--pegasus-a"] })).toThrow(
      "--format flag cannot be specified when specifying an info flag",
    );
  });

  it("prints nothing for two info flags, as Dokku does", () => {
    expect(renderReport("shop", { a: "", b: "" }, { format: "stdout", infoFlags: ["--pegasus-a", "--pegasus-b"] })).toEqual({ kind: "nothing" });
  });
});
