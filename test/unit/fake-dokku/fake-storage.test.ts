// The fake's storage entries, scheduler and version switch against Dokku's source (plugins/storage
// commands_entries.go, entry.go, attachment.go, migrate.go; plugins/scheduler; scheduler-k3s's
// properties) and dokku-postgres's colour alias (common-functions service_link).
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSandbox, type Sandbox } from "../../support/sandbox.js";

let sb: Sandbox;
beforeEach(() => {
  sb = createSandbox();
});
afterEach(() => sb.cleanup());

const ok = (r: { exitCode: number; stdout: string; stderr: string }) => {
  expect(r.exitCode, r.stderr + r.stdout).toBe(0);
  return r;
};

describe("named storage entries (Dokku 0.38)", () => {
  it("creates, shows (text and JSON as MarshalIndent prints them), lists and mounts an entry", () => {
    ok(sb.dokku(["apps:create", "shop"]));
    const dir = `${sb.libRoot}/data/storage/shop`;
    const created = ok(sb.dokku(["storage:create", "shop", "--chown", "1000"]));
    expect(created.stdout).toBe(`       Created ${dir}\n       Setting directory ownership to 1000:1000\n-----> Storage entry shop created\n`);
    expect(sb.dokku(["storage:info", "shop", "--format", "json"]).stdout).toBe(
      `{\n  "name": "shop",\n  "scheduler": "docker-local",\n  "host_path": "${dir}",\n  "chown": "1000",\n  "schema_version": 1\n}\n`,
    );
    expect(sb.dokku(["storage:info", "shop"]).stdout).toBe(
      `-----> Storage entry shop\n       Scheduler:        docker-local\n       Host path:        ${dir}\n       Chown:            1000\n`,
    );
    expect(ok(sb.dokku(["storage:create", "shop", "--chown", "1000"])).stdout).toContain("-----> Storage entry shop already exists, leaving in place\n");
    expect(JSON.parse(sb.dokku(["storage:list-entries", "--format", "json"]).stdout)).toHaveLength(1);

    expect(ok(sb.dokku(["storage:mount", "shop", "shop", "--container-dir", "/code/media"])).stdout).toBe("-----> Storage entry shop mounted at /code/media on shop\n");
    expect(ok(sb.dokku(["storage:mount", "shop", "shop", "--container-dir", "/code/media"])).stdout).toBe("-----> Storage entry shop mount at /code/media on shop updated\n");
    expect(sb.dokku(["storage:list", "shop", "--format", "json"]).stdout).toBe(
      `[{"entry_name":"shop","host_path":"${dir}","container_path":"/code/media"}]\n`,
    );
    expect(sb.dokku(["storage:report", "shop", "--storage-attachment.1.entry-name"]).stdout).toBe("shop\n");
    expect(ok(sb.dokku(["storage:wait", "shop"])).stdout).toBe("");
  });

  it("refuses names that are not DNS-1123 labels of at most 45 characters, and the legacy- prefix", () => {
    const fails = (name: string, message: string) => {
      const r = sb.dokku(["storage:create", name]);
      expect(r.exitCode).toBe(1);
      expect(r.stderr).toBe(` !     ${message}\n`);
    };
    fails("my.shop", 'storage entry name "my.shop" must be a DNS-1123 label (lowercase letters, digits, and dashes; cannot start or end with a dash)');
    fails("a".repeat(46), `storage entry name "${"a".repeat(46)}" is too long (max 45 characters); helm release names cap our budget`);
    fails("legacy-x", 'storage entry name "legacy-x" must not start with reserved prefix "legacy-"');
    expect(sb.dokku(["storage:create", "big", "--scheduler", "k3s"]).stderr).toBe(' !     storage entry "big" (k3s) requires --size\n');
    expect(sb.dokku(["storage:info", "nope"]).stderr).toBe(' !     storage entry "nope" does not exist\n');
    ok(sb.dokku(["apps:create", "shop"]));
    expect(sb.dokku(["storage:mount", "shop", "nope", "--container-dir", "/x"]).stderr).toBe(
      ' !     storage entry "nope" does not exist; create it first with `dokku storage:create`\n',
    );
  });

  it("turns a colon-form mount into a legacy-<sha1> entry", () => {
    ok(sb.dokku(["apps:create", "shop"]));
    const host = `${sb.libRoot}/data/storage/shop`;
    ok(sb.dokku(["storage:mount", "shop", `${host}:/code/media`]));
    const name = `legacy-${createHash("sha1").update(host).digest("hex").slice(0, 10)}`;
    expect(JSON.parse(sb.dokku(["storage:list", "shop", "--format", "json"]).stdout)).toEqual([{ entry_name: name, host_path: host, container_path: "/code/media" }]);
  });

  it("k3s entries: a claim of the given size, Bound for storage:wait", () => {
    ok(sb.dokku(["storage:create", "vol", "--scheduler", "k3s", "--size", "1Gi", "--access-mode", "ReadWriteOnce"]));
    expect(JSON.parse(sb.dokku(["storage:info", "vol", "--format", "json"]).stdout)).toEqual({
      name: "vol",
      scheduler: "k3s",
      size: "1Gi",
      access_mode: "ReadWriteOnce",
      schema_version: 1,
    });
    expect(ok(sb.dokku(["storage:wait", "vol"])).stdout).toBe("-----> Storage entry vol is bound\n");
  });
});

describe("before Dokku 0.38, and the upgrade's migration", () => {
  it("has no entry commands, keeps mounts as -v docker-options, and migrates them on upgrade", () => {
    writeFileSync(`${sb.libRoot}/VERSION`, "0.37.9\n");
    expect(sb.dokku(["version"]).stdout).toBe("dokku version 0.37.9\n");
    ok(sb.dokku(["apps:create", "shop"]));
    const e = ok(sb.dokku(["storage:ensure-directory", "--chown", "1000", "shop"]));
    expect(e.stderr).toBe("");
    expect(sb.dokku(["storage:create", "shop"])).toMatchObject({ exitCode: 1, stderr: expect.stringContaining("`storage:create shop` is not a dokku command.") });
    const host = `${sb.libRoot}/data/storage/shop`;
    ok(sb.dokku(["storage:mount", "shop", `${host}:/code/media`]));
    expect(sb.dokku(["storage:list", "shop", "--format", "json"]).stdout).toBe(`[{"host_path":"${host}","container_path":"/code/media","volume_options":""}]\n`);

    writeFileSync(`${sb.libRoot}/VERSION`, "0.38.27\n");
    const [row] = JSON.parse(sb.dokku(["storage:list", "shop", "--format", "json"]).stdout);
    expect(row).toEqual({ entry_name: expect.stringMatching(/^legacy-[0-9a-f]{10}$/), host_path: host, container_path: "/code/media" });
    expect(sb.dokku(["storage:report", "shop", "--storage-deploy-mounts"]).stdout).toBe(`-v ${host}:/code/media\n`);
  });
});

describe("scheduler and scheduler-k3s properties", () => {
  it("reports docker-local by default, k3s once set, and stores letsencrypt-email-prod", () => {
    ok(sb.dokku(["apps:create", "shop"]));
    expect(sb.dokku(["scheduler:report", "shop", "--scheduler-computed-selected"]).stdout).toBe("docker-local\n");
    expect(ok(sb.dokku(["scheduler:set", "shop", "selected", "k3s"])).stdout).toBe("=====> Setting selected to k3s\n");
    expect(sb.dokku(["scheduler:report", "shop", "--scheduler-computed-selected"]).stdout).toBe("k3s\n");
    expect(sb.dokku(["scheduler:set", "shop", "bogus", "x"]).stderr).toBe(" !     Invalid property specified, valid properties include: selected, shell\n");
    ok(sb.dokku(["scheduler-k3s:set", "shop", "letsencrypt-email-prod", "ops@example.com"]));
    const report = JSON.parse(sb.dokku(["scheduler-k3s:report", "shop", "--format", "json"]).stdout);
    expect(report).toMatchObject({ "letsencrypt-email-prod": "ops@example.com", "computed-letsencrypt-email-prod": "ops@example.com" });
    expect(sb.dokku(["scheduler-k3s:set", "--global", "shell", "x"]).stderr).toBe(" !     Property cannot be specified globally\n");
  });
});

describe("dokku-postgres's second link", () => {
  it("gets the first free colour alias and leaves DATABASE_URL as it was", () => {
    ok(sb.dokku(["apps:create", "a3"]));
    ok(sb.dokku(["postgres:create", "a1-db"]));
    ok(sb.dokku(["postgres:create", "a3-db"]));
    ok(sb.dokku(["postgres:link", "a1-db", "a3"]));
    ok(sb.dokku(["postgres:link", "a3-db", "a3"]));
    expect(sb.dokku(["--quiet", "config:keys", "a3"]).stdout.split("\n").filter(Boolean).sort()).toEqual(["DATABASE_URL", "DOKKU_POSTGRES_AQUA_URL", "NO_VHOST"]);
    expect(sb.dokku(["config:get", "a3", "DATABASE_URL"]).stdout).toContain("@dokku-postgres-a1-db:");
    expect(sb.dokku(["postgres:linked", "a3-db", "a3"]).exitCode).toBe(0);
  });
});
