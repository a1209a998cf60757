// Appearance: colour by kind (a legend-able palette), size by degree, mention count or the file's own sizes.
import { KIND_COLORS } from "@newsgraph/core";
import type { GraphIndex } from "../model/derive.ts";
import type { Kind, VNode, ViewerGraph } from "../model/types.ts";
import type { SizeBy } from "../state/view-state.ts";

/** core's palette (also used by its GEXF export), so Gephi and the viewer agree; "other" is for foreign GEXF nodes. */
export const KIND_COLOR: Record<Kind, string> = {
  person: KIND_COLORS.person ?? "#4e79a7",
  organization: KIND_COLORS.organization ?? "#f28e2b",
  country: KIND_COLORS.country ?? "#59a14f",
  location: KIND_COLORS.location ?? "#76b7b2",
  statement: KIND_COLORS.statement ?? "#b07aa1",
  other: "#9c9c9c",
};
export const DIM_NODE = "#e6e6e6";
export const DIM_EDGE = "#f0f0f0";

export const EDGE_COLOR: Record<string, string> = {
  said: "#8fa8c8",
  told: "#c9a9c2",
  via: "#c9a9c2",
  mentions: "#d8c7d4",
  affiliated_with: "#f3be8c",
  based_in: "#e6c9a0",
  part_of: "#a8cfc9",
  located_in: "#a8cfc9",
};
export const DEFAULT_EDGE_COLOR = "#cccccc";

const MIN_SIZE = 3;
const MAX_SIZE = 16;
/** Statements are many and secondary: drawn as smaller squares so people and organisations stand out. */
const STATEMENT_SCALE = 0.6;

/** Foreign GEXF nodes keep the file's colour; newsgraph kinds use the legend palette. */
export function nodeColor(a: VNode): string {
  if (a.kind === "other") return typeof a.color === "string" && a.color ? a.color : KIND_COLOR.other;
  return KIND_COLOR[a.kind];
}

export function edgeColor(kind: string, fileColor: unknown): string {
  return EDGE_COLOR[kind] ?? (typeof fileColor === "string" && fileColor ? fileColor : DEFAULT_EDGE_COLOR);
}

/** sqrt scaling: hubs stand out without dwarfing the rest. */
function scale(v: number, max: number): number {
  if (max <= 0) return MIN_SIZE;
  return MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(Math.max(0, v) / max);
}

export function nodeSize(a: VNode, key: string, index: GraphIndex, sizeBy: SizeBy): number {
  let s: number;
  if (sizeBy === "file" && index.fileSize && typeof a.size === "number") {
    const { min, max } = index.fileSize;
    s = max > min ? MIN_SIZE + ((MAX_SIZE - MIN_SIZE) * (a.size - min)) / (max - min) : (MIN_SIZE + MAX_SIZE) / 2;
  } else if (sizeBy === "mentions" && a.kind !== "statement") {
    s = scale(a.mentionCount ?? 0, index.maxMentions);
  } else if (sizeBy !== "degree" && sizeBy !== "file" && sizeBy !== "mentions") {
    const info = index.attributes.find((x) => x.name === sizeBy);
    const v = a[sizeBy];
    s = info && typeof v === "number" ? scale(v - Math.min(0, info.min), info.max - Math.min(0, info.min)) : MIN_SIZE;
  } else {
    s = scale(index.degree.get(key) ?? 0, index.maxDegree);
  }
  return a.kind === "statement" ? Math.max(2, s * STATEMENT_SCALE) : s;
}

/** Edge thickness by weight (number of occurrences), sqrt-scaled to 1–6 px; unweighted edges stay 1. */
export function edgeSize(weight: unknown, maxWeight: number): number {
  if (typeof weight !== "number" || !(weight > 1) || maxWeight <= 1) return 1;
  return 1 + 5 * Math.sqrt((weight - 1) / (maxWeight - 1));
}

/** One size per node for the current mode, computed once per mode change rather than in every reducer call. */
export function sizeTable(graph: ViewerGraph, index: GraphIndex, sizeBy: SizeBy): Map<string, number> {
  const m = new Map<string, number>();
  graph.forEachNode((k, a) => m.set(k, nodeSize(a, k, index, sizeBy)));
  return m;
}
