// FNV-1a over a string's UTF-16 code units: the hash of the exact string tables (string-table.ts, parts-weights.ts).

export const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** FNV-1a over `s`, continuing from state `h` (start from FNV_OFFSET), so a key's parts hash as the whole key does. */
export function fnv1a(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}
