// Fast 32-bit string hashing and integer mixing for hashed sparse features (no allocation per feature).

/** FNV-1a over UTF-16 code units, finished with a murmur-style avalanche. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return fmix32(h) >>> 0;
}

/** `hashString(s.slice(from, to))` without making the slice (a word's affixes, five each side per new word). */
export function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return fmix32(h) >>> 0;
}

/** Combine a template id and up to two values into one feature hash. */
export function mix(t: number, a: number, b = 0): number {
  return mixBits(t, a, b) >>> 0;
}

/**
 * `mix` as a signed 32-bit value: the same bits, but always a small integer to V8. An unsigned result above 2^31 is
 * boxed as a heap number whenever the call is not inlined, which made `mix` one of the tagger's top allocation sites.
 * For callers that only mask the hash (`h & mask`) or store it in an Int32Array/Uint32Array, so results are identical.
 */
export function mixBits(t: number, a: number, b = 0): number {
  let h = Math.imul(t ^ 0x9e3779b9, 0x85ebca6b) ^ a;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) ^ b;
  return fmix32(h);
}

/** murmur3's finaliser, as a signed 32-bit value */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
