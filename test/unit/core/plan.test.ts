import { describe, expect, it } from "vitest";
import { applyPlan, renderStepLine, type Step } from "../../../src/core/plan.js";

function step(name: string, state: Step["state"], apply?: () => Promise<string | void>): Step {
  return { name, state, detail: `${name} detail`, apply };
}

describe("applyPlan", () => {
  it("reports ok, skipped and changed steps and counts the changes", async () => {
    const ran: string[] = [];
    const result = await applyPlan(
      [
        step("app", "ok"),
        step("tls", "skip"),
        step("db", "change", async () => {
          ran.push("db");
          return "created db";
        }),
      ],
      { dryRun: false },
    );
    expect(ran).toEqual(["db"]);
    expect(result.changed).toBe(1);
    expect(result.steps.map((s) => [s.name, s.status, s.detail])).toEqual([
      ["app", "ok", "app detail"],
      ["tls", "skipped", "tls detail"],
      ["db", "changed", "created db"],
    ]);
  });

  it("runs nothing on a dry run and marks changes as planned", async () => {
    let ran = false;
    const result = await applyPlan([step("db", "change", async () => void (ran = true))], { dryRun: true });
    expect(ran).toBe(false);
    expect(result.steps[0]?.status).toBe("planned");
    expect(result.changed).toBe(0);
  });

  it("stops at the first failure, names the step and runs nothing after it", async () => {
    let laterRan = false;
    const result = await applyPlan(
      [
        step("db", "change", async () => {
          throw new Error("Postgres service x already exists");
        }),
        step("link", "change", async () => void (laterRan = true)),
      ],
      { dryRun: false },
    );
    expect(laterRan).toBe(false);
    expect(result.failure?.step).toBe("db");
    expect(result.steps).toEqual([{ name: "db", status: "failed", detail: "Postgres service x already exists" }]);
  });

  it("renders a step line with the name column padded to the width", () => {
    expect(renderStepLine({ name: "app", status: "ok", detail: "exists" }, 15)).toBe("app:           ok           exists");
    expect(renderStepLine({ name: "postgres-link", status: "planned", detail: "link x" }, 15)).toBe("postgres-link: would change link x");
  });
});
