// Derive what is drawn from the view state: the visible node set (recomputed on filter change, never per frame) and the focus set.
import { passesFilter } from "../model/attributes.ts";
import { inRange } from "../model/dates.ts";
import type { GraphIndex } from "../model/derive.ts";
import { SUMMARY_KINDS } from "../model/entity-network.ts";
import type { VEdge, ViewerGraph } from "../model/types.ts";
import type { ViewState } from "./view-state.ts";

/** The filter part of the state; selection only matters for k-hop. */
export function visibleNodes(graph: ViewerGraph, index: GraphIndex, s: ViewState): Set<string> {
  const hidden = new Set(s.hidden);
  let allowed: Set<string> | null = null;
  if (s.speaker !== null && graph.hasNode(s.speaker)) allowed = speakerNeighbourhood(graph, s.speaker);
  const out = new Set<string>();
  const filterInfo = s.filter ? index.attributes.find((x) => x.name === s.filter!.attr) : undefined;
  const dated = s.from !== null || s.to !== null;
  graph.forEachNode((key, a) => {
    if (hidden.has(a.kind)) return;
    if (s.filter && !passesFilter(a[s.filter.attr], filterInfo, s.filter.value)) return;
    // undated nodes stay: a range narrows what has dates, it does not hide what never had any
    if (dated) {
      const days = index.nodeDays.get(key);
      if (days && !days.some((d) => inRange(d, s.from, s.to))) return;
    }
    if ((index.degree.get(key) ?? 0) < s.minDegree) return;
    if (s.document !== null && a.document !== s.document && !(a.documents ?? []).includes(s.document)) return;
    if (allowed && !allowed.has(key)) return;
    out.add(key);
  });
  if (s.hops > 0 && s.selected !== null && graph.hasNode(s.selected))
    return khop(graph, s.selected, s.hops, out, summariesShown(s));
  return out;
}

/** The speaker, the statements they made, and what those statements mention or were told to. */
function speakerNeighbourhood(graph: ViewerGraph, speaker: string): Set<string> {
  const keep = new Set<string>([speaker]);
  graph.forEachOutEdge(speaker, (_e, a, _s, statement) => {
    if (a.kind !== "said") return;
    keep.add(statement);
    graph.forEachNeighbor(statement, (n) => keep.add(n));
  });
  return keep;
}

/** Breadth-first over the visible nodes only; the seed is always kept so the selection never vanishes. */
export function khop(
  graph: ViewerGraph,
  seed: string,
  hops: number,
  within: Set<string>,
  summaries = false,
): Set<string> {
  const out = new Set<string>([seed]);
  let frontier = [seed];
  for (let d = 0; d < hops && frontier.length; d++) {
    const next: string[] = [];
    for (const n of frontier) {
      graph.forEachEdge(n, (_e, a, s, t) => {
        if (!summaries && SUMMARY_KINDS.has(a.kind)) return;
        const m = s === n ? t : s;
        if (!out.has(m) && within.has(m)) {
          out.add(m);
          next.push(m);
        }
      });
    }
    frontier = next;
  }
  return out;
}

/** speaks_about / co_occurs summarise statements: drawn (and followed) only while the statements themselves are hidden. */
export function summariesShown(s: ViewState): boolean {
  return s.hidden.includes("statement");
}

/** `days` are the edge's own days (GraphIndex.edgeDays), checked against the timeline's range. */
export function edgeVisible(
  visible: Set<string>,
  s: ViewState,
  a: VEdge,
  source: string,
  target: string,
  days?: string[],
): boolean {
  if (!visible.has(source) || !visible.has(target)) return false;
  if (SUMMARY_KINDS.has(a.kind) && !summariesShown(s)) return false;
  if (days && (s.from !== null || s.to !== null) && !days.some((d) => inRange(d, s.from, s.to))) return false;
  if (s.document === null || a.document === undefined) return true;
  if (a.document === s.document) return true;
  return (
    Array.isArray(a.occurrences) && (a.occurrences as { document?: string }[]).some((o) => o?.document === s.document)
  );
}

/** Hover wins over selection: the focused node and its visible neighbours stay bright, the rest is dimmed. */
export function focusSet(
  graph: ViewerGraph,
  s: ViewState,
  visible: Set<string>,
): { center: string; nodes: Set<string> } | null {
  const center = s.hovered ?? s.selected;
  if (center === null || !graph.hasNode(center)) return null;
  const nodes = new Set<string>([center]);
  const summaries = summariesShown(s);
  graph.forEachEdge(center, (_e, a, src, t) => {
    if (!summaries && SUMMARY_KINDS.has(a.kind)) return;
    const n = src === center ? t : src;
    if (visible.has(n)) nodes.add(n);
  });
  return { center, nodes };
}
