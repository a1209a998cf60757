// Attribute values of foreign files made safe to show: every declared field gets the type the panel expects, any other value a string form.
import type { Attributes } from "./types.ts";

/** Any value as text, never throwing (null-prototype objects, cycles and bigints included). */
export function displayValue(v: unknown): string {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
  if (v === null || v === undefined) return "";
  try {
    return JSON.stringify(v, (_k, x: unknown) => (typeof x === "bigint" ? String(x) : x)) ?? "";
  } catch {
    return Object.prototype.toString.call(v);
  }
}

const STRINGS = ["text", "cue", "document", "date", "evidence", "quoteKind", "iso", "role", "rule", "speakerRule"];
const NUMBERS = ["start", "end", "evidenceStart", "mentionCount"];

/**
 * Declared newsgraph fields coerced in place: a string field holding a number becomes its text, an offset that is no
 * finite integer is dropped, `former` becomes a boolean and roles keep only well-formed entries — so a GEXF node
 * with `roles="[null]"` or a numeric `text` shows what it can instead of breaking the panel.
 */
export function coerceFields(a: Attributes): void {
  for (const k of STRINGS) if (a[k] !== undefined && typeof a[k] !== "string") a[k] = displayValue(a[k]);
  for (const k of NUMBERS) if (a[k] !== undefined && !(typeof a[k] === "number" && Number.isInteger(a[k]))) delete a[k];
  if (a.former !== undefined) a.former = a.former === true || a.former === "true";
  if (a.roles !== undefined) {
    const roles = Array.isArray(a.roles) ? a.roles : [];
    a.roles = roles.flatMap((r: unknown) => {
      if (typeof r === "string") return [{ role: r }];
      if (!r || typeof r !== "object" || Array.isArray(r)) return [];
      const o = r as Record<string, unknown>;
      if (o.role === undefined || o.role === null) return [];
      return [
        {
          role: displayValue(o.role),
          ...(o.former === true ? { former: true } : {}),
          ...(typeof o.at === "string" ? { at: o.at } : {}),
        },
      ];
    });
  }
}
