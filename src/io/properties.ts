import { mkdir, readdir, readFile, rename, rm, writeFile, cp } from "node:fs/promises";
import path from "node:path";

/**
 * Plugin properties stored the way Dokku stores every plugin's (plugins/common/properties.go):
 * `$DOKKU_LIB_ROOT/config/pegasus/<app>/<key>`, one file per key, value without a newline,
 * mode 0600; global values under the app name `--global`.
 */
export const GLOBAL = "--global";

export class PropertyStore {
  constructor(private readonly root: string) {}

  private file(app: string, key: string): string {
    return path.join(this.root, app, key);
  }

  async get(app: string, key: string): Promise<string | undefined> {
    try {
      return await readFile(this.file(app, key), "utf8");
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async set(app: string, key: string, value: string): Promise<void> {
    const dir = path.join(this.root, app);
    await mkdir(dir, { recursive: true, mode: 0o755 });
    // Write then rename, so a reader never sees half a value.
    const temporary = path.join(dir, `.${key}.${process.pid}.tmp`);
    await writeFile(temporary, value, { mode: 0o600 });
    await rename(temporary, this.file(app, key));
  }

  async delete(app: string, key: string): Promise<void> {
    await rm(this.file(app, key), { force: true });
  }

  async all(app: string): Promise<Record<string, string>> {
    let names: string[];
    try {
      names = await readdir(path.join(this.root, app));
    } catch (error) {
      if (isMissing(error)) return {};
      throw error;
    }
    const values: Record<string, string> = {};
    for (const name of names.filter((n) => !n.startsWith(".")).sort()) {
      values[name] = await readFile(this.file(app, name), "utf8");
    }
    return values;
  }

  /** Copies every property of `from` to `to` but the keys in `except` (apps:clone, apps:rename). */
  async clone(from: string, to: string, except: readonly string[] = []): Promise<void> {
    const source = path.join(this.root, from);
    try {
      await cp(source, path.join(this.root, to), {
        recursive: true,
        force: true,
        filter: (file) => file === source || !except.includes(path.basename(file)),
      });
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }

  async destroy(app: string): Promise<void> {
    await rm(path.join(this.root, app), { recursive: true, force: true });
  }

  /** App value, then global value, then the default. */
  async computed(app: string, key: string, fallback: string): Promise<string> {
    return (await this.get(app, key)) ?? (await this.get(GLOBAL, key)) ?? fallback;
  }
}

export function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === "ENOENT";
}
