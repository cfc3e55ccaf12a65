import { isRev, normalizeRev } from "../backup/id.js";

/**
 * When the deploy gate takes a backup. Dokku runs the release phase (and so our
 * pre-release-builder) for new code and also for config restarts, ps:start and the boot-time
 * restore; only new code can bring a migration, and blocking a restart on a backup could keep
 * an app down while its database is still starting. Sources: dokku/dokku plugins/builds/builds.go
 * (BuildSource, DefaultKind) and plugins/common/functions dokku_setup_build_capture.
 */
export const CODE_ARRIVING_SOURCES = [
  "git-hook",
  "git:sync",
  "git:from-archive",
  "git:from-image",
  "git:load-image",
  "ps:rebuild",
] as const;

export type GateTrigger = "pre-release-builder" | "post-build";

export interface GateFacts {
  trigger: GateTrigger;
  /** `$DOKKU_BUILD_SOURCE`, undefined on Dokku before 0.38. */
  buildSource: string | undefined;
  /** The `backup-on-deploy` property, computed (app, then global, then true). */
  backupOnDeploy: boolean;
  /** A one-shot `backup-skip-next` set by the operator. */
  skipNext: boolean;
  /** Set by pegasus:rollback for the deploy it starts: it has just restored a backup. */
  rollback: boolean;
  /** The app has app.json `scripts.dokku.predeploy`, which runs before our pre-release-builder. */
  hasPredeploy: boolean;
  /** A deploy backup already exists for this build (taken by post-build). */
  alreadyTakenForBuild: boolean;
  hasPostgres: boolean;
  /**
   * Only read without a build source (Dokku before 0.38): GIT_REV, which names the commit being
   * released, and the rev of the last release we recorded. Equal means a restart of the same code.
   */
  deployingRev?: string;
  lastReleaseRev?: string;
  /**
   * Only without a build source, and only when Dokku exports DOKKU_PID (0.34 and newer, which
   * every command and trigger of one `dokku` run inherits): whether our post-build ran in this
   * same run. A build runs post-build; a restart never does. Undefined: the revs decide.
   */
  builtInThisRun?: boolean;
}

export type GateDecision =
  | { action: "backup" }
  | {
      action: "pass";
      reason: string;
      consumeSkipNext?: boolean;
      consumeRollback?: boolean;
      /** A restart, not a deploy: nothing for this build is noted, so no release is recorded. */
      noNewCode?: boolean;
    };

/**
 * The passes that need no fact beyond the trigger's own arguments and environment: the trigger
 * decides them before making any Dokku call, so a restart never waits on anything.
 */
export function earlyPass(facts: Pick<GateFacts, "trigger" | "buildSource" | "hasPredeploy">): GateDecision | undefined {
  // Without a source (Dokku before 0.38) only the revs can tell: decideGate, once they are read.
  if (facts.buildSource !== undefined && !isCodeArriving(facts.buildSource)) {
    return { action: "pass", reason: `no new code (${facts.buildSource}): no backup needed`, noNewCode: true };
  }
  // post-build runs for every build, but is only needed when predeploy would run migrations
  // before our pre-release-builder gets its turn.
  if (facts.trigger === "post-build" && !facts.hasPredeploy) {
    return { action: "pass", reason: "no app.json predeploy: the backup is taken before the release task" };
  }
  return undefined;
}

export function decideGate(facts: GateFacts): GateDecision {
  const early = earlyPass(facts);
  if (early) return early;
  if (facts.buildSource === undefined && facts.builtInThisRun === false) {
    // GIT_REV cannot tell here: after a failed deploy it names the commit that failed.
    return { action: "pass", reason: "no build ran in this dokku run (a restart): no backup needed", noNewCode: true };
  }
  if (facts.buildSource === undefined && facts.builtInThisRun === undefined && isSameCode(facts.deployingRev, facts.lastReleaseRev)) {
    // Dokku before 0.38 runs the release phase for config restarts, ps:restart and the boot
    // restore too; the commit being released is the one already live, so no migration can come.
    return {
      action: "pass",
      reason: `no new code (${normalizeRev(facts.deployingRev)} is the last released commit): no backup needed`,
      noNewCode: true,
    };
  }
  if (facts.alreadyTakenForBuild) return { action: "pass", reason: "the deploy backup for this build is already taken" };
  if (facts.rollback) {
    return { action: "pass", reason: "rollback: the database was just restored from a verified backup", consumeRollback: true };
  }
  if (!facts.backupOnDeploy) return { action: "pass", reason: "backup-on-deploy is false" };
  if (facts.skipNext) {
    return { action: "pass", reason: "backup-skip-next was set: skipping this deploy's backup once", consumeSkipNext: true };
  }
  if (!facts.hasPostgres) return { action: "pass", reason: "the app's DATABASE_URL is no dokku-postgres service of its (none linked, or a database outside Dokku)" };
  return { action: "backup" };
}

/** Whether an app.json text has `scripts.dokku.predeploy`, which runs before pre-release-builder. */
export function hasPredeployScript(appJson: string | undefined): boolean {
  if (!appJson) return false;
  try {
    const parsed = JSON.parse(appJson) as { scripts?: { dokku?: { predeploy?: unknown } } };
    const predeploy = parsed?.scripts?.dokku?.predeploy;
    return typeof predeploy === "string" && predeploy.trim() !== "";
  } catch {
    // Dokku itself refuses a broken app.json later in the build; nothing to gate here.
    return false;
  }
}

/** Whether Dokku says new code arrives; false for a restart's source and for no source at all. */
export function isCodeArriving(buildSource: string | undefined): boolean {
  return buildSource !== undefined && (CODE_ARRIVING_SOURCES as readonly string[]).includes(buildSource);
}

/** Both revs known and the same commit; an unknown one (no history yet) is never "the same". */
function isSameCode(deployingRev: string | undefined, lastReleaseRev: string | undefined): boolean {
  const deploying = normalizeRev(deployingRev);
  const last = normalizeRev(lastReleaseRev);
  return deploying !== "none" && deploying === last;
}

/**
 * The commit whose code matches the data while a deploy is in its release phase. GIT_REV is no
 * use here: git_build has already set it to the commit being deployed. Our own release history
 * knows the last successful deploy; before the first one we recorded, Dokku's deploy source
 * metadata does (`git-push`: the rev; `git-sync`: `remote#sha`; images: not a commit).
 */
export function liveRevFrom(lastReleaseRev: string | undefined, deploySourceMetadata: string | undefined): string {
  const fromHistory = (lastReleaseRev ?? "").trim().toLowerCase();
  if (isRev(fromHistory)) return fromHistory;
  const metadata = (deploySourceMetadata ?? "").trim();
  const candidate = (metadata.includes("#") ? metadata.slice(metadata.lastIndexOf("#") + 1) : metadata).toLowerCase();
  return isRev(candidate) ? candidate : "none";
}

/** What tells one build's triggers from another's (each trigger is its own process). */
export interface BuildIdentity {
  /** `$DOKKU_BUILD_ID`, Dokku 0.38 and newer. */
  buildId?: string;
  /** `$DOKKU_PID`: the pid of the outermost `dokku` run, inherited by all it starts (0.34+). */
  dokkuPid?: string;
}

/** What the gate leaves for the later triggers of the same build (`pending-deploy.json`). */
export interface PendingDeploy {
  /** `$DOKKU_BUILD_ID`; absent on Dokku before 0.38. */
  build_id?: string;
  /** `$DOKKU_PID`, written only when there is no build id. */
  dokku_pid?: string;
  /** The deploy backup, or null when the gate let this build pass without one. */
  backup_id: string | null;
  /** The backup a rollback restored before starting this build. */
  restored_backup_id?: string;
  live_rev: string;
  deploying_rev: string;
  created_at: string;
  reason: string;
}

// Without a build id (Dokku before 0.38), a gate decision is trusted for one build's length.
const PENDING_WITHOUT_ID_MS = 60 * 60 * 1000;

/**
 * Whether `pending` was written by an earlier trigger of this same build. Without a build id,
 * the `dokku` run's pid says so: a note left by a failed deploy is never another run's (a
 * restart after it, with the same GIT_REV, must not record that deploy's release). Only
 * without either does the old rule (same commit, within the hour) remain.
 */
export function pendingIsForBuild(
  pending: PendingDeploy | undefined,
  build: BuildIdentity,
  deployingRev: string,
  now: Date,
): boolean {
  if (!pending) return false;
  if (build.buildId || pending.build_id) return pending.build_id === build.buildId;
  const age = now.getTime() - Date.parse(pending.created_at);
  const recent = age >= 0 && age < PENDING_WITHOUT_ID_MS;
  if (build.dokkuPid || pending.dokku_pid) return pending.dokku_pid === build.dokkuPid && recent;
  return pending.deploying_rev === deployingRev && recent;
}

/** Left by post-build before Dokku 0.38 (`build.json`): this `dokku` run is a build. */
export interface BuildMarker {
  dokku_pid: string;
  created_at: string;
}

export function buildMarkerIsForRun(marker: BuildMarker | undefined, dokkuPid: string, now: Date): boolean {
  if (!marker || marker.dokku_pid !== dokkuPid) return false;
  const age = now.getTime() - Date.parse(marker.created_at);
  return age >= 0 && age < PENDING_WITHOUT_ID_MS;
}

/** Left by pegasus:rollback for the deploy it starts (`rollback.json`). */
export interface RollbackMarker {
  rev: string;
  backup_id: string;
  expires_at: string;
}

export function rollbackMarkerApplies(marker: RollbackMarker | undefined, deployingRev: string, now: Date): boolean {
  if (!marker || !isRev(marker.rev) || !isRev(deployingRev)) return false;
  // Dokku sets GIT_REV to the ref git:sync was given; we give the full sha, but a short one
  // names the same commit.
  const same = marker.rev.startsWith(deployingRev) || deployingRev.startsWith(marker.rev);
  return same && now.getTime() < Date.parse(marker.expires_at);
}
