// Array helpers that stay safe at any length: spreading a large array into call arguments overflows the stack.

/** Append every item of each list to target, one push at a time (never `target.push(...items)`). */
export function pushAll<T>(target: T[], ...lists: readonly (readonly T[])[]): T[] {
  for (const list of lists) for (const x of list) target.push(x);
  return target;
}

/**
 * objectArray's template: an empty array of the object kind, copied (`slice`), never handed out. It was a literal
 * (`[null]`, then `pop`) in objectArray; V8 keeps one allocation site per array literal and starts every later array
 * of that site in the most general kind any of them reached. One caller's sparse array (`source[t] ??= …` in the
 * chooser's role map) made every later objectArray(), and every `mapPacked` and `packed` list with it, holey, after
 * the first lists had been packed: two shapes for every loop over them (BBC: 2,225 of 2,226 documents' entity candidate
 * lists holey, the first packed). A copy of a template has no allocation site, so no other caller can change its kind.
 */
const NO_OBJECTS: unknown[] = [null];
NO_OBJECTS.pop();

/**
 * A new empty array of V8's object-elements kind. `[]`, `[].map(f)` and `[...a, ...b]` of empty lists are arrays of
 * small integers to V8, so the first article with no candidates (or no mentions, no statements) hands every loop over
 * that list a new array shape, and each such function is deoptimised and compiled again; an empty array made this way
 * has the same shape as the non-empty lists of objects the loops usually meet.
 */
export function objectArray<T>(): T[] {
  return NO_OBJECTS.slice() as T[];
}

/** `list` itself, or an empty array of the object kind when it is empty (see objectArray). */
export function packed<T>(list: T[]): T[] {
  return list.length > 0 ? list : objectArray<T>();
}

/** `list.flatMap(f)` as a packed array of objects (V8's flatMap makes a holey array, a second shape for every loop). */
export function flatMapPacked<T, U>(list: readonly T[], f: (x: T, i: number) => readonly U[]): U[] {
  const out = objectArray<U>();
  for (let i = 0; i < list.length; i++) for (const y of f(list[i]!, i)) out.push(y);
  return out.slice(); // exactly as long (see mapPacked)
}

/**
 * `list.map(f)` as a packed array of V8's object-elements kind, whether or not the caller is optimised. TurboFan inlines
 * `Array.prototype.map` and makes its result holey, while the builtin (the caller still interpreted) makes it packed, so
 * a list made by `.map` reaches the next function in two shapes (three when empty, see objectArray) and every function
 * it passes through is deoptimised ("wrong map") and compiled again.
 */
export function mapPacked<T, U>(list: readonly T[], f: (x: T, i: number) => U): U[] {
  const out = objectArray<U>();
  for (let i = 0; i < list.length; i++) out.push(f(list[i]!, i));
  // a pushed array keeps spare room (a 3-item list holds 17 slots): the copy is exactly as long, still packed, so the
  // lists a document keeps cost what `.map`'s do (Reuters peak RSS rose 40–105 MiB without it)
  return out.slice();
}
