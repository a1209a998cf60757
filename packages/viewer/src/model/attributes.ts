// A catalogue of the nodes' own attributes (newsgraph metrics, a foreign GEXF's columns) for "Colour by", "Size by" and the filter.
import type { ViewerGraph } from "./types.ts";

export interface AttributeInfo {
  name: string;
  /** every present value is a finite number */
  numeric: boolean;
  /** integers only (community ids, counts) */
  integer: boolean;
  min: number;
  max: number;
  /** nodes carrying it */
  count: number;
  /** the most frequent values (as strings) with counts, most frequent first; empty when values are nearly all distinct */
  values: { value: string; count: number }[];
  /** colour by category (few values, or an id like community) rather than by a gradient */
  categorical: boolean;
}

/** Attributes that are positions, drawing, text or provenance: never offered as a colour, size or filter. */
const SKIP = new Set([
  "x",
  "y",
  "size",
  "color",
  "label",
  "aliases",
  "text",
  "evidence",
  "evidenceStart",
  "start",
  "end",
  "document",
  "documents",
  "roles",
  "rules",
  "merges",
  "cue",
  "date",
  "firstSeen",
  "lastSeen",
  "iso",
  "country",
  "hidden",
  "forceLabel",
  "type",
  "zIndex",
  "highlighted",
]);
const MAX_TRACKED = 1000;
const MAX_CATEGORIES = 40;

export function attributeCatalogue(graph: ViewerGraph): AttributeInfo[] {
  const acc = new Map<
    string,
    { numeric: boolean; integer: boolean; min: number; max: number; count: number; values: Map<string, number> | null }
  >();
  graph.forEachNode((_k, a) => {
    for (const [name, v] of Object.entries(a)) {
      if (SKIP.has(name) || v === null || v === undefined || v === "") continue;
      if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") continue;
      let s = acc.get(name);
      if (!s)
        acc.set(
          name,
          (s = { numeric: true, integer: true, min: Infinity, max: -Infinity, count: 0, values: new Map() }),
        );
      s.count++;
      if (typeof v === "number" && Number.isFinite(v)) {
        if (v < s.min) s.min = v;
        if (v > s.max) s.max = v;
        if (!Number.isInteger(v)) s.integer = false;
      } else {
        s.numeric = false;
        s.integer = false;
      }
      if (s.values) {
        const key = String(v);
        s.values.set(key, (s.values.get(key) ?? 0) + 1);
        if (s.values.size > MAX_TRACKED) s.values = null;
      }
    }
  });
  const out: AttributeInfo[] = [];
  for (const [name, s] of acc) {
    const values = s.values
      ? [...s.values]
          .map(([value, count]) => ({ value, count }))
          .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1))
      : [];
    const distinct = s.values?.size ?? Infinity;
    const categorical =
      !s.numeric ||
      (s.integer &&
        (name === "community" || /^(community|cluster|modularity_class|group|class)/i.test(name) || distinct <= 12));
    // a text column where (nearly) every node differs (ids, names) can neither colour nor filter usefully
    if (!s.numeric && distinct > MAX_CATEGORIES * 25) continue;
    out.push({
      name,
      numeric: s.numeric,
      integer: s.integer,
      min: s.numeric ? s.min : 0,
      max: s.numeric ? s.max : 0,
      count: s.count,
      values,
      categorical,
    });
  }
  out.sort((a, b) => (a.name === "kind" ? -1 : b.name === "kind" ? 1 : a.name.localeCompare(b.name)));
  return out;
}

/** Whether a node passes an attribute filter: categorical values match exactly, numeric ones keep value >= threshold. */
export function passesFilter(v: unknown, info: AttributeInfo | undefined, value: string): boolean {
  if (!info) return true;
  if (info.numeric && !info.categorical) return typeof v === "number" && v >= Number(value);
  return v !== undefined && v !== null && String(v) === value;
}
