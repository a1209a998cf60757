// Attribute model for the XML exporters: infer one typed column per scalar attribute, flatten arrays/objects to strings.
import type { Attributes } from "graphology-types";
import { escapeAttr, xmlSafe } from "./xml.ts";

/** `liststring`: an array of strings (GEXF's native list type); arrays of anything else and objects are JSON strings. */
export type ColumnType = "boolean" | "integer" | "long" | "double" | "string" | "liststring";

export interface Column {
  name: string;
  type: ColumnType;
}

const INT32 = 2 ** 31 - 1;

function typeOf(v: unknown): ColumnType {
  if (typeof v === "boolean") return "boolean";
  if (typeof v === "number") {
    if (!Number.isInteger(v)) return "double";
    return Math.abs(v) > INT32 ? "long" : "integer";
  }
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return "liststring";
  return "string";
}

/** The narrowest type that holds both: integer ⊂ long ⊂ double; anything else mixed becomes string. */
function widen(a: ColumnType, b: ColumnType): ColumnType {
  if (a === b) return a;
  const numeric: ColumnType[] = ["integer", "long", "double"];
  if (numeric.includes(a) && numeric.includes(b)) return numeric[Math.max(numeric.indexOf(a), numeric.indexOf(b))]!;
  return "string";
}

/** Infer columns from every element's attributes, skipping `reserved` names (those map to dedicated XML fields). */
export function inferColumns(items: Iterable<Attributes>, reserved: ReadonlySet<string>): Column[] {
  const types = new Map<string, ColumnType>();
  for (const attrs of items) {
    // for…in over plain attribute objects: Object.entries made an array per attribute of every node and edge
    for (const name in attrs) {
      const v: unknown = attrs[name];
      if (v === undefined || v === null || reserved.has(name)) continue;
      const prev = types.get(name);
      if (prev === "string") continue; // the widest: nothing changes it
      const t = typeOf(v);
      types.set(name, prev ? widen(prev, t) : t);
    }
  }
  return [...types.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, type]) => ({ name, type }));
}

/** The string form of a value for the column; undefined when the element has no value. */
export function formatValue(v: unknown, type: ColumnType): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (type === "boolean") return v ? "true" : "false";
  if (type === "integer" || type === "long" || type === "double") return Number.isFinite(v) ? String(v) : undefined;
  if (type === "liststring") return formatList(Array.isArray(v) ? v.map(String) : [String(v)]);
  // roles, merges, occurrences: one JSON document per value, so a reader parses it whole
  if (typeof v === "object") return stableJson(v);
  return String(v);
}

export const LIST_ESCAPES: Record<string, string> = { "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * A list written `["a", "b"]`: GEXF 1.3's list syntax (graphology-gexf and Gephi read it) and a JSON array at once.
 * Characters XML cannot carry become U+FFFD first (as everywhere in our XML), so the only escapes needed are the
 * ones both readers decode: backslash, quote, newline, return, tab.
 */
export function formatList(items: readonly string[]): string {
  return `[${items.map((x) => `"${xmlSafe(x).replace(/[\\"\n\r\t]/g, (c) => LIST_ESCAPES[c]!)}"`).join(", ")}]`;
}

/** An object's keys in sorted order, each already written as JSON with its colon: one per distinct key list. */
export interface KeyOrder {
  keys: string[];
  order: number[];
  heads: string[];
  /** the heads escaped for a double-quoted XML attribute (attr-values.ts) */
  attrHeads: string[];
}
/** Key lists seen so far (an edge's occurrences share a handful); bounded, since any object may come through here. */
const keyOrders = new Map<string, KeyOrder>();
const MAX_KEY_ORDERS = 512;

export function keyOrder(keys: string[]): KeyOrder {
  const id = keys.join("\u0000");
  const known = keyOrders.get(id);
  // the joined id could only collide for keys that contain NUL; comparing the keys themselves rules it out
  if (known && known.keys.length === keys.length && known.keys.every((k, i) => k === keys[i])) return known;
  const order = keys.map((_k, i) => i).sort((a, b) => compareStrings(keys[a]!, keys[b]!));
  const heads = order.map((i) => `${JSON.stringify(keys[i])}:`);
  const made = { keys, order, heads, attrHeads: heads.map(escapeAttr) };
  if (keyOrders.size < MAX_KEY_ORDERS) keyOrders.set(id, made);
  return made;
}

/** JSON with sorted keys, so flattened objects are byte-identical across runs. */
export function stableJson(v: unknown): string {
  return keyedJson(v, null);
}

/**
 * JSON with sorted keys. With `attrString` it comes out escaped for a double-quoted XML attribute (attr-values.ts):
 * strings through `attrString`, keys as their escaped heads; the punctuation between needs no escaping.
 */
export function keyedJson(v: unknown, attrString: ((s: string) => string) | null): string {
  if (attrString && typeof v === "string") return attrString(v);
  if (Array.isArray(v)) {
    let out = "[";
    for (let i = 0; i < v.length; i++) out += (i ? "," : "") + keyedJson(v[i], attrString);
    return out + "]";
  }
  if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o);
    const order = keyOrder(keys);
    const heads = attrString ? order.attrHeads : order.heads;
    let out = "{",
      first = true;
    for (let j = 0; j < order.order.length; j++) {
      const x = o[keys[order.order[j]!]!];
      if (x === undefined) continue;
      out += (first ? "" : ",") + heads[j]! + keyedJson(x, attrString);
      first = false;
    }
    return out + "}";
  }
  // numbers, booleans, null; undefined (and functions) in an array are null, as in JSON
  return JSON.stringify(v) ?? "null";
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
