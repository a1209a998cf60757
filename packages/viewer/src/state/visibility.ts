// Derive what is drawn from the view state: the visible node set (recomputed on filter change, never per frame) and the focus set.
import type { GraphIndex } from "../model/derive.ts";
import type { VEdge, ViewerGraph } from "../model/types.ts";
import type { ViewState } from "./view-state.ts";

/** The filter part of the state; selection only matters for k-hop. */
export function visibleNodes(graph: ViewerGraph, index: GraphIndex, s: ViewState): Set<string> {
  const hidden = new Set(s.hidden);
  let allowed: Set<string> | null = null;
  if (s.speaker !== null && graph.hasNode(s.speaker)) allowed = speakerNeighbourhood(graph, s.speaker);
  const out = new Set<string>();
  graph.forEachNode((key, a) => {
    if (hidden.has(a.kind)) return;
    if ((index.degree.get(key) ?? 0) < s.minDegree) return;
    if (s.document !== null && a.document !== s.document && !(a.documents ?? []).includes(s.document)) return;
    if (allowed && !allowed.has(key)) return;
    out.add(key);
  });
  if (s.hops > 0 && s.selected !== null && graph.hasNode(s.selected)) return khop(graph, s.selected, s.hops, out);
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
export function khop(graph: ViewerGraph, seed: string, hops: number, within: Set<string>): Set<string> {
  const out = new Set<string>([seed]);
  let frontier = [seed];
  for (let d = 0; d < hops && frontier.length; d++) {
    const next: string[] = [];
    for (const n of frontier) {
      graph.forEachNeighbor(n, (m) => {
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

export function edgeVisible(visible: Set<string>, s: ViewState, a: VEdge, source: string, target: string): boolean {
  if (!visible.has(source) || !visible.has(target)) return false;
  return s.document === null || a.document === undefined || a.document === s.document;
}

/** Hover wins over selection: the focused node and its visible neighbours stay bright, the rest is dimmed. */
export function focusSet(graph: ViewerGraph, s: ViewState, visible: Set<string>): { center: string; nodes: Set<string> } | null {
  const center = s.hovered ?? s.selected;
  if (center === null || !graph.hasNode(center)) return null;
  const nodes = new Set<string>([center]);
  graph.forEachNeighbor(center, (n) => {
    if (visible.has(n)) nodes.add(n);
  });
  return { center, nodes };
}
