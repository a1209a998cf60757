// Small JSON models: a file read against its zod schema (errors name the module and its trainer), and the linear score.
import { z } from "zod";

/** The file's checked data; `name` is both the module (`newsgraph/<name>`) and its trainer (`pnpm train:<name>`). */
export function parseModelJson<S extends z.ZodType>(json: string, schema: S, name: string): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw new Error(`newsgraph/${name}: the model file is not JSON (${String(e)}); rerun pnpm train:${name}`, {
      cause: e,
    });
  }
  const r = schema.safeParse(raw);
  if (!r.success)
    throw new Error(
      `newsgraph/${name}: the model file does not fit its schema (${r.error.message}); rerun pnpm train:${name}`,
    );
  return r.data;
}

/** True when `v` is a plain object whose every value is a finite number (the keys of parsed JSON are strings). */
function isWeightRecord(v: unknown): v is Record<string, number> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  for (const k in v) {
    const w = (v as Record<string, unknown>)[k];
    if (typeof w !== "number" || !Number.isFinite(w)) return false;
  }
  return true;
}

/**
 * A model file's weights (feature → number), checked by one loop and kept as parsed: `z.record(z.string(),
 * z.number())` checked and copied each of 6–20k weights at about 50 ms a file, paid by every thread that loads models.
 */
export const weightRecord = () =>
  z.custom<Record<string, number>>(isWeightRecord, { message: "weights must map each feature to a finite number" });

/** True when `v` is a list of strings. */
function isStringList(v: unknown): v is string[] {
  if (!Array.isArray(v)) return false;
  for (const x of v) if (typeof x !== "string") return false;
  return true;
}

/** A model header's word list (the tagger's 1,700 gate words), checked by one loop as `weightRecord` is. */
export const stringList = () => z.custom<string[]>(isStringList, { message: "expected a list of strings" });

/** A bias plus one weight per string feature: the content-ends, quote-keep and statement-keep models. */
export interface LinearModel {
  bias: number;
  weights: ReadonlyMap<string, number>;
}

/** The bias plus the weights of the features present (a feature the model never saw weighs 0). */
export function linearScore(m: LinearModel, feats: readonly string[]): number {
  let s = m.bias;
  for (const f of feats) s += m.weights.get(f) ?? 0;
  return s;
}
