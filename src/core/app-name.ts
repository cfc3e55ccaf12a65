import { UserError } from "../errors.js";

// Dokku's rules (plugins/common/common.go): new apps must match the strict rule; lookups of
// existing apps also accept the legacy rule, which allowed underscores.
const CREATE_RULE = /^[a-z0-9][a-z0-9.-]*$/;
const LEGACY_LOOKUP_RULE = /^[a-z0-9][a-z0-9._-]*$/;

const RULE_MESSAGE =
  "App name must begin with lowercase alphanumeric character, and may only contain lowercase alphanumerics, dots, and hyphens";

export function isValidNewAppName(name: string): boolean {
  return CREATE_RULE.test(name);
}

/** Lookups use the legacy rule alone: it accepts every name the create rule does (plus `_`). */
export function isValidAppName(name: string): boolean {
  return LEGACY_LOOKUP_RULE.test(name);
}

/** Throws Dokku's own message for a name Dokku would refuse; `forCreate` applies the strict rule. */
export function verifyAppName(name: string | undefined, { forCreate = false } = {}): string {
  if (name === undefined || name === "") {
    throw new UserError("Please specify an app to run the command on");
  }
  const valid = forCreate ? isValidNewAppName(name) : isValidAppName(name);
  if (!valid) throw new UserError(RULE_MESSAGE);
  return name;
}
