import { mkdir, readdir, readFile, rename, rm, writeFile, cp } from "node:fs/promises";
import { basename, join } from "node:path";
import { UserError } from "../errors.js";
import { explainDiskFull, smallFileNeeds } from "./disk-full.js";
import { removeDeadTemporaries, temporaryName } from "./temporary-files.js";

/**
 * Plugin properties stored the way Dokku stores every plugin's (plugins/common/properties.go):
 * `$DOKKU_LIB_ROOT/config/pegasus/<app>/<key>`, one file per key, value without a newline,
 * mode 0600; global values under the app name `--global`.
 */
export const GLOBAL = "--global";

export class PropertyStore {
  constructor(private readonly root: string) {}

  private file(app: string, key: string): string {
    return join(this.root, app, key);
  }

  async get(app: string, key: string): Promise<string | undefined> {
    const file = this.file(app, key);
    try {
      return await readFile(file, "utf8");
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw unreadableProperty(file, error, app, key);
    }
  }

  async set(app: string, key: string, value: string): Promise<void> {
    const dir = join(this.root, app);
    // Write then rename, so a reader never sees half a value.
    const temporary = temporaryName(this.file(app, key));
    try {
      await explainDiskFull({ dir, what: `the pegasus property ${key}`, needed: smallFileNeeds(value) }, async () => {
        await mkdir(dir, { recursive: true, mode: 0o755 });
        await removeDeadTemporaries(this.file(app, key));
        await writeFile(temporary, value, { mode: 0o600 });
        await rename(temporary, this.file(app, key));
      });
    } catch (error) {
      await rm(temporary, { force: true }).catch(() => undefined);
      if (error instanceof UserError || !(error as NodeJS.ErrnoException).code) throw error;
      const file = this.file(app, key);
      throw unreadableState(file, error, `the pegasus property ${key} of ${app}`, `Remove what is there with \`rm -r ${file}\` and run this again`, "write");
    }
  }

  async delete(app: string, key: string): Promise<void> {
    await rm(this.file(app, key), { force: true });
  }

  async all(app: string): Promise<Record<string, string>> {
    let names: string[];
    const dir = join(this.root, app);
    try {
      names = await readdir(dir);
    } catch (error) {
      if (isMissing(error)) return {};
      throw unreadableState(dir, error, `the pegasus properties of ${app}`, `Check its owner and mode: \`ls -ld ${dir}\``);
    }
    const values: Record<string, string> = {};
    for (const name of names.filter((n) => !n.startsWith(".")).sort()) {
      const value = await this.get(app, name);
      if (value !== undefined) values[name] = value;
    }
    return values;
  }

  /** Copies every property of `from` to `to` but the keys in `except` (apps:clone, apps:rename). */
  async clone(from: string, to: string, except: readonly string[] = []): Promise<void> {
    const source = join(this.root, from);
    try {
      await cp(source, join(this.root, to), {
        recursive: true,
        force: true,
        filter: (file) => file === source || !except.includes(basename(file)),
      });
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }

  async destroy(app: string): Promise<void> {
    await rm(join(this.root, app), { recursive: true, force: true });
  }

  /** App value, then global value, then the default. */
  async computed(app: string, key: string, fallback: string): Promise<string> {
    return (await this.get(app, key)) ?? (await this.get(GLOBAL, key)) ?? fallback;
  }
}

export function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === "ENOENT";
}

function unreadableProperty(file: string, error: unknown, app: string, key: string): UserError {
  const whose = app === GLOBAL ? "the global pegasus property" : `the pegasus property ${key} of ${app}`;
  return unreadableState(
    file,
    error,
    app === GLOBAL ? `${whose} ${key}` : whose,
    `Remove it with \`rm -r ${file}\`, then set it again if it is needed`,
  );
}

/**
 * A state file of ours that exists but cannot be read (a directory, no permission, an I/O
 * error): a clear error about that one file and how to fix it, never a crash. Callers that
 * serve several apps catch it per app, so one app's broken state is that app's warning.
 */
export function unreadableState(file: string, error: unknown, what: string, remedy: string, verb = "read"): UserError {
  const code = (error as NodeJS.ErrnoException)?.code;
  const reason =
    code === "EISDIR"
      ? "it is a directory"
      : code === "ENOTDIR"
        ? "a part of its path is not a directory"
        : code === "EEXIST"
          ? "it or a part of its path is a file, not a directory"
          : code === "EACCES" || code === "EPERM"
            ? "permission denied (it should belong to the dokku user)"
            : code === "ELOOP"
              ? "it is a loop of symbolic links"
              : code === "ENOTREG"
                ? "it is not a regular file"
                : `${code ?? "error"}: ${error instanceof Error ? error.message : String(error)}`;
  return new UserError(`Cannot ${verb} ${what} (${file}): ${reason}. ${remedy}`);
}
