// Sigma reducers as pure functions of (attributes, frame): filters and focus never touch the graph's data.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { GraphIndex } from "../model/derive.ts";
import type { VEdge, VNode, ViewerGraph } from "../model/types.ts";
import { edgeVisible, focusSet, visibleNodes } from "../state/visibility.ts";
import type { ViewState } from "../state/view-state.ts";
import { DIM_EDGE, DIM_NODE, edgeColor, nodeColor, sizeTable } from "./appearance.ts";

/** Everything a reducer call needs, derived once per state change so each call is a few map lookups. */
export interface Frame {
  state: ViewState;
  visible: Set<string>;
  focus: { center: string; nodes: Set<string> } | null;
  sizes: Map<string, number>;
}

/** Force labels on the focused neighbourhood only while it is small enough to stay readable. */
const MAX_FORCED_LABELS = 40;

export function nodeDisplay(key: string, a: VNode, f: Frame): Partial<NodeDisplayData> {
  if (!f.visible.has(key) && key !== f.state.selected) return { x: a.x, y: a.y, hidden: true };
  const d: Partial<NodeDisplayData> = {
    x: a.x,
    y: a.y,
    size: f.sizes.get(key) ?? 3,
    color: nodeColor(a),
    label: a.label,
    type: a.kind === "statement" ? "square" : "circle",
  };
  if (f.focus) {
    if (!f.focus.nodes.has(key)) {
      d.color = DIM_NODE;
      d.label = "";
    } else if (f.focus.nodes.size <= MAX_FORCED_LABELS) d.forceLabel = true;
  }
  if (key === f.state.selected) {
    d.highlighted = true;
    d.forceLabel = true;
  }
  return d;
}

export function edgeDisplay(a: VEdge, source: string, target: string, f: Frame): Partial<EdgeDisplayData> {
  if (!edgeVisible(f.visible, f.state, a, source, target)) return { hidden: true };
  const d: Partial<EdgeDisplayData> = { color: edgeColor(a.kind, a.color), size: 1 };
  if (f.focus) {
    if (source === f.focus.center || target === f.focus.center) d.size = 2;
    else if (f.focus.nodes.has(source) && f.focus.nodes.has(target)) d.color = DIM_EDGE;
    else d.hidden = true;
  }
  return d;
}

/** Build a frame; pass the previous one to reuse the expensive parts when only hover or selection changed. */
export function makeFrame(graph: ViewerGraph, index: GraphIndex, state: ViewState, prev?: Frame): Frame {
  const p = prev?.state;
  const sameFilters =
    p !== undefined &&
    p.hidden === state.hidden &&
    p.minDegree === state.minDegree &&
    p.document === state.document &&
    p.speaker === state.speaker &&
    p.hops === state.hops &&
    (state.hops === 0 || p.selected === state.selected);
  const visible = sameFilters && prev ? prev.visible : visibleNodes(graph, index, state);
  const sizes = prev && p?.sizeBy === state.sizeBy ? prev.sizes : sizeTable(graph, index, state.sizeBy);
  return { state, visible, sizes, focus: focusSet(graph, state, visible) };
}
