// Fast 32-bit string hashing and integer mixing for hashed sparse features (no allocation per feature).

/** FNV-1a over UTF-16 code units, finished with a murmur-style avalanche. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return fmix(h);
}

/** Combine a template id and up to two values into one feature hash. */
export function mix(t: number, a: number, b = 0): number {
  let h = Math.imul(t ^ 0x9e3779b9, 0x85ebca6b) ^ a;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) ^ b;
  return fmix(h);
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
