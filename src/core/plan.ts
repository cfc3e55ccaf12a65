/**
 * Plan, then apply. A planner (a pure function of the facts it was given) returns Steps;
 * `applyPlan` is the one loop that runs them, stops at the first failure and reports every
 * step. `--dry-run` is `applyPlan` with `dryRun: true`: it runs nothing.
 */

export type StepStatus = "ok" | "changed" | "planned" | "skipped" | "failed";

export interface Step {
  /** Stable identifier shown in reports and JSON, e.g. `postgres-link`. */
  name: string;
  /** `ok`: already in place; `change`: `apply` would change something; `skip`: not applicable. */
  state: "ok" | "change" | "skip";
  /** What is in place, what would change, or why it is skipped. No secrets. */
  detail: string;
  /** Runs the change; returns what it did when that differs from `detail`. */
  apply?: () => Promise<string | void>;
  /** What to do when `apply` fails, appended to the error. */
  fix?: string;
}

export interface StepReport {
  name: string;
  status: StepStatus;
  detail: string;
}

export interface PlanResult {
  steps: StepReport[];
  changed: number;
  /** The step that failed and its error; later steps are not run and not reported. */
  failure?: { step: string; error: unknown; fix?: string };
}

export interface ApplyOptions {
  dryRun: boolean;
  /** Called as each step settles, so progress shows while a long step runs. */
  onStep?: (report: StepReport) => void;
}

export async function applyPlan(steps: readonly Step[], options: ApplyOptions): Promise<PlanResult> {
  const reports: StepReport[] = [];
  const settle = (report: StepReport) => {
    reports.push(report);
    options.onStep?.(report);
  };
  for (const step of steps) {
    if (step.state === "ok") {
      settle({ name: step.name, status: "ok", detail: step.detail });
      continue;
    }
    if (step.state === "skip") {
      settle({ name: step.name, status: "skipped", detail: step.detail });
      continue;
    }
    if (options.dryRun || !step.apply) {
      settle({ name: step.name, status: options.dryRun ? "planned" : "skipped", detail: step.detail });
      continue;
    }
    try {
      const done = await step.apply();
      settle({ name: step.name, status: "changed", detail: done || step.detail });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      settle({ name: step.name, status: "failed", detail: message });
      return {
        steps: reports,
        changed: countChanged(reports),
        failure: { step: step.name, error, fix: step.fix },
      };
    }
  }
  return { steps: reports, changed: countChanged(reports) };
}

function countChanged(reports: readonly StepReport[]): number {
  return reports.filter((report) => report.status === "changed").length;
}

const STATUS_WORD: Record<StepStatus, string> = {
  ok: "ok",
  changed: "changed",
  planned: "would change",
  skipped: "skipped",
  failed: "FAILED",
};

/** One step's line as setup prints it while running: name column `width` wide, then status and detail. */
export function renderStepLine(report: StepReport, width = 24): string {
  return `${`${report.name}:`.padEnd(width)}${STATUS_WORD[report.status].padEnd(13)}${report.detail}`;
}
