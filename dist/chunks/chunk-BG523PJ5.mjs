import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/io/properties.ts
import { mkdir, readdir, readFile, rename, rm, writeFile, cp } from "node:fs/promises";
import path from "node:path";
var GLOBAL = "--global";
var PropertyStore = class {
  constructor(root) {
    this.root = root;
  }
  file(app, key) {
    return path.join(this.root, app, key);
  }
  async get(app, key) {
    try {
      return await readFile(this.file(app, key), "utf8");
    } catch (error) {
      if (isMissing(error)) return void 0;
      throw error;
    }
  }
  async set(app, key, value) {
    const dir = path.join(this.root, app);
    await mkdir(dir, { recursive: true, mode: 493 });
    const temporary = path.join(dir, `.${key}.${process.pid}.tmp`);
    await writeFile(temporary, value, { mode: 384 });
    await rename(temporary, this.file(app, key));
  }
  async delete(app, key) {
    await rm(this.file(app, key), { force: true });
  }
  async all(app) {
    let names;
    try {
      names = await readdir(path.join(this.root, app));
    } catch (error) {
      if (isMissing(error)) return {};
      throw error;
    }
    const values = {};
    for (const name of names.filter((n) => !n.startsWith(".")).sort()) {
      values[name] = await readFile(this.file(app, name), "utf8");
    }
    return values;
  }
  /** Copies every property of `from` to `to` (apps:clone, apps:rename). */
  async clone(from, to) {
    const source = path.join(this.root, from);
    try {
      await cp(source, path.join(this.root, to), { recursive: true, force: true });
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }
  async destroy(app) {
    await rm(path.join(this.root, app), { recursive: true, force: true });
  }
  /** App value, then global value, then the default. */
  async computed(app, key, fallback) {
    return await this.get(app, key) ?? await this.get(GLOBAL, key) ?? fallback;
  }
};
function isMissing(error) {
  return error?.code === "ENOENT";
}

export {
  GLOBAL,
  PropertyStore,
  isMissing
};
