// The view state: everything the user chose (selection, hover, filters, appearance) as one immutable value with pure updates.
import { isKind, KINDS, type Kind } from "../model/types.ts";

/** "degree", "mentions", "file" (GEXF sizes) or the name of any numeric node attribute (pagerank, weightedDegree, a GEXF column). */
export type SizeBy = string;
export const SIZE_BY: readonly string[] = ["degree", "mentions", "file"];
/** An attribute filter: categorical attributes match `value` exactly, numeric ones keep nodes with attr >= value. */
export interface AttrFilter {
  attr: string;
  value: string;
}
const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const MAX_HOPS = 3;

export interface ViewState {
  selected: string | null;
  selectedEdge: string | null;
  /** transient: never written to the URL */
  hovered: string | null;
  /** kinds switched off, in KINDS order */
  hidden: Kind[];
  minDegree: number;
  document: string | null;
  speaker: string | null;
  /** 0 = off; otherwise show only the k-hop neighbourhood of the selection */
  hops: number;
  sizeBy: SizeBy;
  /** "kind" or the name of a node attribute (community, a GEXF column) */
  colorBy: string;
  filter: AttrFilter | null;
  /** the timeline's range, inclusive days (YYYY-MM-DD) */
  from: string | null;
  to: string | null;
  /** the two ends of a path search over the entity network */
  path: [string, string] | null;
  /** the statements table is open */
  table: boolean;
}

export const DEFAULT_STATE: ViewState = Object.freeze({
  selected: null,
  selectedEdge: null,
  hovered: null,
  hidden: [],
  minDegree: 0,
  document: null,
  speaker: null,
  hops: 0,
  sizeBy: "degree",
  colorBy: "kind",
  filter: null,
  from: null,
  to: null,
  path: null,
  table: false,
});

export type Action =
  | { type: "select"; node: string | null }
  | { type: "selectEdge"; edge: string | null }
  | { type: "hover"; node: string | null }
  | { type: "clear" }
  | { type: "setKind"; kind: Kind; visible: boolean }
  | { type: "minDegree"; value: number }
  | { type: "document"; value: string | null }
  | { type: "speaker"; value: string | null }
  | { type: "hops"; value: number }
  | { type: "sizeBy"; value: SizeBy }
  | { type: "colorBy"; value: string }
  | { type: "filter"; value: AttrFilter | null }
  | { type: "range"; from: string | null; to: string | null }
  | { type: "path"; value: [string, string] | null }
  | { type: "table"; open: boolean }
  | { type: "replace"; state: ViewState };

const clampInt = (v: number, lo: number, hi: number) =>
  Number.isFinite(v) ? Math.min(hi, Math.max(lo, Math.round(v))) : lo;

export function update(s: ViewState, a: Action): ViewState {
  switch (a.type) {
    case "select":
      return { ...s, selected: a.node, selectedEdge: null };
    case "selectEdge":
      return { ...s, selectedEdge: a.edge, selected: null };
    case "hover":
      return s.hovered === a.node ? s : { ...s, hovered: a.node };
    case "clear":
      // a hover left behind by a panel item that vanished on re-render must not outlive Escape either
      return s.selected === null && s.selectedEdge === null && s.hovered === null
        ? s
        : { ...s, selected: null, selectedEdge: null, hovered: null };
    case "setKind": {
      const hidden = new Set(s.hidden);
      if (a.visible) hidden.delete(a.kind);
      else hidden.add(a.kind);
      return { ...s, hidden: KINDS.filter((k) => hidden.has(k)) };
    }
    case "minDegree":
      return { ...s, minDegree: clampInt(a.value, 0, 1e6) };
    case "document":
      return { ...s, document: a.value || null };
    case "speaker":
      return { ...s, speaker: a.value || null };
    case "hops":
      return { ...s, hops: clampInt(a.value, 0, MAX_HOPS) };
    case "sizeBy":
      return { ...s, sizeBy: a.value };
    case "colorBy":
      return { ...s, colorBy: a.value || "kind" };
    case "filter":
      return { ...s, filter: a.value && a.value.attr ? a.value : null };
    case "range": {
      let from = a.from && DAY.test(a.from) ? a.from : null;
      let to = a.to && DAY.test(a.to) ? a.to : null;
      if (from && to && from > to) [from, to] = [to, from];
      return from === s.from && to === s.to ? s : { ...s, from, to };
    }
    case "path":
      return { ...s, path: a.value };
    case "table":
      return s.table === a.open ? s : { ...s, table: a.open };
    case "replace":
      return a.state;
  }
}

/** Serialise the shareable part of the state (not hover) as a URL hash; defaults are left out to keep links short. */
export function toHash(s: ViewState, base: ViewState = DEFAULT_STATE): string {
  const p = new URLSearchParams();
  if (s.selected !== null) p.set("node", s.selected);
  if (s.selectedEdge !== null) p.set("edge", s.selectedEdge);
  if (s.hidden.join(",") !== base.hidden.join(",")) p.set("hide", s.hidden.join(","));
  if (s.minDegree > 0) p.set("deg", String(s.minDegree));
  if (s.document !== null) p.set("doc", s.document);
  if (s.speaker !== null) p.set("speaker", s.speaker);
  if (s.hops > 0) p.set("hops", String(s.hops));
  if (s.sizeBy !== base.sizeBy) p.set("size", s.sizeBy);
  if (s.colorBy !== "kind") p.set("color", s.colorBy);
  if (s.filter) p.set("filter", `${s.filter.attr}=${s.filter.value}`);
  if (s.from) p.set("from", s.from);
  if (s.to) p.set("to", s.to);
  if (s.path) p.set("path", `${s.path[0]}|${s.path[1]}`);
  if (s.table) p.set("table", "1");
  const q = p.toString();
  return q ? `#${q}` : "";
}

/**
 * Read a hash back; unknown or malformed values fall back to defaults (links may be old or hand-edited).
 * `exists` lets the caller drop node/edge keys that are not in the loaded graph.
 */
export function fromHash(
  hash: string,
  exists: { node(k: string): boolean; edge(k: string): boolean; attr?(name: string): boolean } = {
    node: () => true,
    edge: () => true,
  },
  base: ViewState = DEFAULT_STATE,
): ViewState {
  const attr = (name: string | null) => name !== null && (exists.attr?.(name) ?? false);
  const p = new URLSearchParams(hash.replace(/^#/, ""));
  const s: ViewState = { ...base, hovered: null };
  const node = p.get("node");
  const edge = p.get("edge");
  s.selected = node !== null && exists.node(node) ? node : null;
  s.selectedEdge = s.selected === null && edge !== null && exists.edge(edge) ? edge : null;
  // no "hide" keeps the base (the overview hides statements on large graphs); "hide=" shows every kind
  const hide = p.has("hide") ? (p.get("hide") ?? "").split(",").filter(isKind) : base.hidden;
  s.hidden = KINDS.filter((k) => hide.includes(k));
  s.minDegree = clampInt(Number(p.get("deg") ?? 0), 0, 1e6);
  const doc = p.get("doc");
  s.document = doc ? doc : null;
  const speaker = p.get("speaker");
  s.speaker = speaker !== null && exists.node(speaker) ? speaker : null;
  s.hops = clampInt(Number(p.get("hops") ?? 0), 0, MAX_HOPS);
  const size = p.get("size");
  s.sizeBy = size !== null && (SIZE_BY.includes(size) || attr(size)) ? size : base.sizeBy;
  const color = p.get("color");
  s.colorBy = color !== null && attr(color) ? color : "kind";
  const filter = p.get("filter");
  const eq = filter ? filter.indexOf("=") : -1;
  s.filter =
    filter && eq > 0 && attr(filter.slice(0, eq)) ? { attr: filter.slice(0, eq), value: filter.slice(eq + 1) } : null;
  const from = p.get("from");
  const to = p.get("to");
  const range = update(s, { type: "range", from, to });
  s.from = range.from;
  s.to = range.to;
  const path = (p.get("path") ?? "").split("|");
  s.path = path.length === 2 && exists.node(path[0]!) && exists.node(path[1]!) ? [path[0]!, path[1]!] : null;
  s.table = p.get("table") === "1";
  return s;
}
