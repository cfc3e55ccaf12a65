import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { appDataDir, listDeletedAppData } from "../../../src/io/app-data.js";
import { readReleases, releasesFile } from "../../../src/io/releases.js";
import { PropertyStore } from "../../../src/io/properties.js";
import { postAppCloneSetup } from "../../../src/triggers/post-app-clone-setup.js";
import { postAppRenameSetup } from "../../../src/triggers/post-app-rename-setup.js";
import { postDelete } from "../../../src/triggers/post-delete.js";
import { stubContext, stubRunner } from "../../support/stub-context.js";

async function appWithData() {
  const context = stubContext(stubRunner([]));
  const store = new PropertyStore(context.paths.propertiesDir);
  await store.set("web", "backup-keep", "4");
  const backups = path.join(appDataDir(context.paths, "web"), "backups");
  await mkdir(backups, { recursive: true });
  await writeFile(path.join(backups, "20261126T070102Z-1a2b3c4.dump"), "PGDMP");
  await writeFile(path.join(appDataDir(context.paths, "web"), "releases.jsonl"), "{}\n");
  await writeFile(path.join(appDataDir(context.paths, "web"), "rollback.json"), "{}\n");
  await writeFile(path.join(appDataDir(context.paths, "web"), "pending-deploy.json"), "{}\n");
  return { context, store };
}

describe("app lifecycle triggers", () => {
  it("rename: settings and data follow the app, and the old name's post-delete finds nothing to move", async () => {
    const { context, store } = await appWithData();
    await postAppRenameSetup.run(["web", "site"], context);
    await postDelete.run(["web", "latest"], context);
    expect(await store.get("site", "backup-keep")).toBe("4");
    expect(await store.get("web", "backup-keep")).toBeUndefined();
    expect(await readdir(path.join(appDataDir(context.paths, "site"), "backups"))).toEqual(["20261126T070102Z-1a2b3c4.dump"]);
    expect(await listDeletedAppData(context.paths, "web")).toEqual([]);
  });

  it("clone: settings and history are copied, backups and deploy markers stay with the original", async () => {
    const { context, store } = await appWithData();
    await postAppCloneSetup.run(["web", "web-staging"], context);
    expect(await store.get("web-staging", "backup-keep")).toBe("4");
    expect(await readdir(appDataDir(context.paths, "web-staging"))).toEqual(["releases.jsonl"]);
    expect(await readdir(path.join(appDataDir(context.paths, "web"), "backups"))).toHaveLength(1);
  });

  it("delete: settings go, backups are moved aside and the user is told where", async () => {
    const { context, store } = await appWithData();
    await postDelete.run(["web", "latest"], context);
    expect(await store.all("web")).toEqual({});
    const kept = await listDeletedAppData(context.paths, "web");
    expect(kept).toHaveLength(1);
    expect(await readFile(path.join(kept[0]!, "backups", "20261126T070102Z-1a2b3c4.dump"), "utf8")).toBe("PGDMP");
    expect(context.log.lines.map((l) => l.message).join("\n")).toContain(`rm -rf ${kept[0]}`);
  });

  it("rename onto a name that still has a destroyed app's data moves that data aside, never deletes it", async () => {
    const { context } = await appWithData();
    const leftover = path.join(appDataDir(context.paths, "site"), "backups");
    await mkdir(leftover, { recursive: true });
    await writeFile(path.join(leftover, "20251101T000000Z-aaaaaaa.dump"), "OLD");
    await postAppRenameSetup.run(["web", "site"], context);
    const kept = await listDeletedAppData(context.paths, "site");
    expect(kept).toHaveLength(1);
    expect(await readdir(path.join(kept[0]!, "backups"))).toEqual(["20251101T000000Z-aaaaaaa.dump"]);
    expect(await readdir(path.join(appDataDir(context.paths, "site"), "backups"))).toEqual(["20261126T070102Z-1a2b3c4.dump"]);
  });

  it("delete never fails Dokku's cleanup: an error becomes a warning that says where the data is", async () => {
    const { context } = await appWithData();
    // `.deleted` as a file makes moving the data aside fail.
    await writeFile(path.join(context.paths.dataDir, ".deleted"), "in the way");
    await expect(postDelete.run(["web", "latest"], context)).resolves.toBeUndefined();
    const warnings = context.log.lines.filter((line) => line.level === "warn").map((line) => line.message);
    expect(warnings[0]).toMatch(/^pegasus: could not tidy up after web: /);
    expect(warnings[1]).toContain(path.join(context.paths.dataDir, "web"));
  });

  it("ignores names that are not app names", async () => {
    const { context } = await appWithData();
    await postDelete.run(["../web"], context);
    expect(await listDeletedAppData(context.paths, "web")).toEqual([]);
  });

  it("clone: postgres-service and backup-skip-next stay with the original; the schedule follows, re-keyed by name", async () => {
    const { context, store } = await appWithData();
    await store.set("web", "postgres-service", "web-db");
    await store.set("web", "backup-skip-next", "true");
    await store.set("web", "backup-schedule", "0 3 * * *");
    await postAppCloneSetup.run(["web", "web2"], context);
    expect(await store.all("web2")).toEqual({ "backup-keep": "4", "backup-schedule": "0 3 * * *" });
    expect(await store.all("web")).toMatchObject({ "postgres-service": "web-db", "backup-skip-next": "true" });
  });

  it("clone: the copied release history keeps the commits and names none of the original's backups", async () => {
    const { context } = await appWithData();
    const release = (rev: string, backup: string, extra = {}) =>
      JSON.stringify({ rev, deployed_at: "2026-11-25T07:00:00.000Z", source: "git-hook", build_id: "1", backup_id: backup, previous_rev: "none", ...extra });
    await writeFile(
      releasesFile(context.paths, "web"),
      `${release("a".repeat(40), "20261125T070000Z-none")}\n${release("b".repeat(40), "20261125T080000Z-aaaaaaa", { restored_backup_id: "20261125T070000Z-none" })}\n`,
    );
    await postAppCloneSetup.run(["web", "web2"], context);
    const copied = await readReleases(context.paths, "web2");
    expect(copied.map((record) => [record.rev[0], record.backup_id, record.restored_backup_id, record.cloned_from])).toEqual([
      ["b", null, undefined, "web"],
      ["a", null, undefined, "web"],
    ]);
    expect((await readReleases(context.paths, "web"))[0]?.backup_id).toBe("20261125T080000Z-aaaaaaa");
  });

  it("rename: a pending backup-skip-next is not carried (the rename's rebuild would use it up); postgres-service is", async () => {
    const { context, store } = await appWithData();
    await store.set("web", "postgres-service", "web-db");
    await store.set("web", "backup-skip-next", "true");
    await postAppRenameSetup.run(["web", "site"], context);
    expect(await store.all("site")).toEqual({ "backup-keep": "4", "postgres-service": "web-db" });
  });

  it("rename and delete of apps without data of ours leave no empty .deleted/<name>/ behind", async () => {
    const context = stubContext(stubRunner([]));
    await mkdir(context.paths.dataDir, { recursive: true });
    await postAppRenameSetup.run(["bare", "bare2"], context);
    await postDelete.run(["bare", "latest"], context);
    await postDelete.run(["never", "latest"], context);
    expect(await readdir(context.paths.dataDir)).toEqual([]);
  });
});
