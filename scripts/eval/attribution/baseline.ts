// Naive baseline: every double-quoted span of two or more words, attributed to the nearest "said"/"says"/"told" in its paragraph.
import type { Attribution, Frag } from "../../attribution/brat.ts";

const QUOTE_RE = /[“"]([^“”"\n]+)[”"]/g;
const CUE_RE = /\b(?:said|says|told)\b/g;

export function baseline(text: string): Attribution[] {
  const out: Attribution[] = [];
  for (const para of text.matchAll(/[^\n]+/g)) {
    const base = para.index;
    const p = para[0];
    const cues = [...p.matchAll(CUE_RE)].map((m) => ({ start: base + m.index, end: base + m.index + m[0].length }));
    for (const q of p.matchAll(QUOTE_RE)) {
      if (!/\S+\s+\S+/.test(q[1]!)) continue;
      const content = { start: base + q.index, end: base + q.index + q[0].length };
      let cue: Frag | null = null;
      for (const c of cues) if (!cue || dist(c, content) < dist(cue, content)) cue = c;
      const source = cue ? neighbourName(text, cue) : null;
      out.push({ content: [content], cue: cue ? [cue] : [], source: source ? [source] : [] });
    }
  }
  return out;
}

function dist(a: Frag, b: Frag): number {
  return a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;
}

/** The capitalised word run right after the cue ("said Smith") or right before it ("Smith said"). */
function neighbourName(text: string, cue: Frag): Frag | null {
  const after = /^\s+((?:\p{Lu}[\p{L}.'’-]*\s?)+)/u.exec(text.slice(cue.end, cue.end + 60));
  if (after) return { start: cue.end + after[0].length - after[1]!.length, end: cue.end + after[0].trimEnd().length };
  const before = /((?:\p{Lu}[\p{L}.'’-]*\s)*\p{Lu}[\p{L}.'’-]*|he|she|they)\s+$/u.exec(
    text.slice(Math.max(0, cue.start - 60), cue.start),
  );
  if (before) {
    const s = cue.start - before[0].length;
    return { start: s, end: s + before[1]!.length };
  }
  return null;
}
