// The node attributes that need the whole graph: sizes from weighted degree, colours per kind, seeded positions.
import { colorForKind, sizeForDegree } from "./style.ts";
import { seedPositions } from "./layout.ts";
import type { CorpusGraph } from "./corpus-graph.ts";
import { entityEnd } from "./statement-totals.ts";

/** Sizes from weighted degree, colours per kind, seeded positions (`seed`): the parts that need the whole graph. */
export function finishNodes(c: CorpusGraph, seed: boolean): void {
  const { graph: g, statements: table } = c;
  const degree = new Map<string, number>();
  const add = (k: string, w: number) => degree.set(k, (degree.get(k) ?? 0) + w);
  g.forEachEdge((_e, a, s, t) => {
    add(s, a.weight ?? 1);
    add(t, a.weight ?? 1);
  });
  // a statement's degree is its own edges' weights; only the entity end of each goes into the map
  for (const e of table.edges) add(entityEnd(e), e.attributes.weight ?? 1);
  // the statements a rebuild did not enter: their weights as the previous build summed them (integers: any order)
  if (table.dropped) for (const [k, w] of table.dropped.degree) add(k, w);
  // set in place: a copy of every node's attributes would briefly double the biggest part of the graph
  g.forEachNode((k, a) => {
    a.size = sizeForDegree(degree.get(k) ?? 0);
    a.color = colorForKind(a.kind);
  });
  for (let i = 0; i < table.size; i++) {
    let d = 0;
    for (const e of table.own[i]!) d += e.attributes.weight ?? 1;
    const a = table.attrs[i]!;
    a.size = sizeForDegree(d);
    a.color = colorForKind(a.kind);
  }
  if (seed) seedPositions(c);
}
