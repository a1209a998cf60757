// Carried statements of an incremental build: which documents are carried, and a carried statement refilled in full.
import type { NodeAttributes, Occurrence } from "../schema/graph.ts";
import type { Range } from "../schema/stages.ts";
import { keysOf, type Resolution } from "../resolve/resolve.ts";
import type { DocSummary, FoldedStatement } from "./accumulate.ts";
import type { DocFacts, StatementAnchors } from "./facts.ts";
import { OwnEdges, settledAttributes } from "./edges.ts";
import { statementNode } from "./nodes.ts";
import type { StatementTable, TableEdge } from "./corpus-graph.ts";
import type { DroppedStatements } from "./dropped.ts";
import type { CarriedEdges } from "./carried-edges.ts";

/**
 * The node keys of a document's entities, in its own order, a deleted one marked: everything resolution decides
 * about the document (its statements' speakers, media and mentions point at these entities).
 */
export function keyPrint(d: DocSummary, resolution: Resolution): string {
  let s = "";
  const key = keysOf(resolution, d.meta.id);
  for (const e of d.entities) {
    const k = key(e.id);
    s += (resolution.deleted?.has(k) ? "\u0001" : "") + k + "\u0000";
  }
  return s;
}

/** Statement node key: unique per document and statement id. */
export function statementKey(docId: string, statementId: string): string {
  return `statement:${docId}#${statementId}`;
}

/**
 * An incremental build's carried documents: `clean` says whether a document, whose entity keys print as `print`
 * (keyPrint, above), is built exactly as in the previous build, so that its statements' lines can be copied from the
 * previous graph.json; those statements then get carried entries in the statement table (corpus-graph.ts CARRIED),
 * not full ones. `facts` hands a carried document's facts back again, for a reader that needs a statement in full
 * (a line that could not be copied after all, GEXF, GraphML).
 */
export interface Carry {
  clean(docId: string, print: string): boolean;
  facts(docId: string): DocFacts;
  /**
   * The previous build's statements as sums (statement-totals.ts), when it left them: used when every document of
   * that build is clean again, so none of its statements is entered at all (StatementTable.dropped).
   */
  dropped?: DroppedStatements | null;
  /**
   * The previous build's entity edges (carried-edges.ts), when the writer can copy their lines (no corrections): an
   * edge with an end no document outside the carried ones names is taken from them, not gathered from the facts.
   */
  edges?: CarriedEdges | null;
}

/**
 * What ownEdges reads of a statement: a full one, or a carried one's anchors. Without the spans of the speaker and
 * the medium, their edges get NO_SPAN: a carried edge keeps only its kind, document and weight (one occurrence
 * each), and is refilled from the full facts whenever it is written in full.
 */
export type OwnEdgeSource = StatementAnchors &
  Partial<Pick<FoldedStatement, "said" | "speakerRule" | "mediumSpan" | "start" | "end">>;

/** The span a carried statement's said and medium edges get (never written: see OwnEdgeSource). */
const NO_SPAN: Readonly<Range> = { start: 0, end: 0 };

/** The edges touching statement `sk` (said, told/via, mentions); `onMention` sees each mention when there is a speaker. */
export function ownEdges(
  id: string,
  sk: string,
  s: OwnEdgeSource,
  key: (e: string) => string,
  date: { date?: string },
  speaker: string | undefined,
  onMention: (target: string, occ: Occurrence) => void,
): OwnEdges {
  const own = new OwnEdges();
  if (speaker)
    own.add(speaker, sk, "said", {
      document: id,
      ...(s.said ?? NO_SPAN),
      ...date,
      ...(s.speakerRule ? { rule: s.speakerRule } : {}),
    });
  if (s.medium)
    own.add(sk, key(s.medium), s.mediumKind, {
      document: id,
      ...(s.mediumSpan ?? (s.start !== undefined && s.end !== undefined ? { start: s.start, end: s.end } : NO_SPAN)),
      ...date,
    });
  for (const m of s.mentions) {
    const target = key(m.entity);
    const occ = { document: id, start: m.start, end: m.end, ...date };
    own.add(sk, target, "mentions", occ);
    if (speaker) onMention(target, occ);
  }
  return own;
}

/**
 * What ownEdges reports to `onMention`, without the own edges: a dropped statement (StatementTable.dropped) is not
 * entered, but the entity network still gets its `speaks_about` occurrences (one per mention, from its speaker).
 */
export function spokenAbout(
  id: string,
  s: OwnEdgeSource,
  key: (e: string) => string,
  date: { date?: string },
  speaker: string | undefined,
  onMention: (target: string, occ: Occurrence) => void,
): void {
  if (!speaker) return;
  for (const m of s.mentions) onMention(key(m.entity), { document: id, start: m.start, end: m.end, ...date });
}

/**
 * A carried statement in full, as graphFromFolded would have built it (its node and own edges, without keys):
 * from its document's facts, read again. Documents are asked for in runs, so the last one's facts are kept.
 */
export function refiller(
  table: StatementTable,
  docs: ReadonlyMap<string, DocSummary>,
  refacts: (id: string) => DocFacts,
  resolution: Resolution,
): (i: number) => { node: NodeAttributes; edges: TableEdge[] } {
  let last: { id: string; facts: DocFacts } | null = null;
  return (i) => {
    const id = table.attrs[i]!.document!;
    const sid = table.keys[i]!.slice(statementKey(id, "").length);
    if (last?.id !== id) last = { id, facts: refacts(id) };
    const s = last.facts.statements.find((x) => x.id === sid);
    const d = docs.get(id);
    if (!s || !d)
      throw new Error(
        `newsgraph/graph: carried statement ${table.keys[i]} is not in its document's facts; build with --full`,
      );
    const key = keysOf(resolution, id);
    const own = ownEdges(
      id,
      table.keys[i]!,
      s,
      key,
      d.day ? { date: d.day } : {},
      s.speaker ? key(s.speaker) : undefined,
      () => {},
    );
    const edges = own.list.map((agg) => ({
      key: "",
      source: agg.source,
      target: agg.target,
      attributes: settledAttributes(agg),
    }));
    return { node: statementNode(d, s), edges };
  };
}
