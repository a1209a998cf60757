// The graph contract's zod schemas compiled once into a plan that checks a value and copies it in schema key order.
import type { z } from "zod";
import { SafeKey, isReservedKey } from "../schema/keys.ts";

/**
 * What zod's parse does for graph.json, without zod's per-value machinery: known keys in the schema's order, then
 * the extra keys of a passthrough object in their own order; strip objects drop extras, strict ones refuse them.
 * `copy` returns undefined when the value is invalid; the writer then asks zod itself for the message, so errors
 * read the same as before. A schema part the compiler does not know is handed to zod whole (`zod` plan).
 */
export type Plan =
  | {
      t: "object";
      keys: [string, Plan, boolean][];
      known: ReadonlySet<string>;
      rest: "pass" | "strip" | "strict";
      /** output keys by the object's own key list (see orderFor) */
      orders: Map<string, readonly Step[] | null>;
    }
  | { t: "array"; of: Plan }
  | { t: "string"; safeKey: boolean; pattern?: RegExp }
  | { t: "number"; int: boolean }
  | { t: "boolean" }
  | { t: "enum"; values: ReadonlySet<unknown> }
  | { t: "unknown" }
  | { t: "zod"; schema: z.ZodType };

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  innerType?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, unknown>;
  checks?: Check[];
}
interface Check {
  _zod: { def: { check: string; format?: string; pattern?: RegExp; fn?: unknown } };
}

const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
/** the refinement of SafeKey: a string that is no reserved name */
const SAFE_KEY_FN = defOf(SafeKey).checks?.[0]?._zod.def.fn;

/** The checks of a schema (to name the reserved-name refinements `compilePlan` may do itself). */
export function checksOf(schema: z.ZodType): readonly unknown[] {
  return defOf(schema).checks ?? [];
}

/**
 * The plan for `schema`. `nameChecks` are the object refinements known to be checkAttributeNames (zod keeps no
 * handle on a superRefine's function, so the caller names them); any other refinement leaves that part to zod.
 */
export function compilePlan(schema: z.ZodType, nameChecks: ReadonlySet<unknown>): Plan {
  const d = defOf(schema);
  const checks = (d.checks ?? []).map((c) => c._zod.def);
  const whole: Plan = { t: "zod", schema };
  switch (d.type) {
    case "object": {
      // an object's custom check is known only if it is the reserved-name check, which copy() does itself
      if ((d.checks ?? []).some((c) => !nameChecks.has(c))) return whole;
      const keys = Object.entries(d.shape ?? {}).map(([k, s]): [string, Plan, boolean] => {
        const inner = defOf(s);
        return inner.type === "optional" && inner.innerType
          ? [k, compilePlan(inner.innerType, nameChecks), true]
          : [k, compilePlan(s, nameChecks), false];
      });
      const rest = d.catchall === undefined ? "strip" : defOf(d.catchall).type === "never" ? "strict" : "pass";
      if (rest === "pass" && d.catchall && defOf(d.catchall).type !== "unknown") return whole;
      return { t: "object", keys, known: new Set(keys.map(([k]) => k)), rest, orders: new Map() };
    }
    case "array":
      return checks.length === 0 && d.element ? { t: "array", of: compilePlan(d.element, nameChecks) } : whole;
    case "string": {
      if (checks.length === 0) return { t: "string", safeKey: false };
      const [c] = checks;
      if (checks.length === 1 && c!.check === "custom" && c!.fn === SAFE_KEY_FN) return { t: "string", safeKey: true };
      if (checks.length === 1 && c!.check === "string_format" && c!.format === "regex" && c!.pattern)
        return { t: "string", safeKey: false, pattern: c!.pattern };
      return whole;
    }
    case "number":
      if (checks.length === 0) return { t: "number", int: false };
      return checks.length === 1 && checks[0]!.format === "safeint" ? { t: "number", int: true } : whole;
    case "boolean":
      return checks.length === 0 ? { t: "boolean" } : whole;
    case "enum":
      return { t: "enum", values: new Set(Object.values(d.entries ?? {})) };
    case "unknown":
      return { t: "unknown" };
    default:
      return whole;
  }
}

/** Marks an invalid value inside copy(): cheaper than exceptions, and never a valid JSON value. */
const INVALID: unique symbol = Symbol("invalid");

/** The value as zod's parse would return it (same key order), or undefined when zod would refuse it. */
export function copyByPlan(plan: Plan, value: unknown): unknown {
  const out = copy(plan, value);
  return out === INVALID ? undefined : out;
}

function copy(plan: Plan, v: unknown): unknown {
  switch (plan.t) {
    case "string":
      if (typeof v !== "string" || (plan.safeKey && isReservedKey(v))) return INVALID;
      if (plan.pattern) plan.pattern.lastIndex = 0;
      return plan.pattern && !plan.pattern.test(v) ? INVALID : v;
    case "number":
      return typeof v === "number" && (plan.int ? Number.isSafeInteger(v) : Number.isFinite(v)) ? v : INVALID;
    case "boolean":
      return typeof v === "boolean" ? v : INVALID;
    case "enum":
      return plan.values.has(v) ? v : INVALID;
    case "unknown":
      return v;
    case "zod": {
      const r = plan.schema.safeParse(v);
      return r.success ? r.data : INVALID;
    }
    case "array": {
      if (!Array.isArray(v)) return INVALID;
      const out: unknown[] = new Array<unknown>(v.length);
      for (let i = 0; i < v.length; i++) {
        const x = copy(plan.of, v[i]);
        if (x === INVALID) return INVALID;
        out[i] = x;
      }
      return out;
    }
    case "object":
      return copyObject(plan, v);
  }
}

/** One key of an object's output: its plan (null: an extra key, copied as it is) and whether it may be undefined. */
type Step = readonly [string, Plan | null, boolean];
type ObjectPlan = Extract<Plan, { t: "object" }>;
/** distinct key lists remembered per object plan: a corpus graph has a few dozen; past this, each is worked out afresh */
const MAX_ORDERS = 256;

/**
 * The output keys for an object with these own keys, in zod's order, or null when zod would refuse it (a required key
 * missing, an extra key in a strict object, a reserved name). Worked out once per distinct key list: the nodes of a
 * corpus graph share a few dozen, and reading 30 schema keys from each node (most of them absent) cost more than zod.
 */
function orderFor(plan: ObjectPlan, keys: string[]): readonly Step[] | null {
  const signature = keys.join("\u0000");
  const known = plan.orders.get(signature);
  if (known !== undefined) return known;
  const present = new Set(keys);
  let steps: Step[] | null = [];
  for (const [k, p, optional] of plan.keys) {
    if (present.has(k)) steps.push([k, p, optional]);
    else if (!optional) steps = null;
    if (steps === null) break;
  }
  for (const k of keys) {
    if (steps === null || plan.rest === "strip") break;
    if (plan.known.has(k)) continue;
    // a reserved name zod would refuse (refined objects) or treat its own way: either way zod decides
    if (plan.rest === "strict" || isReservedKey(k)) steps = null;
    else steps.push([k, null, true]);
  }
  if (plan.orders.size < MAX_ORDERS) plan.orders.set(signature, steps);
  return steps;
}

function copyObject(plan: ObjectPlan, v: unknown): unknown {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return INVALID;
  const o = v as Record<string, unknown>;
  const steps = orderFor(plan, Object.keys(o));
  if (steps === null) return INVALID;
  const out: Record<string, unknown> = {};
  for (const [k, p, optional] of steps) {
    const x = o[k];
    if (p === null || (x === undefined && optional)) {
      out[k] = x; // as zod: a key present with undefined stays (JSON drops it)
      continue;
    }
    const c = copy(p, x);
    if (c === INVALID) return INVALID;
    out[k] = c;
  }
  return out;
}
