import { formatBytes, shortRev, type BackupRecord } from "./backup-id.js";

export interface RestorePlanFacts {
  app: string;
  record: BackupRecord;
  /** Whether the app has running processes to stop and start again. */
  deployed: boolean;
  /** For pegasus:rollback: the full commit that will be deployed after the restore. */
  rollbackSha?: string;
  repo?: string;
  /** `--media`: the storage directories the backup's media archive replaces. */
  media?: readonly { container_path: string; live: string }[];
}

/** What restore or rollback will do, in order; printed without --force and kept in the JSON. */
export function restoreSteps(facts: RestorePlanFacts): string[] {
  const { app, record } = facts;
  const steps = [
    `back up the current database of ${record.service}${facts.media ? " and the media" : ""} (reason pre-restore), so this restore can be undone`,
  ];
  for (const target of facts.media ?? []) steps.push(`unpack the media of ${target.container_path} beside ${target.live}, checking its sha256`);
  if (facts.deployed) steps.push(`stop ${app} (ps:stop), so nothing writes while the data is replaced`);
  steps.push(
    `import ${record.id} into ${record.service} (postgres:import: drops and re-creates every object the backup holds)`,
  );
  for (const target of facts.media ?? []) steps.push(`swap the unpacked media in for ${target.live} (files added since the backup go)`);
  if (facts.rollbackSha) {
    steps.push(
      `deploy ${shortRev(facts.rollbackSha)}, the commit live when the backup was taken (git:sync --build ${app} ${facts.repo ?? ""} ${facts.rollbackSha}), without another deploy backup`,
    );
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
