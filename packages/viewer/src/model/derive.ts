// Facts computed once per loaded graph (degree, documents, speakers, kinds present) so reducers and controls stay O(1).
import { KINDS, type Kind, type ViewerGraph } from "./types.ts";

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
    const d = graph.degree(key);
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
  return {
    degree,
    maxDegree,
    maxMentions,
    kinds: KINDS.filter((k) => kindCount.has(k)).map((kind) => ({ kind, count: kindCount.get(kind)! })),
    edgeKinds: [...edgeKinds].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count || (a.kind < b.kind ? -1 : 1)),
    documents: [...documents].sort(),
    speakers,
    fileSize: allSized && graph.order > 0 ? { min, max } : null,
  };
}
