// The statements' share of the corpus stages' sums, carried to the next build so a rebuild need not enter the ones it copies.
import type { Attributes } from "graphology-types";
import type { CorpusGraph, StatementTable } from "./corpus-graph.ts";
import type { StatementTotals } from "./dropped.ts";
export type { DroppedStatements, StatementTotals } from "./dropped.ts";
import { compareStrings } from "./attributes.ts";

/** A statement's anchor as one string: its speakers (the sources of its `said` edges), else every node it links to. */
export function anchorKey(table: StatementTable, i: number): string {
  return anchorOf(table, i).join("\u0000");
}

/** A statement's anchor: its speakers (the sources of its `said` edges), else every node it links to; sorted. */
export function anchorOf(table: StatementTable, i: number): string[] {
  const k = table.keys[i]!;
  const speakers: string[] = [],
    others: string[] = [];
  for (const e of table.own[i]!) {
    if (e.target === k && e.attributes.kind === "said") speakers.push(e.source);
    if (e.source === k) others.push(e.target);
  }
  return (speakers.length ? speakers : others).sort(compareStrings);
}

/** The entity end of a statement's own edge: the speaker of a `said` edge, else the target. */
export const entityEnd = (e: { source: string; target: string; attributes: Attributes }): string =>
  e.attributes.kind === "said" ? e.source : e.target;

/** An edge's length in millionths, rounded: integers, so the sum is the same in any order. */
export const micro = (sa: Attributes, ta: Attributes): number =>
  Math.round(Math.hypot((sa.x as number) - (ta.x as number), (sa.y as number) - (ta.y as number)) * 1e6);

/** Integers summed exactly in any order: a Number while it stays far below 2^53, a BigInt beyond. */
export class MicroSum {
  private lo = 0;
  private hi = 0n;

  add(m: number): void {
    this.lo += m;
    if (this.lo >= 2 ** 52) {
      this.hi += BigInt(this.lo);
      this.lo = 0;
    }
  }

  get total(): bigint {
    return this.hi + BigInt(this.lo);
  }
}

/**
 * The totals of every statement of a laid-out corpus graph (the table's, plus the dropped ones it stands for): what
 * the next build's snapshot carries. Read after the layout (the lengths need the final places).
 */
export function statementTotals(c: CorpusGraph): StatementTotals {
  const table = c.statements;
  const d = table.dropped;
  const degree = new Map(d?.degree);
  const anchors = new Map(d?.anchors);
  const length = new MicroSum();
  for (const e of table.edges) {
    const k = entityEnd(e);
    degree.set(k, (degree.get(k) ?? 0) + (e.attributes.weight ?? 1));
  }
  forEachTableEdgeEnds(c, (sa, ta) => length.add(micro(sa, ta)));
  for (let i = 0; i < table.size; i++) {
    const a = anchorKey(table, i);
    anchors.set(a, (anchors.get(a) ?? 0) + 1);
  }
  return {
    nodes: table.size + (d?.nodes ?? 0),
    edges: table.edges.length + (d?.edges ?? 0),
    degree,
    anchors,
    length: length.total + (d?.length ?? 0n),
  };
}

/**
 * Each table edge's two ends' attributes, in the table's order. The table knows each edge's statement, so an edge
 * costs one lookup by key (its entity end) instead of two.
 */
export function forEachTableEdgeEnds(c: CorpusGraph, fn: (sa: Attributes, ta: Attributes) => void): void {
  const { edges, edgeStatement, keys, attrs } = c.statements;
  const end = (k: string): Attributes => {
    if (c.graph.hasNode(k)) return c.graph.getNodeAttributes(k);
    const i = c.statements.indexOf(k);
    if (i === undefined) throw new Error(`newsgraph/graph: no node ${k} in the corpus graph; ask for a key it has`);
    return attrs[i]!;
  };
  for (let j = 0; j < edges.length; j++) {
    const t = edges[j]!;
    const s = edgeStatement[j]!;
    if (keys[s] === t.source) fn(attrs[s]!, end(t.target));
    else if (keys[s] === t.target) fn(end(t.source), attrs[s]!);
    else fn(end(t.source), end(t.target));
  }
}
