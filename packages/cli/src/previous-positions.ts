// Read node positions from the graph.json a previous build wrote, streaming it line by line (it may be large).
import { existsSync, readFileSync, statSync } from "node:fs";
import type { Positions } from "@newsgraph/core";
import { readFileLines } from "./inputs/lines.ts";

/** Whole-file parsing is the fallback for a graph.json not written one node per line (e.g. pretty-printed by hand). */
const WHOLE_FILE_LIMIT = 256 * 2 ** 20;

/**
 * Positions by node key from `file`, or an empty map when there is none or it cannot be read as a graph
 * (a previous graph is a hint, never a reason to fail the build).
 */
export function readPreviousPositions(file: string): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  if (!existsSync(file)) return out;
  const take = (n: { key?: unknown; attributes?: { x?: unknown; y?: unknown } }) => {
    const { x, y } = n.attributes ?? {};
    if (typeof n.key === "string" && typeof x === "number" && typeof y === "number") out.set(n.key, { x, y });
  };
  try {
    for (const { bytes } of readFileLines(file)) {
      const line = bytes.toString("utf8");
      if (line.startsWith('"edges"')) break;
      if (!line.startsWith('{"key":')) continue;
      take(JSON.parse(line.endsWith(",") ? line.slice(0, -1) : line) as Parameters<typeof take>[0]);
    }
    if (out.size === 0 && statSync(file).size < WHOLE_FILE_LIMIT) {
      const g = JSON.parse(readFileSync(file, "utf8")) as { nodes?: Parameters<typeof take>[0][] };
      if (Array.isArray(g.nodes)) for (const n of g.nodes) take(n);
    }
  } catch {
    out.clear();
  }
  return out;
}

export type { Positions };
