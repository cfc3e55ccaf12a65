// Who a command runs as, like the `dokku` script (HEAD:dokku ~line 89-104): every command but
// plugin:* (and a few root-only ones) is re-executed with `sudo -u dokku`, and plugin:* except
// plugin:help / plugin:list is refused unless the caller is root. Plugin subcommands and the
// triggers they fire inherit that user; plugin:install/update/uninstall stay root, so the
// install/update/uninstall/dependencies triggers they fire run as root.
//
// The fake carries the user in FAKE_DOKKU_USER (children inherit it through childEnv). Without
// it, a process launched by the fake (FAKE_DOKKU_DEPTH >= 1) is the dokku user and a top-level
// call (a test, an operator) is root, unless FAKE_DOKKU_ENFORCE_ROOT=1 and the real uid isn't 0.
import { userInfo } from "node:os";
import { currentDepth } from "./state.js";

/** Root-only besides plugin:* (the `dokku` script's list). */
const ROOT_COMMANDS = ["ssh-keys:add", "ssh-keys:remove", "scheduler-k3s:initialize", "scheduler-k3s:uninstall"];

export function invokingUser(): string {
  const user = process.env.FAKE_DOKKU_USER;
  if (user) return user;
  if (currentDepth() >= 1) return "dokku";
  if (process.env.FAKE_DOKKU_ENFORCE_ROOT === "1" && userInfo().uid !== 0) return userInfo().username;
  return "root";
}

/** `[[ $1 =~ ^plugin:.* && $1 != "plugin:help" && $1 != "plugin:list" ]] || <root list>`. */
export function requiresRoot(command: string): boolean {
  return (/^plugin:.*/.test(command) && command !== "plugin:help" && command !== "plugin:list") || ROOT_COMMANDS.includes(command);
}

/** The user the command ends up running as (after the script's `sudo -u dokku`). */
export function effectiveUser(command: string): string {
  const user = invokingUser();
  // `[[ ! $1 =~ plugin:* ]]` is an unanchored regex: "plugin" followed by any number of ":"
  if (user !== "dokku" && !/plugin:*/.test(command) && !ROOT_COMMANDS.includes(command)) return "dokku";
  return user;
}

/** Applies the script's user checks; returns an exit code when the command is refused. */
export function switchUser(command: string): number | undefined {
  const user = effectiveUser(command);
  if (requiresRoot(command) && user !== "root") {
    process.stderr.write(" !     This command must be run as root\n");
    return 1;
  }
  process.env.FAKE_DOKKU_USER = user;
  return undefined;
}
