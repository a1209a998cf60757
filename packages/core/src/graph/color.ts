// Parse CSS-like colour strings (#rgb, #rrggbb, #rrggbbaa, rgb(), rgba()) into channels for GEXF's viz:color.

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

export function parseColor(s: string): Rgba | null {
  const t = s.trim().toLowerCase();
  let m = /^#([0-9a-f]{3,4})$/.exec(t);
  if (m) {
    const d = [...m[1]!].map((c) => parseInt(c + c, 16));
    return { r: d[0]!, g: d[1]!, b: d[2]!, a: d[3] === undefined ? 1 : d[3] / 255 };
  }
  m = /^#([0-9a-f]{6})([0-9a-f]{2})?$/.exec(t);
  if (m) {
    const n = parseInt(m[1]!, 16);
    return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255, a: m[2] ? parseInt(m[2], 16) / 255 : 1 };
  }
  m = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(t);
  if (m) {
    const ch = (x: string) => clamp(Math.round(Number(x)), 0, 255);
    return { r: ch(m[1]!), g: ch(m[2]!), b: ch(m[3]!), a: m[4] === undefined ? 1 : clamp(Number(m[4]), 0, 1) };
  }
  return null;
}
