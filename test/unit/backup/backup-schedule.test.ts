import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCommandArgs } from "../../../src/core/args.js";
import { validateSchedule } from "../../../src/backup/schedule.js";
import { PropertyStore } from "../../../src/io/properties.js";
import { backupSchedule } from "../../../src/subcommands/backup-schedule.js";
import { backupUnschedule } from "../../../src/subcommands/backup-unschedule.js";
import { cronEntries } from "../../../src/triggers/cron-entries.js";
import { stubContext, stubRunner } from "../../support/stub-context.js";

const FROM = new Date("2026-11-26T07:01:02Z");

describe("validateSchedule", () => {
  it.each([
    ["0 3 * * *", "0 3 * * *"],
    ["  */15   *  * * MON-FRI ", "*/15 * * * MON-FRI"],
    ["30 2 1,15 * 0", "30 2 1,15 * 0"],
  ])("accepts %j", async (input, expression) => {
    expect((await validateSchedule(input, FROM)).expression).toBe(expression);
  });

  it.each([
    ["@daily", /5 fields .* got 1/],
    ["0 0 3 * * *", /5 fields .* got 6/],
    ["61 3 * * *", /Invalid schedule "61 3 \* \* \*": Invalid value for minute: 61/],
    ["0 3 * * 8", /Invalid value for dayOfWeek: 8/],
    ["0 0 L * *", /Invalid schedule field "L"/],
    ["0 0 * * 1#2", /Invalid schedule field "1#2"/],
    ["0 3 * * *;rm", /Invalid schedule field/],
    ["0 3 31 2 *", /Invalid schedule "0 3 31 2 \*": it never runs/],
    ["5/5 * * * *", /Invalid schedule "5\/5 \* \* \* \*": Syntax error/],
  ])("refuses %j with a message that says what to write", async (input, message) => {
    await expect(validateSchedule(input, FROM)).rejects.toThrow(message);
    await expect(validateSchedule(input, FROM)).rejects.toThrow(/e\.g\. "0 3 \* \* \*"/);
  });

  it("knows the next run, as Vixie cron counts it (Sunday is 0 or 7; day-of-month OR day-of-week)", async () => {
    expect((await validateSchedule("0 3 * * *", FROM)).next).toEqual(new Date(2026, 10, 27, 3, 0, 0));
    expect((await validateSchedule("0 0 * * 7", FROM)).next).toEqual(new Date(2026, 10, 29, 0, 0, 0));
    expect((await validateSchedule("0 0 1 * 0", FROM)).next).toEqual(new Date(2026, 10, 29, 0, 0, 0));
  });
});

describe("backup-schedule, backup-unschedule and cron-entries", () => {
  const answers = [{ argv: ["trigger", "scheduler-cron-write"] }];
  // cron-entries answers only for apps Dokku still has ($DOKKU_ROOT/<app>).
  const appsExist = (context: ReturnType<typeof stubContext>, ...apps: string[]) =>
    Promise.all(apps.map((app) => mkdir(path.join(context.paths.dokkuRoot, app), { recursive: true })));

  it("stores the schedule, rewrites the crontab, and cron-entries prints the line", async () => {
    const runner = stubRunner(answers);
    const context = stubContext(runner, { env: { DOKKU_LOGS_DIR: "/var/log/dokku" }, apps: ["web", "api"] });
    await backupSchedule.run(parseCommandArgs("pegasus:backup-schedule", ["web", "0", "3", "*", "*", "*"], {}), context);
    await backupSchedule.run(parseCommandArgs("pegasus:backup-schedule", ["api", "30 4 * * 1"], {}), context);
    expect(await readFile(path.join(context.paths.propertiesDir, "web", "backup-schedule"), "utf8")).toBe("0 3 * * *");
    expect(runner.seen).toEqual([
      ["trigger", "scheduler-cron-write"],
      ["trigger", "scheduler-cron-write"],
    ]);
    expect(context.log.lines[0]).toEqual({ level: "info2", message: 'Backup schedule of web: "0 3 * * *"' });

    await cronEntries.run(["docker-local", "json"], context);
    expect(context.output()).toBe(
      "30 4 * * 1;dokku pegasus:backup-deploy api --reason schedule;/var/log/dokku/pegasus.log\n" +
        "0 3 * * *;dokku pegasus:backup-deploy web --reason schedule;/var/log/dokku/pegasus.log\n",
    );
  });

  it("prints nothing for other schedulers, for no schedules, and skips a corrupted one", async () => {
    const context = stubContext(stubRunner([]));
    await cronEntries.run(["docker-local"], context);
    expect(context.output()).toBe("");
    const store = new PropertyStore(context.paths.propertiesDir);
    await store.set("web", "backup-schedule", "0 3 * * *");
    await store.set("bad", "backup-schedule", "0 3 * *;evil");
    await store.set("--global", "backup-keep", "3");
    await appsExist(context, "web", "bad");
    await cronEntries.run(["k3s"], context);
    expect(context.output()).toBe("");
    await cronEntries.run([], context);
    expect(context.output()).toBe("0 3 * * *;dokku pegasus:backup-deploy web --reason schedule;/var/log/dokku/pegasus.log\n");
    expect(context.log.lines).toEqual([{ level: "warn", message: expect.stringMatching(/^pegasus: skipping the backup schedule of bad: .+\. Set it again with `dokku pegasus:backup-schedule bad CRON`$/) }]);
  });

  it("refuses an invalid schedule before touching anything", async () => {
    const runner = stubRunner(answers);
    const context = stubContext(runner, { apps: ["web"] });
    await expect(backupSchedule.run(parseCommandArgs("pegasus:backup-schedule", ["web", "0 25 * * *"], {}), context)).rejects.toThrow(
      /Invalid schedule "0 25 \* \* \*"/,
    );
    expect(runner.seen).toEqual([]);
  });

  it("unschedules, and says so when there was nothing to remove", async () => {
    const runner = stubRunner(answers);
    const context = stubContext(runner, { apps: ["web"] });
    await backupUnschedule.run(parseCommandArgs("pegasus:backup-unschedule", ["web"], {}), context);
    expect(context.log.lines.at(-1)?.message).toBe("web has no backup schedule");
    await backupSchedule.run(parseCommandArgs("pegasus:backup-schedule", ["web", "0 3 * * *"], {}), context);
    await backupUnschedule.run(parseCommandArgs("pegasus:backup-unschedule", ["web"], {}), context);
    expect(context.log.lines.at(-1)?.message).toBe("Removed the backup schedule of web; its backups are kept");
    expect(runner.seen.filter((argv) => argv[0] === "trigger")).toHaveLength(2);
    await cronEntries.run(["docker-local"], context);
    expect(context.output()).toBe("");
  });
});
