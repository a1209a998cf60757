// Colour by any node attribute: a categorical palette for few values or ids (community), a gradient for numbers; with its legend.
import type { GraphIndex } from "../model/derive.ts";
import type { ViewerGraph } from "../model/types.ts";

export interface LegendEntry {
  label: string;
  color: string;
}
export interface ColourTable {
  colors: Map<string, string>;
  legend: LegendEntry[];
}

/** Tableau-like, distinguishable on white and on dark grey. */
export const PALETTE = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#2f9e9e",
  "#8cd17d",
  "#d37295",
];
export const REST_COLOR = "#b5b5b5";
const LOW = [222, 235, 247];
const HIGH = [8, 48, 107];

function lerp(t: number): string {
  const c = LOW.map((lo, i) => Math.round(lo + (HIGH[i]! - lo) * t));
  return `#${c.map((v) => v.toString(16).padStart(2, "0")).join("")}`;
}

/** null for "kind" (the default palette) or an attribute no node has. */
export function colourTable(graph: ViewerGraph, index: GraphIndex, colorBy: string): ColourTable | null {
  if (colorBy === "kind") return null;
  const info = index.attributes.find((a) => a.name === colorBy);
  if (!info) return null;
  const colors = new Map<string, string>();
  if (info.categorical) {
    const top = info.values.slice(0, PALETTE.length);
    const byValue = new Map(top.map((v, i) => [v.value, PALETTE[i]!]));
    graph.forEachNode((k, a) => {
      const v = a[colorBy];
      colors.set(k, v === undefined || v === null ? REST_COLOR : (byValue.get(String(v)) ?? REST_COLOR));
    });
    const legend = top.map((v, i) => ({ label: `${v.value} (${v.count})`, color: PALETTE[i]! }));
    if (info.values.length > top.length || info.count < graph.order)
      legend.push({ label: "other / none", color: REST_COLOR });
    return { colors, legend };
  }
  // numbers: sqrt scale so a few hubs (pagerank) do not wash everything else out
  const span = info.max - info.min;
  graph.forEachNode((k, a) => {
    const v = a[colorBy];
    colors.set(k, typeof v === "number" ? lerp(span > 0 ? Math.sqrt((v - info.min) / span) : 0.5) : REST_COLOR);
  });
  const fmt = (v: number) => (Math.abs(v) >= 100 || Number.isInteger(v) ? String(Math.round(v)) : v.toPrecision(3));
  return {
    colors,
    legend: [
      { label: `${fmt(info.min)} (low)`, color: lerp(0) },
      { label: `${fmt(info.max)} (high)`, color: lerp(1) },
    ],
  };
}
