// Sigma reducers as pure functions of (attributes, frame): filters and focus never touch the graph's data.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { GraphIndex } from "../model/derive.ts";
import type { VEdge, VNode, ViewerGraph } from "../model/types.ts";
import { edgeVisible, focusSet, visibleNodes } from "../state/visibility.ts";
import type { ViewState } from "../state/view-state.ts";
import { DIM_EDGE, DIM_NODE, edgeColor, edgeSize, nodeColor, sizeTable } from "./appearance.ts";
import { colourTable, type ColourTable } from "./colour-by.ts";

/** A found path: its nodes and the edges that join them, drawn on top of everything else. */
export interface PathHighlight {
  nodes: Set<string>;
  edges: Set<string>;
}
export const PATH_COLOR = "#d62728";

/** Everything a reducer call needs, derived once per state change so each call is a few map lookups. */
export interface Frame {
  state: ViewState;
  visible: Set<string>;
  focus: { center: string; nodes: Set<string> } | null;
  sizes: Map<string, number>;
  /**
   * Dim everything outside the focus. Off for huge graphs: dimming touches every node, so hover and selection
   * there only highlight the neighbourhood, which a partial sigma refresh can redraw cheaply.
   */
  dim: boolean;
  /** edges are not drawn while the layout runs on a large graph (drawing them would slow the layout down) */
  hideEdges: boolean;
  /** per-node colours when colouring by an attribute, else null (colour by kind) */
  colours: ColourTable | null;
  path: PathHighlight | null;
  edgeDays: Map<string, string[]>;
  maxWeight: number;
}

/** Force labels on the focused entities only while they are few; focused statements compete for label room as usual. */
const MAX_FORCED_LABELS = 40;
const MAX_FORCED_QUOTES = 8;
/** Quotes make long labels; on the canvas a short lead is enough (the details panel has the full text). */
const STATEMENT_LABEL = 36;

export function shortLabel(label: string): string {
  return label.length > STATEMENT_LABEL ? `${label.slice(0, STATEMENT_LABEL - 1).trimEnd()}…` : label;
}

export function nodeDisplay(key: string, a: VNode, f: Frame): Partial<NodeDisplayData> {
  if (!f.visible.has(key) && key !== f.state.selected) return { x: a.x, y: a.y, hidden: true };
  const d: Partial<NodeDisplayData> = {
    x: a.x,
    y: a.y,
    size: f.sizes.get(key) ?? 3,
    color: f.colours?.colors.get(key) ?? nodeColor(a),
    label: a.kind === "statement" ? shortLabel(a.label) : a.label,
    type: a.kind === "statement" ? "square" : "circle",
  };
  if (f.focus) {
    if (!f.focus.nodes.has(key)) {
      if (f.dim) {
        d.color = DIM_NODE;
        d.label = "";
      }
    } else if (f.focus.nodes.size <= (a.kind === "statement" ? MAX_FORCED_QUOTES : MAX_FORCED_LABELS))
      d.forceLabel = true;
  }
  if (f.path) {
    if (f.path.nodes.has(key)) {
      d.forceLabel = true;
      d.highlighted = true;
      d.color = f.colours?.colors.get(key) ?? nodeColor(a);
      d.zIndex = 2;
    } else if (f.dim && !f.focus) {
      d.color = DIM_NODE;
      d.label = "";
    }
  }
  if (key === f.state.selected) {
    d.highlighted = true;
    d.forceLabel = true;
  }
  return d;
}

export function edgeDisplay(key: string, a: VEdge, source: string, target: string, f: Frame): Partial<EdgeDisplayData> {
  if (f.path?.edges.has(key)) return { color: PATH_COLOR, size: 4, zIndex: 2 };
  if (f.hideEdges || !edgeVisible(f.visible, f.state, a, source, target, f.edgeDays.get(key))) return { hidden: true };
  const d: Partial<EdgeDisplayData> = { color: edgeColor(a.kind, a.color), size: edgeSize(a.weight, f.maxWeight) };
  if (f.path && f.dim && !f.focus) return { ...d, color: DIM_EDGE };
  if (f.focus) {
    if (source === f.focus.center || target === f.focus.center) d.size = 2;
    else if (!f.dim) return d;
    else if (f.focus.nodes.has(source) && f.focus.nodes.has(target)) d.color = DIM_EDGE;
    else d.hidden = true;
  }
  return d;
}

/** True when going from `a` to `b` changes only hover/selection, i.e. what is visible and how big stays the same. */
export function onlyFocusChanged(a: ViewState, b: ViewState): boolean {
  return (
    a.hidden === b.hidden &&
    a.minDegree === b.minDegree &&
    a.document === b.document &&
    a.speaker === b.speaker &&
    a.hops === b.hops &&
    a.sizeBy === b.sizeBy &&
    a.colorBy === b.colorBy &&
    a.filter === b.filter &&
    a.from === b.from &&
    a.to === b.to &&
    a.path === b.path &&
    (b.hops === 0 || a.selected === b.selected)
  );
}

/** Build a frame; pass the previous one to reuse the expensive parts when only hover or selection changed. */
export function makeFrame(
  graph: ViewerGraph,
  index: GraphIndex,
  state: ViewState,
  prev?: Frame,
  dim = prev?.dim ?? true,
  path: PathHighlight | null = prev?.path ?? null,
): Frame {
  const p = prev?.state;
  const reuse =
    prev !== undefined &&
    p !== undefined &&
    onlyFocusChanged(p, { ...state, sizeBy: p.sizeBy, colorBy: p.colorBy, path: p.path });
  const visible = reuse ? prev.visible : visibleNodes(graph, index, state);
  const sizes = prev && p?.sizeBy === state.sizeBy ? prev.sizes : sizeTable(graph, index, state.sizeBy);
  const colours = prev && p?.colorBy === state.colorBy ? prev.colours : colourTable(graph, index, state.colorBy);
  const focus = focusSet(graph, state, visible);
  return {
    state,
    visible,
    sizes,
    dim,
    hideEdges: prev?.hideEdges ?? false,
    focus,
    colours,
    path: state.path ? path : null,
    edgeDays: index.edgeDays,
    maxWeight: index.maxWeight,
  };
}

/** Nodes and edges whose display changes when the focus moves from frame `a` to `b` (for a partial refresh). */
export function focusDelta(graph: ViewerGraph, a: Frame, b: Frame): { nodes: string[]; edges: string[] } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const f of [a, b]) {
    if (f.state.selected !== null && graph.hasNode(f.state.selected)) nodes.add(f.state.selected);
    if (!f.focus) continue;
    for (const n of f.focus.nodes) nodes.add(n);
    graph.forEachEdge(f.focus.center, (e) => {
      edges.add(e);
    });
  }
  return { nodes: [...nodes], edges: [...edges] };
}
