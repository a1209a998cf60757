// Read node positions from the graph.json a previous build wrote, streaming it line by line (it may be large).
import { existsSync, readFileSync, statSync } from "node:fs";
import type { Positions } from "@newsgraph/core";
import { readFileLines } from "./inputs/lines.ts";

/** Whole-file parsing is the fallback for a graph.json not written one node per line (e.g. pretty-printed by hand). */
const WHOLE_FILE_LIMIT = 256 * 2 ** 20;

/** A JSON string token (a raw `"` cannot occur inside one, so this cannot stop early). */
const STR = String.raw`"(?:[^"\\]|\\.)*"`;
/**
 * The start of a node line as graphJsonChunks writes it (attributes in the contract's order: kind, label, aliases,
 * then x and y), up to the position. Only the key and the two numbers are parsed, not the node's evidence, text and
 * lists; a line of any other form is parsed whole.
 */
export const NODE_HEAD = new RegExp(
  String.raw`^\{"key":(${STR}),"attributes":\{"kind":${STR},"label":${STR},"aliases":\[(?:${STR},?)*\],"x":(-?[0-9][0-9.eE+-]*),"y":(-?[0-9][0-9.eE+-]*)[,}]`,
);
/** bytes decoded to look for NODE_HEAD: labels are short, so a longer head is a node with many aliases (parsed whole) */
const HEAD_BYTES = 2048;

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
      const head = bytes.toString("utf8", 0, Math.min(bytes.length, HEAD_BYTES));
      if (head.startsWith('"edges"')) break;
      if (!head.startsWith('{"key":')) continue;
      const m = NODE_HEAD.exec(head);
      const x = Number(m?.[2]),
        y = Number(m?.[3]);
      if (m && Number.isFinite(x) && Number.isFinite(y)) {
        out.set(JSON.parse(m[1]!) as string, { x, y });
        continue;
      }
      const line = bytes.toString("utf8");
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
