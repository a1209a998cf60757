// Document ids that never collide and never depend on argument order: shared file ids qualified by path, then every id checked against all taken.
import path from "node:path";
import type { InputSource } from "./sources.ts";

/**
 * Sources whose ids are equal (`a/01.txt` and `b/01.txt` both give `01.txt`) get the shortest path tail that tells
 * them apart (`a/01.txt`, `b/01.txt`). It depends only on the set of paths, so swapping the arguments gives the same
 * ids, and the graph the same bytes. Sources with an id of their own are left alone.
 */
export function qualifySharedIds(sources: readonly InputSource[]): InputSource[] {
  const groups = new Map<string, number[]>();
  sources.forEach((s, i) => {
    if (s.path === "-") return;
    const g = groups.get(s.id);
    if (g) g.push(i);
    else groups.set(s.id, [i]);
  });
  const out = sources.slice();
  for (const [id, members] of groups) {
    if (members.length < 2) continue;
    const segs = members.map((i) => path.resolve(sources[i]!.path).split(path.sep).filter(Boolean));
    const own = id.split("/").length;
    const longest = segs.reduce((m, s) => (s.length > m ? s.length : m), 0);
    for (let k = own + 1; k <= longest; k++) {
      const tails = segs.map((s) => s.slice(-k).join("/"));
      if (new Set(tails).size === tails.length || k === longest) {
        members.forEach((i, j) => (out[i] = { ...sources[i]!, id: tails[j]! }));
        break;
      }
    }
  }
  return out;
}

/** Every document id of one run: a repeat gets the first free `~N` suffix, checked against every id already taken. */
export class DocumentIds {
  private readonly taken = new Set<string>();

  /** The id to use for `id`; `onRename` hears about a renaming (it becomes a warning). */
  take(id: string, onRename: (renamed: string) => void): string {
    if (!this.taken.has(id)) {
      this.taken.add(id);
      return id;
    }
    let n = 2;
    while (this.taken.has(`${id}~${n}`)) n++;
    const renamed = `${id}~${n}`;
    this.taken.add(renamed);
    onRename(renamed);
    return renamed;
  }
}
