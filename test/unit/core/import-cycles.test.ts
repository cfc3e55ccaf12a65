import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../support/sandbox.js";

const SRC = path.join(REPO_ROOT, "src");

/** Every module of src/ and the modules it imports at run time (`import type` aside). */
function importGraph(): Map<string, string[]> {
  const files = readdirSync(SRC, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".ts"));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(path.join(SRC, file), "utf8");
    const imports = [...text.matchAll(/^(?:import|export)(?!\s+type\b)[^"']*?from\s+["'](\.[^"']+)\.js["']/gm)];
    graph.set(file, imports.map((match) => path.join(path.dirname(file), `${match[1]}.ts`)));
  }
  return graph;
}

function cycles(graph: Map<string, string[]>): string[] {
  const found: string[] = [];
  const done = new Set<string>();
  const visit = (file: string, trail: string[]) => {
    if (trail.includes(file)) return void found.push([...trail.slice(trail.indexOf(file)), file].join(" -> "));
    if (done.has(file)) return;
    for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
    done.add(file);
  };
  for (const file of graph.keys()) visit(file, []);
  return found;
}

describe("static imports of src/", () => {
  // vitest loads the registry's commands in parallel (help.test.ts); through a cycle of static
  // imports, parallel dynamic imports deadlock its module runner and the file never ends.
  it("form no cycle", () => {
    expect(cycles(importGraph())).toEqual([]);
  });

  it("finds a cycle when there is one", () => {
    expect(cycles(new Map([["a.ts", ["b.ts"]], ["b.ts", ["c.ts"]], ["c.ts", ["a.ts"]]]))).toEqual(["a.ts -> b.ts -> c.ts -> a.ts"]);
  });
});
