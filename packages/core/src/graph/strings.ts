// One copy of each repeated short string (names, kinds, rule names): a big build meets the same few thousand millions of times.

/** Strings longer than this (sentences, evidence) are rarely repeated: they are kept as they are, not looked up. */
const SHORT = 80;

/**
 * Every JSON.parse makes new strings, so without this each record and each spilled fact brings its own copy of
 * "person", "indirect:source-cue-clause" or "Tony Blair". Interning them keeps one; the table itself holds only
 * the distinct short strings of the corpus.
 */
export class Strings {
  private readonly seen = new Map<string, string>();

  of(s: string): string {
    if (s.length > SHORT) return s;
    const first = this.seen.get(s);
    if (first !== undefined) return first;
    this.seen.set(s, s);
    return s;
  }

  /** A copy of a JSON value (objects, arrays, strings, numbers) with its short strings interned; key order kept. */
  value<T>(v: T): T {
    if (typeof v === "string") return this.of(v) as T;
    if (Array.isArray(v)) return v.map((x: unknown) => this.value(x)) as T;
    if (v === null || typeof v !== "object") return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      // JSON.parse makes "__proto__" an own key; assigning it would set the prototype and lose the key
      if (k === "__proto__")
        Object.defineProperty(out, k, { value: this.value(x), enumerable: true, writable: true, configurable: true });
      else out[k] = this.value(x);
    }
    return out as T;
  }
}
