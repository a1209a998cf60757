// Test helpers for golden files: load the small fixture graph, compare output to a committed golden file.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Graph from "graphology";
import { expect } from "vitest";

export const GOLDEN_DIR = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(GOLDEN_DIR, "../../../..");

/** The hand-written fixture graph (invented names) used by the exporter golden tests. */
export function loadGolden(): Graph {
  return Graph.from(JSON.parse(readFileSync(path.join(GOLDEN_DIR, "small-graph.json"), "utf8")));
}

/** Compare with the golden file; `UPDATE_GOLDEN=1 pnpm test` rewrites it (review the diff before committing). */
export function goldenCheck(name: string, actual: string): void {
  const file = path.join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, "utf8"));
}
