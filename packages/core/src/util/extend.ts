// Copy-with-changes that keeps V8's hidden classes shared (for objects made once per document or per candidate).

/**
 * `{ ...o, ...change }`, same keys in the same order. In Node 20's V8 an object literal that opens with a spread and
 * then adds a key the source lacks (`{ ...s, seg }`) gets a hidden class of its own for every object made: each such
 * object is a new shape to every function it reaches, which deoptimises them for thousands of articles. A copy made by
 * `Object.assign` onto a fresh `{}` walks the shared transition tree instead.
 */
export function extend<T extends object, U extends object>(o: T, change: U): Omit<T, keyof U> & U {
  return Object.assign({}, o, change);
}
