// Facts computed once per loaded graph (degree, documents, speakers, kinds present) so reducers and controls stay O(1).
import { attributeCatalogue, type AttributeInfo } from "./attributes.ts";
import { toDay } from "./dates.ts";
import { SUMMARY_KINDS } from "./entity-network.ts";
import { documentTable, type DocumentInfo } from "./sources.ts";
import { KINDS, type Kind, type VEdge, type ViewerGraph } from "./types.ts";

export interface GraphIndex {
  degree: Map<string, number>;
  maxDegree: number;
  maxMentions: number;
  /** kinds present in the graph, in legend order, with counts */
  kinds: { kind: Kind; count: number }[];
  /** edge kinds present, most frequent first, for the edge legend */
  edgeKinds: { kind: string; count: number }[];
  /** document ids, sorted */
  documents: string[];
  /** nodes that said at least one statement, by label */
  speakers: { key: string; label: string; count: number }[];
  /** file sizes were present: their min/max, to rescale them */
  fileSize: { min: number; max: number } | null;
  /** title, day, outlet and URL of each document id (from the graph's `documents` attribute) */
  docs: Map<string, DocumentInfo>;
  /** the nodes' own attributes, for colour, size and filter */
  attributes: AttributeInfo[];
  /** sorted distinct days each dated node or edge belongs to (a statement's date, an entity's documents' days) */
  nodeDays: Map<string, string[]>;
  edgeDays: Map<string, string[]>;
  /** one day per dated statement (or per dated document when there are no statements): what the timeline counts */
  timelineDays: string[];
  maxWeight: number;
}

export function deriveIndex(graph: ViewerGraph): GraphIndex {
  const degree = new Map<string, number>();
  const kindCount = new Map<Kind, number>();
  const documents = new Set<string>();
  const said = new Map<string, number>();
  let maxDegree = 0;
  let maxMentions = 0;
  let min = Infinity;
  let max = -Infinity;
  let allSized = true;
  graph.forEachNode((key, a) => {
    // summary edges (speaks_about, co_occurs) repeat what statements already connect: degree counts each tie once
    let d = 0;
    graph.forEachEdge(key, (_e, ea) => {
      if (!SUMMARY_KINDS.has(ea.kind)) d++;
    });
    degree.set(key, d);
    if (d > maxDegree) maxDegree = d;
    if ((a.mentionCount ?? 0) > maxMentions) maxMentions = a.mentionCount ?? 0;
    kindCount.set(a.kind, (kindCount.get(a.kind) ?? 0) + 1);
    if (a.document) documents.add(a.document);
    for (const doc of a.documents ?? []) documents.add(doc);
    if (typeof a.size === "number" && Number.isFinite(a.size)) {
      if (a.size < min) min = a.size;
      if (a.size > max) max = a.size;
    } else allSized = false;
  });
  const edgeKinds = new Map<string, number>();
  graph.forEachEdge((_e, a, source) => {
    if (a.kind === "said") said.set(source, (said.get(source) ?? 0) + 1);
    edgeKinds.set(a.kind, (edgeKinds.get(a.kind) ?? 0) + 1);
  });
  const speakers = [...said].map(([key, count]) => ({ key, label: graph.getNodeAttribute(key, "label"), count }));
  speakers.sort((a, b) => a.label.localeCompare(b.label) || (a.key < b.key ? -1 : 1));
  const docs = documentTable(graph, documents);
  const { nodeDays, edgeDays, timelineDays } = dateIndex(graph, docs);
  let maxWeight = 0;
  graph.forEachEdge((_e, a) => {
    if (typeof a.weight === "number" && a.weight > maxWeight) maxWeight = a.weight;
  });
  return {
    docs,
    attributes: attributeCatalogue(graph),
    nodeDays,
    edgeDays,
    timelineDays,
    maxWeight,
    degree,
    maxDegree,
    maxMentions,
    kinds: KINDS.filter((k) => kindCount.has(k)).map((kind) => ({ kind, count: kindCount.get(kind)! })),
    edgeKinds: [...edgeKinds]
      .map(([kind, count]) => ({ kind, count }))
      .sort((a, b) => b.count - a.count || (a.kind < b.kind ? -1 : 1)),
    documents: [...documents].sort(),
    speakers,
    fileSize: allSized && graph.order > 0 ? { min, max } : null,
  };
}

const uniqSorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

function dateIndex(graph: ViewerGraph, docs: Map<string, DocumentInfo>) {
  const nodeDays = new Map<string, string[]>();
  const edgeDays = new Map<string, string[]>();
  const timelineDays: string[] = [];
  const docDay = (id: unknown) => (typeof id === "string" ? docs.get(id)?.day : undefined);
  graph.forEachNode((key, a) => {
    const days: string[] = [];
    if (a.kind === "statement") {
      const d = toDay(a.date) ?? docDay(a.document);
      if (d) {
        days.push(d);
        timelineDays.push(d);
      }
    } else {
      for (const doc of a.documents ?? []) {
        const d = docDay(doc);
        if (d) days.push(d);
      }
      if (!days.length) for (const d of [toDay(a.firstSeen), toDay(a.lastSeen)]) if (d) days.push(d);
    }
    if (days.length) nodeDays.set(key, uniqSorted(days));
  });
  if (!timelineDays.length) for (const d of docs.values()) if (d.day) timelineDays.push(d.day);
  graph.forEachEdge((key, a) => {
    const days = edgeDayList(a, docDay, nodeDays);
    if (days.length) edgeDays.set(key, uniqSorted(days));
  });
  return { nodeDays, edgeDays, timelineDays };
}

/** An edge's days: its occurrences' documents, else its own document, else its statements' days, else firstSeen/lastSeen. */
function edgeDayList(a: VEdge, docDay: (id: unknown) => string | undefined, nodeDays: Map<string, string[]>): string[] {
  const out: string[] = [];
  if (Array.isArray(a.occurrences)) {
    for (const o of a.occurrences as { document?: unknown; date?: unknown }[]) {
      const d = toDay(o?.date) ?? docDay(o?.document);
      if (d) out.push(d);
    }
  }
  if (!out.length) {
    const d = docDay(a.document);
    if (d) out.push(d);
  }
  if (!out.length && Array.isArray(a.statements))
    for (const s of a.statements) for (const d of nodeDays.get(s) ?? []) out.push(d);
  if (!out.length) for (const d of [toDay(a.firstSeen), toDay(a.lastSeen)]) if (d) out.push(d);
  return out;
}
