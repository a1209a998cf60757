// The corpus graph from folded documents, once resolution has fixed the node keys: entity nodes, statements, edges.
import Graph from "graphology";
import type { EdgeKind, NodeAttributes } from "../schema/graph.ts";
import { keysOf, type Resolution } from "../resolve/resolve.ts";
import type { DocSummary, FoldedStatement } from "./accumulate.ts";
import type { CarriedFacts, DocFacts } from "./facts.ts";
import { EdgeTable } from "./edges.ts";
import { ownEdges, refiller, spokenAbout, statementKey, type OwnEdgeSource } from "./carry.ts";
import type { DroppedStatements } from "./dropped.ts";
import { addEntityNodes, statementNode } from "./nodes.ts";
import { edgeKey } from "./edge-key.ts";
import { finishNodes } from "./finish-nodes.ts";
import { compareStrings } from "./attributes.ts";
import { fewerThanTwo, withCarried, type CarriedEdges } from "./carried-edges.ts";
import { CARRIED, StatementTable, type CorpusGraph, type NewsGraph } from "./corpus-graph.ts";

/** Each document's facts handed back once: in full, or (a carried document) with its statements as anchors. */
export interface FactsBack {
  take(id: string): DocFacts;
  carried(id: string): DocFacts | CarriedFacts;
}

export function graphFromFolded(
  docs: DocSummary[],
  facts: FactsBack,
  resolution: Resolution,
  coOccurMin: number,
  carry: {
    carried: ReadonlySet<string>;
    refacts: ((id: string) => DocFacts) | undefined;
    dropped?: DroppedStatements | null;
    edges?: { list: CarriedEdges; touched: ReadonlySet<string> } | null;
  } = {
    carried: new Set(),
    refacts: undefined,
  },
  seed = true,
): CorpusGraph {
  const g: NewsGraph = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  const table = new StatementTable();
  table.dropped = carry.dropped ?? null;
  if (carry.refacts) {
    const byId = new Map<string, DocSummary>();
    for (const d of docs) if (carry.carried.has(d.meta.id)) byId.set(d.meta.id, d);
    table.refill = refiller(table, byId, carry.refacts, resolution);
  }
  addEntityNodes(g, docs, resolution);
  const edges = new EdgeTable();
  const touched = carry.edges?.touched;
  for (const d of docs) {
    const id = d.meta.id;
    const carried = carry.carried.has(id);
    const key = keysOf(resolution, id);
    // with entity edges carried, a carried document adds only edges between two touched entities (carried-edges.ts)
    const only = carried && touched ? touched : null;
    const both = (s: string, t: string) => only === null || (only.has(s) && only.has(t));
    // one whose statements are dropped and that names fewer than two touched entities adds nothing: not even read
    const idle = only !== null && table.dropped !== null && fewerThanTwo(d, key, only);
    // the entities are in their nodes now; the facts are read back once, here, and dropped with the loop
    d.entities = [];
    d.mentionCounts = [];
    if (idle) continue;
    const { statements, relations, sentences } = carried ? facts.carried(id) : facts.take(id);
    const date = d.day ? { date: d.day } : {};
    // a document not carried was taken in full, so its statements are FoldedStatements (statementNode below)
    for (const s of statements as OwnEdgeSource[]) {
      const sk = statementKey(id, s.id);
      // a dropped statement gives the entity network its speaks_about occurrences and nothing else
      if (carried && table.dropped) {
        const speaker = s.speaker ? key(s.speaker) : undefined;
        spokenAbout(id, s, key, date, speaker, (target, occ) => {
          if (both(speaker!, target)) edges.add(speaker!, target, "speaks_about", occ, sk);
        });
        continue;
      }
      // a carried statement's entry holds what the corpus stages and the line copier read; refilled if ever needed
      if (carried) table.carried++;
      const at = carried
        ? table.add(sk, { kind: "statement", document: id, [CARRIED]: table.size } as unknown as NodeAttributes)
        : table.add(sk, statementNode(d, s as FoldedStatement));
      const speaker = s.speaker ? key(s.speaker) : undefined;
      // every edge touching the statement node comes from this statement alone: gathered here, then adopted whole
      const own = ownEdges(id, sk, s, key, date, speaker, (target, occ) => {
        // the entity network: who talks about whom, one occurrence per statement
        if (both(speaker!, target)) edges.add(speaker!, target, "speaks_about", occ, sk);
      });
      edges.adopt(own, at, carried);
    }
    for (const r of relations) {
      const { kind, source, target, ...occ } = r;
      const s = key(source),
        t = key(target);
      if (both(s, t)) edges.add(s, t, kind, { document: id, ...occ, ...date });
    }
    for (const s of sentences) {
      const all = s.entities.map(key);
      const keys = [...new Set(only ? all.filter((k) => only.has(k)) : all)].sort(compareStrings);
      const { entities: _e, ...span } = s;
      for (let i = 0; i < keys.length; i++)
        for (let j = i + 1; j < keys.length; j++)
          edges.add(keys[i]!, keys[j]!, "co_occurs", { document: id, ...span, ...date });
    }
  }
  // a statement's own edge has the statement at one end (always there) and an entity at the other
  const keep = (e: { source: string; target: string; kind: EdgeKind; weight: number; statement?: number }) =>
    e.statement !== undefined
      ? g.hasNode(e.kind === "said" ? e.source : e.target)
      : (e.kind !== "co_occurs" || e.weight >= coOccurMin) && g.hasNode(e.source) && g.hasNode(e.target);
  const minWeight = (kind: EdgeKind) => (kind === "co_occurs" ? coOccurMin : 0);
  // inserted in sorted order (the writers' order); each key from the edge alone (edge-key.ts)
  const gathered = edges.sorted(keep, minWeight);
  for (const e of carry.edges ? withCarried(gathered, carry.edges.list, carry.edges.touched) : gathered) {
    const key = edgeKey(e.source, e.target, e.attributes.kind);
    if (e.statement === undefined) g.addEdgeWithKey(key, e.source, e.target, e.attributes);
    else table.addEdge({ key, source: e.source, target: e.target, attributes: e.attributes }, e.statement);
  }
  const corpus = { graph: g, statements: table };
  finishNodes(corpus, seed);
  g.setAttribute(
    "documents",
    docs.map((d) => d.meta),
  );
  if (resolution.warnings?.length) g.setAttribute("warnings", [...resolution.warnings]);
  return corpus;
}
