// Visual defaults shared by the graph builder and the exporters: colour per kind, size from degree, seeded positions.

export const KIND_COLORS: Readonly<Record<string, string>> = {
  person: "#4e79a7",
  organization: "#f28e2b",
  country: "#59a14f",
  location: "#76b7b2",
  statement: "#b07aa1",
};
export const DEFAULT_COLOR = "#9c9c9c";

export function colorForKind(kind: unknown): string {
  return (typeof kind === "string" && KIND_COLORS[kind]) || DEFAULT_COLOR;
}

/** Node size grows with the square root of degree so hubs stand out without dwarfing everything else. */
export function sizeForDegree(degree: number): number {
  return Math.round((3 + 2 * Math.sqrt(degree)) * 100) / 100;
}

/** FNV-1a over UTF-16 code units: a tiny, stable string hash (same on every platform and run). */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * A deterministic, never-degenerate starting position from the node key alone: the hash picks a slot on a
 * phyllotaxis spiral, so nodes are spread over a disc and ForceAtlas2 never starts from all-zero positions.
 * Depending only on the key (not on insertion order) keeps positions stable when other nodes come and go.
 */
export function seededPosition(key: string, spread = 100): { x: number; y: number } {
  const h = hashString(key);
  const slot = (h % 100_003) + 1;
  const r = spread * Math.sqrt(slot / 100_003);
  const theta = slot * GOLDEN_ANGLE + ((h >>> 17) / 32768) * 0.5;
  return { x: round(r * Math.cos(theta)), y: round(r * Math.sin(theta)) };
}

/** Round coordinates to 1e-4 so serialised output does not depend on last-bit floating point noise. */
export function round(n: number): number {
  return Math.round(n * 1e4) / 1e4;
}
