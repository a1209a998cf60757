// Nested attribution levels, ours against PolNeAR's: which level a matched attribution took, and what each level would score.
import type { Attribution, Frag } from "./brat.ts";
import { fragOverlap, greedyMatch, type DocPair } from "../eval/attribution/score.ts";

/** Every fragment of a inside one of b (a cue inside a content). */
export const inside = (a: Frag[], b: Frag[]): boolean =>
  a.length > 0 && a.every((x) => b.some((y) => x.start >= y.start && x.end <= y.end));

/**
 * Nested pairs within one list of attributions: the number of ordered pairs (outer, inner) whose outer content holds the
 * inner cue. PolNeAR's guidelines ("No nested attributions": only the outermost is marked) make this 0 for its gold.
 */
export function nestedPairs(attrs: Attribution[]): number {
  let n = 0;
  for (const o of attrs) for (const i of attrs) if (o !== i && inside(i.cue, o.content)) n++;
  return n;
}

/**
 * The level class of a matched pair whose cue misses, else null:
 * - `inner`: our cue lies in the gold content (we took a level inside PolNeAR's), split by whether another of ours has
 *   the gold cue (`outer made`: then our outer piece lost the match to the larger inner one) or none does (`outer missing`);
 * - `outer`: the gold cue lies in our content (we took a level around PolNeAR's), split by whether our cue is another
 *   gold attribution's (our content ran over into the next attribution) or no gold's (our frame is not one PolNeAR marks).
 */
export function levelClass(d: DocPair, g: Attribution, p: Attribution): string | null {
  if (!g.cue.length || !p.cue.length || fragOverlap(g.cue, p.cue) > 0) return null;
  if (inside(p.cue, g.content))
    return d.pred.some((q) => q !== p && fragOverlap(q.cue, g.cue) > 0)
      ? "inner · outer made"
      : "inner · outer missing";
  if (inside(g.cue, p.content))
    return d.gold.some((h) => h !== g && fragOverlap(h.cue, p.cue) > 0)
      ? "outer · our cue is another gold's"
      : "outer · our cue is no gold's";
  return null;
}

/** Each level-class miss in every document, with the matched gold and ours. */
export function levelMisses(docs: DocPair[]): { doc: number; g: Attribution; p: Attribution; cls: string }[] {
  const out: { doc: number; g: Attribution; p: Attribution; cls: string }[] = [];
  docs.forEach((d, doc) => {
    for (const [gi, pi] of greedyMatch(d.gold, d.pred, false)) {
      const cls = levelClass(d, d.gold[gi]!, d.pred[pi]!);
      if (cls) out.push({ doc, g: d.gold[gi]!, p: d.pred[pi]!, cls });
    }
  });
  return out;
}

/**
 * An upper bound for each way of fixing the level-class misses of `classes`: PolNeAR's attribution exactly as marked
 * (an oracle) either `add`ed beside ours (emitting the missing level) or put in place of ours (`replace`: choosing it).
 */
export function withGoldLevel(docs: DocPair[], mode: "add" | "replace", classes: RegExp): DocPair[] {
  const misses = levelMisses(docs).filter((m) => classes.test(m.cls));
  return docs.map((d, i) => {
    const pred = [...d.pred];
    for (const m of misses) {
      if (m.doc !== i) continue;
      const lvl: Attribution = { content: m.g.content, cue: m.g.cue, source: m.g.source, rule: "oracle" };
      if (mode === "add") pred.push(lvl);
      else pred[pred.indexOf(m.p)] = lvl;
    }
    return { ...d, pred };
  });
}

/**
 * Another one-to-one pairing, for comparison with the scorer's (greedy by overlap, score.ts): a maximum-cardinality
 * matching over the same overlapping pairs that tries, for each gold, ours with its cue first, then the larger overlap.
 * It shows how much of the cue figure is the pairing's choice between two of ours that both overlap one gold.
 */
export function cueFirstMatch(gold: Attribution[], pred: Attribution[]): Map<number, number> {
  const adj = gold.map((g) =>
    pred
      .map((p, pi) => ({ pi, ov: fragOverlap(g.content, p.content), cue: fragOverlap(g.cue, p.cue) > 0 ? 1 : 0 }))
      .filter((x) => x.ov > 0)
      .sort((a, b) => b.cue - a.cue || b.ov - a.ov || a.pi - b.pi)
      .map((x) => x.pi),
  );
  const owner = new Map<number, number>();
  // augmenting paths (Kuhn's algorithm): a gold takes a free one of ours, or moves the gold holding it to another
  const take = (g: number, seen: Set<number>): boolean => {
    for (const p of adj[g]!) {
      if (seen.has(p)) continue;
      seen.add(p);
      const o = owner.get(p);
      if (o === undefined || take(o, seen)) {
        owner.set(p, g);
        return true;
      }
    }
    return false;
  };
  for (let g = 0; g < gold.length; g++) take(g, new Set());
  return new Map([...owner].map(([p, g]) => [g, p]));
}

/** Matched count, cue and source accuracy of one pairing over every document. */
export function pairingFigures(
  docs: DocPair[],
  match: (gold: Attribution[], pred: Attribution[]) => Map<number, number>,
): { matched: number; cue: [number, number]; source: [number, number] } {
  const out = { matched: 0, cue: [0, 0] as [number, number], source: [0, 0] as [number, number] };
  for (const d of docs)
    for (const [gi, pi] of match(d.gold, d.pred)) {
      out.matched++;
      const g = d.gold[gi]!;
      const p = d.pred[pi]!;
      if (g.cue.length) out.cue = [out.cue[0] + (fragOverlap(g.cue, p.cue) > 0 ? 1 : 0), out.cue[1] + 1];
      if (g.source.length)
        out.source = [out.source[0] + (fragOverlap(g.source, p.source) > 0 ? 1 : 0), out.source[1] + 1];
    }
  return out;
}

/** The cut-only oracle: each miss of `classes` keeps its level, its content ended before the gold frame it ran over. */
export function withCutBeforeGold(docs: DocPair[], classes: RegExp): DocPair[] {
  const misses = levelMisses(docs).filter((m) => classes.test(m.cls));
  return docs.map((d, i) => ({
    ...d,
    pred: d.pred.map((p) => {
      const m = misses.find((x) => x.doc === i && x.p === p);
      if (!m) return p;
      const cut = Math.min(...[...m.g.source, ...m.g.cue].map((f) => f.start));
      const content = p.content
        .map((f) => ({ start: f.start, end: Math.min(f.end, cut) }))
        .filter((f) => f.end > f.start);
      return content.length ? { ...p, content } : p;
    }),
  }));
}
