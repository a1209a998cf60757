// Statements beside their speakers: each on a ring around its anchor, sized by how many statements share it.
import type { EntityNet } from "./entity-net.ts";
import { corpusNodeAttributes, type CorpusGraph } from "./corpus-graph.ts";
import { hashString, round } from "./style.ts";
import { anchorOf } from "./statement-totals.ts";

/**
 * Each statement on a ring around its anchor: the speaker, else the mean of the entities it links to. The ring's
 * radius grows with the number of statements sharing the anchor, scaled to the typical edge length of the layout,
 * and the angle comes from a hash of the key, so a statement keeps its place when others come and go. Held
 * statements keep their old places. The statements sharing an anchor are counted over the statement table, whose
 * anchors come from each statement's own edges: no graph lookups, so a rebuild pays little for it.
 */
export function placeStatements(corpus: CorpusGraph, net: EntityNet, held: (k: string) => boolean = () => false): void {
  const table = corpus.statements;
  const unit = typicalEdgeLength(net);
  const todo: number[] = [];
  for (let i = 0; i < table.size; i++) if (!held(table.keys[i]!)) todo.push(i);
  if (todo.length === 0) return;
  const lists = todo.map((i) => anchorOf(table, i));
  const perAnchor = countAnchors(corpus, lists);
  for (let t = 0; t < todo.length; t++) {
    const i = todo[t]!,
      list = lists[t]!;
    if (list.length === 0) continue; // no speaker, no entity: keeps its seeded place
    let x = 0,
      y = 0;
    for (const n of list) {
      const p = corpusNodeAttributes(corpus, n);
      x += p.x as number;
      y += p.y as number;
    }
    const count = perAnchor.get(list.join("\u0000"))!;
    const k = table.keys[i]!;
    const h = hashString(k);
    const r = unit * (0.15 + 0.1 * Math.sqrt(count)) * (0.6 + (0.4 * ((h >>> 8) % 1000)) / 1000);
    const theta = ((h % 3600) / 3600) * 2 * Math.PI;
    const a = table.attrs[i]!;
    a.x = round(x / list.length + r * Math.cos(theta));
    a.y = round(y / list.length + r * Math.sin(theta));
  }
}

/**
 * How many statements of the table have each of `lists` as their anchor. A statement can share an anchor only if it
 * has an edge to every node of it, so one with no edge to any node of those anchors is passed over without building
 * its list: a rebuild that places a few new statements reads the 97k others' edges but sorts and joins almost none.
 */
function countAnchors(corpus: CorpusGraph, lists: string[][]): Map<string, number> {
  const table = corpus.statements;
  const perAnchor = new Map<string, number>();
  const ends = new Set<string>();
  for (const list of lists) {
    if (list.length === 0) continue;
    const key = list.join("\u0000");
    // the statements a rebuild did not enter (StatementTable.dropped) are counted as the previous build counted them
    perAnchor.set(key, table.dropped?.anchors.get(key) ?? 0);
    for (const n of list) ends.add(n);
  }
  for (let i = 0; i < table.size; i++) {
    const k = table.keys[i]!;
    let touches = false;
    for (const e of table.own[i]!) if (ends.has(e.source === k ? e.target : e.source)) touches = true;
    if (!touches) continue;
    const key = anchorOf(table, i).join("\u0000");
    const n = perAnchor.get(key);
    if (n !== undefined) perAnchor.set(key, n + 1);
  }
  return perAnchor;
}

/** Median length of the entity network's edges (1 when it has none), from the final places in its arrays. */
function typicalEdgeLength(net: EntityNet): number {
  if (net.size === 0) return 1;
  // a typed array sorts numerically without a comparator call per pair; the lengths are finite and never -0 here
  const lengths = new Float64Array(net.size);
  const { eu, ev, x, y } = net;
  for (let e = 0; e < lengths.length; e++) lengths[e] = Math.hypot(x[eu[e]!]! - x[ev[e]!]!, y[eu[e]!]! - y[ev[e]!]!);
  lengths.sort();
  return lengths[Math.floor(lengths.length / 2)]! || 1;
}
