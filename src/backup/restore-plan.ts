import { formatBytes, shortRev, type BackupRecord } from "./id.js";

export interface RestorePlanFacts {
  app: string;
  record: BackupRecord;
  /** The service the import overwrites (restoreTarget), whether --into-service chose it, and who else uses it. */
  target: { service: string; explicit: boolean; sharedWith?: readonly string[] };
  /** Whether the app has processes (it has been deployed). */
  deployed: boolean;
  /** The operator stopped it with ps:stop: it is neither stopped nor started again. */
  stoppedByOperator: boolean;
  /** For pegasus:rollback: the full commit that will be deployed after the restore. */
  rollbackSha?: string;
  repo?: string;
  /** `--media`: the storage directories the backup's media archive replaces. */
  media?: readonly { container_path: string; live: string }[];
  /** A restore of the app that was interrupted (its journal): this one replaces it. */
  interrupted?: { backup_id: string; stopped_app: boolean };
}

/** What restore or rollback will do, in order; printed without --force and kept in the JSON. */
export function restoreSteps(facts: RestorePlanFacts): string[] {
  const { app, record, target } = facts;
  const service = target.service;
  const running = facts.deployed && !facts.stoppedByOperator;
  // Stopped by the interrupted restore, not by the operator: this restore starts it again.
  const stoppedByRestore = facts.stoppedByOperator && facts.interrupted?.stopped_app === true;
  const steps: string[] = [];
  if (facts.interrupted) steps.push(`replace the interrupted restore of ${facts.interrupted.backup_id} (\`dokku pegasus:backups ${app}\` describes it)`);
  if (running) steps.push(`stop ${app} (ps:stop), so nothing it writes after the safety backup is lost`);
  steps.push(`back up the current database of ${service}${facts.media ? " and the media" : ""} (reason pre-restore), so this restore can be undone`);
  for (const media of facts.media ?? []) steps.push(`unpack the media of ${media.container_path} beside ${media.live}, checking its sha256`);
  const origin = service === record.service ? "" : `, taken of ${record.service},`;
  const chosen = target.explicit ? " (chosen with --into-service)" : `, the database ${app} uses now`;
  const shared = target.sharedWith?.length ? `; ${target.sharedWith.join(", ")} also use${target.sharedWith.length === 1 ? "s" : ""} it and ${target.sharedWith.length === 1 ? "is" : "are"} not stopped` : "";
  steps.push(
    `import ${record.id}${origin} into ${service}${chosen} (postgres:import: drops and re-creates every object the backup holds)${shared}`,
  );
  for (const media of facts.media ?? []) steps.push(`swap the unpacked media in for ${media.live} (files added since the backup go)`);
  if (facts.rollbackSha) {
    steps.push(
      `deploy ${shortRev(facts.rollbackSha)}, the commit live when the backup was taken (git:sync --build ${app} ${facts.repo ?? ""} ${facts.rollbackSha}), without another deploy backup` +
        (facts.stoppedByOperator ? `; a deploy starts ${app}, which ps:stop had stopped` : ""),
    );
  } else if (facts.stoppedByOperator && !stoppedByRestore) {
    steps.push(`leave ${app} stopped, as ps:stop left it (start it with ps:start when ready)`);
  } else if (facts.deployed) {
    steps.push(`start ${app} again (ps:start, which runs the release task of the deployed code)`);
  }
  return steps;
}

/** One line describing a checked backup. */
export function describeBackup(record: BackupRecord): string {
  return (
    `${record.id}: taken ${record.created_at.replace(/\.\d{3}Z$/, "Z")} (${record.reason}), live commit ` +
    `${shortRev(record.git_rev)}, ${formatBytes(record.size)}, service ${record.service}; sha256 and archive structure verified`
  );
}
