// Attribute values written already escaped for a double-quoted XML attribute: escapeAttr(formatValue(v)), made in pieces.
import { formatValue, keyedJson, LIST_ESCAPES, type ColumnType } from "./attributes.ts";
import { escapeAttr, xmlSafe } from "./xml.ts";

/**
 * Any character that JSON.stringify, the list syntax, xmlSafe or escapeAttr would change. A string without one
 * is written between `&quot;` as it is: the flattened occurrences of a BBC graph's edges carry about 950k quotes,
 * and escaping the finished JSON went through every one of them.
 */
// eslint-disable-next-line no-control-regex
const CHANGES = /[\u0000-\u001F"&'<>\\\u0085\u2028\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * escapeAttr(formatValue(v, type)), the same characters. Escaping is a map of single characters once xmlSafe has
 * run, and every piece here is whole as to surrogate pairs (a string literal, or ASCII punctuation), so escaping
 * the pieces one by one gives the escaped whole.
 */
export function formatAttrValue(v: unknown, type: ColumnType): string | undefined {
  if (v === undefined || v === null) return undefined;
  // numbers and booleans come out as digits, signs, letters and dots: nothing to escape
  if (type === "boolean" || type === "integer" || type === "long" || type === "double") return formatValue(v, type);
  if (type === "liststring") return listAttr(Array.isArray(v) ? v : [v]);
  if (typeof v === "object") return jsonAttr(v);
  return escapeAttr(String(v));
}

/** escapeAttr(formatList(items.map(String))). */
function listAttr(items: readonly unknown[]): string {
  let out = "[";
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out += ", ";
    // a hole is an empty piece of join, as in formatList
    if (!(i in items)) continue;
    const x = String(items[i]);
    out += CHANGES.test(x)
      ? escapeAttr(`"${xmlSafe(x).replace(/[\\"\n\r\t]/g, (c) => LIST_ESCAPES[c]!)}"`)
      : `&quot;${x}&quot;`;
  }
  return out + "]";
}

/** escapeAttr(stableJson(v)). */
export function jsonAttr(v: unknown): string {
  return keyedJson(v, stringAttr);
}

/** escapeAttr(JSON.stringify(s)) */
function stringAttr(s: string): string {
  return CHANGES.test(s) ? escapeAttr(JSON.stringify(s)) : `&quot;${s}&quot;`;
}
