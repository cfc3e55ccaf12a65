import type { Subcommand, Trigger } from "./core/command.js";

/** Every `dokku pegasus:<name>` implemented in Node, in the order help lists them. */
export const subcommands: readonly Subcommand[] = [];

/** Every trigger implemented in Node (install, update, uninstall and dependencies are bash). */
export const triggers: readonly Trigger[] = [];

export function findSubcommand(name: string): Subcommand | undefined {
  return subcommands.find((subcommand) => subcommand.name === name);
}

export function findTrigger(name: string): Trigger | undefined {
  return triggers.find((trigger) => trigger.name === name);
}
