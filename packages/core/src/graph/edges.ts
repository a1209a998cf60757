// One edge per (source, target, kind): occurrences gathered while building, then sorted into weighted edge attributes.
import type { EdgeAttributes, EdgeKind, Occurrence } from "../schema/graph.ts";
import { compareStrings } from "./attributes.ts";
import { CARRIED } from "./corpus-graph.ts";
import { DayRange } from "./dates.ts";

interface Aggregate {
  source: string;
  target: string;
  kind: EdgeKind;
  occurrences: Occurrence[];
  statements?: string[];
  /** the statement (its index in the statement table) whose own edge this is */
  statement?: number;
  /** a carried statement's own edge: gets carried attributes (corpus-graph.ts CARRIED) */
  carried?: boolean;
}

export interface EdgeRecord {
  source: string;
  target: string;
  attributes: EdgeAttributes;
  statement?: number;
}

const byOccurrence = (a: Occurrence, b: Occurrence) =>
  compareStrings(a.document, b.document) || a.start - b.start || a.end - b.end;

/**
 * The edges of one statement node (said, told/via, mentions): a handful, which only that statement adds to, so a
 * list searched in full replaces a Map and a key string per edge (a corpus has a hundred thousand statements).
 */
export class OwnEdges {
  readonly list: Aggregate[] = [];

  add(source: string, target: string, kind: EdgeKind, occ: Occurrence): void {
    if (source === target) return;
    for (const a of this.list)
      if (a.target === target && a.source === source && a.kind === kind) {
        a.occurrences.push(occ);
        return;
      }
    this.list.push({ source, target, kind, occurrences: [occ] });
  }
}

export class EdgeTable {
  private readonly edges = new Map<string, Aggregate>();
  /** edges moved in by `adopt`: complete, so they need no lookup key */
  private settled: Aggregate[] = [];

  /** Record one occurrence; `statement` (speaks_about) is the statement node behind it. */
  add(source: string, target: string, kind: EdgeKind, occ: Occurrence, statement?: string): void {
    if (source === target) return;
    const id = `${source}\u0000${target}\u0000${kind}`;
    let agg = this.edges.get(id);
    if (!agg) this.edges.set(id, (agg = { source, target, kind, occurrences: [] }));
    agg.occurrences.push(occ);
    if (statement !== undefined) (agg.statements ??= []).push(statement);
  }

  /**
   * Move a statement's edges in, without lookup keys. For edges no later fact can add to: those touching one
   * statement node come only from that statement, so they are gathered on their own and adopted whole (a key
   * string per edge was a large part of a big build's memory). The caller guarantees that no edge of `own` is
   * also in this table.
   */
  adopt(own: OwnEdges, statement?: number, carried = false): void {
    for (const agg of own.list) {
      if (statement !== undefined) agg.statement = statement;
      if (carried) agg.carried = true;
      this.settled.push(agg);
    }
  }

  get size(): number {
    return this.edges.size + this.settled.length;
  }

  /**
   * Edges sorted by (source, target, kind), each with weight, sorted occurrences and first/last seen. Drains the
   * table: the lookup keys go first and each aggregate once it has been yielded, so the table and the graph being
   * filled from it never both hold every edge.
   */
  *sorted(
    keep: (e: { source: string; target: string; kind: EdgeKind; weight: number; statement?: number }) => boolean,
    minWeight: (kind: EdgeKind) => number = () => 0,
  ): Generator<EdgeRecord> {
    // an edge with fewer occurrences than its kind's minimum weight cannot reach it (duplicates only lower the
    // weight): dropped before the sort, which most co-occurring pairs (seen once) never need
    const all: Aggregate[] = [];
    for (const agg of this.edges.values()) if (agg.occurrences.length >= minWeight(agg.kind)) all.push(agg);
    for (const agg of this.settled) all.push(agg);
    const list: (Aggregate | null)[] = all.sort(
      (a, b) =>
        compareStrings(a.source, b.source) || compareStrings(a.target, b.target) || compareStrings(a.kind, b.kind),
    );
    this.edges.clear();
    this.settled = [];
    for (let i = 0; i < list.length; i++) {
      const agg = list[i];
      if (!agg) continue;
      list[i] = null;
      const occ = dedupe(agg.occurrences.sort(byOccurrence));
      const { source, target, kind, statement } = agg;
      if (!keep({ source, target, kind, weight: occ.length, statement })) continue;
      // a carried edge's line is copied: it needs its kind, document and weight (the sizes), not its occurrences
      const attributes = agg.carried
        ? ({ kind, document: occ[0]!.document, weight: occ.length, [CARRIED]: statement } as unknown as EdgeAttributes)
        : edgeAttributes(agg, occ);
      yield { source, target, attributes, statement };
    }
  }
}

/** An own edge's attributes in full, from its gathered occurrences (a carried statement refilled). */
export function settledAttributes(agg: Aggregate): EdgeAttributes {
  return edgeAttributes(agg, dedupe([...agg.occurrences].sort(byOccurrence)));
}

/** The same span of the same document seen twice (a relation found by two rules) counts once. */
function dedupe(sorted: Occurrence[]): Occurrence[] {
  // most edges have one occurrence, or none repeated: kept as they are, not copied (an array per edge is garbage)
  let i = 1;
  while (i < sorted.length && byOccurrence(sorted[i]!, sorted[i - 1]!) !== 0) i++;
  if (i >= sorted.length) return sorted;
  return sorted.filter((o, j) => j === 0 || byOccurrence(o, sorted[j - 1]!) !== 0);
}

function edgeAttributes(agg: Aggregate, occ: Occurrence[]): EdgeAttributes {
  const first = occ[0]!;
  const days = new DayRange();
  for (const o of occ) days.add(o.date);
  const { document, start, end, evidence, evidenceStart, role, former, rule } = first;
  return {
    kind: agg.kind,
    document,
    start,
    end,
    ...(role !== undefined ? { role } : {}),
    ...(former !== undefined ? { former } : {}),
    ...(rule !== undefined ? { rule } : {}),
    ...(evidence !== undefined ? { evidence, evidenceStart } : {}),
    weight: occ.length,
    occurrences: occ,
    ...(agg.statements ? { statements: [...new Set(agg.statements)].sort(compareStrings) } : {}),
    ...days.attributes(),
  };
}
