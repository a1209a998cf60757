// Keys that cannot poison: names JavaScript objects treat specially are refused wherever a string becomes a graph key or an attribute name.
import { z } from "zod";

/** Property names that reach Object.prototype (or a constructor) when used as keys of plain objects, as graphology's adjacency does. */
export const RESERVED_KEYS: readonly string[] = ["__proto__", "constructor", "prototype"];

export function isReservedKey(k: string): boolean {
  return k === "__proto__" || k === "constructor" || k === "prototype";
}

const RESERVED_MESSAGE = `is a reserved JavaScript name (${RESERVED_KEYS.join(", ")}) and cannot be a key; rename it`;

/** A string used as a node key, an entity or statement id, or a reference to one. */
export const SafeKey = z.string().refine((s) => !isReservedKey(s), { message: `this id ${RESERVED_MESSAGE}` });

/** An issue for every own attribute name that is reserved (zod already drops `__proto__` itself; this catches the rest). */
export function checkAttributeNames(value: object, ctx: z.RefinementCtx): void {
  for (const k of Object.keys(value)) {
    if (isReservedKey(k))
      ctx.addIssue({ code: "custom", path: [k], message: `attribute name "${k}" ${RESERVED_MESSAGE}` });
  }
}
