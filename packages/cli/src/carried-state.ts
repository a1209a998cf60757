// The carried state of a written graph: what the snapshot keeps of it, and whether the graph at -o is still that file.
import { statSync } from "node:fs";
import path from "node:path";
import type { CorpusGraph, ResolutionState } from "@newsgraph/core";
import { forEachCorpusNode } from "@newsgraph/core";
import type { CarriedState } from "./snapshot.ts";

/** The node keys of one or two key prints (core's keyPrint: each key followed by \u0000, a deleted one marked \u0001). */
export function addKeys(out: Set<string>, ...prints: (string | undefined)[]): void {
  for (const print of prints) {
    if (print === undefined) continue;
    let at = 0;
    for (let end = print.indexOf("\u0000"); end !== -1; at = end + 1, end = print.indexOf("\u0000", at))
      out.add(print.charCodeAt(at) === 1 ? print.slice(at + 1, end) : print.slice(at, end));
  }
}

export function sameFile(o: CarriedState["output"], output: string): boolean {
  try {
    const st = statSync(output);
    return o.file === path.resolve(output) && o.size === st.size && o.mtimeMs === st.mtimeMs;
  } catch {
    return false;
  }
}

export function stateOf(
  graph: CorpusGraph,
  output: string,
  options: string,
  prints: ReadonlyMap<string, string>,
  resolution: ResolutionState | null,
): CarriedState {
  const keys: string[] = [],
    x: number[] = [],
    y: number[] = [];
  const ck: string[] = [],
    ids: number[] = [];
  forEachCorpusNode(graph, (k, a) => {
    if (Number.isFinite(a.x) && Number.isFinite(a.y)) {
      keys.push(k);
      x.push(a.x as number);
      y.push(a.y as number);
    }
    if (typeof a.community === "number") {
      ck.push(k);
      ids.push(a.community);
    }
  });
  const st = statSync(output);
  return {
    output: { file: path.resolve(output), size: st.size, mtimeMs: st.mtimeMs },
    options,
    positions: { keys, x: Float64Array.from(x), y: Float64Array.from(y) },
    communities: { keys: ck, ids: Int32Array.from(ids) },
    prints: { ids: [...prints.keys()], prints: [...prints.values()] },
    resolution: resolution && {
      names: resolution.names,
      merges: JSON.stringify(resolution.merges),
      overrides: JSON.stringify(resolution.overrides),
    },
  };
}
