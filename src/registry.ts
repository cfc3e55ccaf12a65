import type { Subcommand, Trigger } from "./core/command.js";
import { set } from "./subcommands/set.js";
import { postAppCloneSetup } from "./triggers/post-app-clone-setup.js";
import { postAppRenameSetup } from "./triggers/post-app-rename-setup.js";
import { postDelete } from "./triggers/post-delete.js";

/** Every `dokku pegasus:<name>` implemented in Node, in the order help lists them. */
export const subcommands: readonly Subcommand[] = [
  set,
];

/** Every trigger implemented in Node (install, update, uninstall and dependencies are bash). */
export const triggers: readonly Trigger[] = [
  postDelete,
  postAppRenameSetup,
  postAppCloneSetup,
];

export function findSubcommand(name: string): Subcommand | undefined {
  return subcommands.find((subcommand) => subcommand.name === name);
}

export function findTrigger(name: string): Trigger | undefined {
  return triggers.find((trigger) => trigger.name === name);
}
