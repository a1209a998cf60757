// Where a quote or mention sits inside its evidence sentence, as three plain-text parts (rendered with <mark>, never as HTML).
import type { VNode } from "./types.ts";

export interface Segments {
  before: string;
  mark: string;
  after: string;
  /** a quote interrupted by its attribution: `mark` cut into pieces, the quoted parts marked and the frame between not */
  pieces?: { text: string; mark: boolean }[];
}

const int = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v);

/** Cut `text` around [from, to), clamped to the text so bad offsets degrade to "no highlight" rather than garbage. */
export function cut(text: string, from: number, to: number): Segments {
  const a = Math.max(0, Math.min(text.length, from));
  const b = Math.max(a, Math.min(text.length, to));
  return { before: text.slice(0, a), mark: text.slice(a, b), after: text.slice(b) };
}

/** The statement's evidence sentence with its content highlighted; without evidence, the content itself. */
export function quoteSegments(s: VNode): Segments {
  const text = s.text ?? s.label;
  if (typeof s.evidence === "string" && int(s.evidenceStart)) {
    const len = int(s.start) && int(s.end) ? s.end - s.start : text.length;
    const seg = cut(s.evidence, s.evidenceStart, s.evidenceStart + len);
    if (seg.mark.length > 0) return Array.isArray(s.parts) && int(s.start) ? withPieces(seg, s.parts, s.start) : seg;
  }
  return { before: "", mark: text, after: "" };
}

/**
 * A document span (e.g. a mention or the speaker's name) highlighted inside the statement's evidence sentence;
 * null when the statement has no evidence or the span lies outside it.
 */
export function spanSegments(s: VNode, start: number, end: number): Segments | null {
  if (typeof s.evidence !== "string" || !int(s.evidenceStart) || !int(s.start)) return null;
  const docStart = s.start - s.evidenceStart;
  const from = start - docStart;
  const to = end - docStart;
  if (from < 0 || to > s.evidence.length || to <= from) return null;
  return cut(s.evidence, from, to);
}

/** Split the marked hull at the parts (document offsets; the hull starts at document offset `start`). */
function withPieces(seg: Segments, parts: { start: number; end: number }[], start: number): Segments {
  const pieces: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const p of [...parts].sort((a, b) => a.start - b.start)) {
    const a = Math.max(at, Math.min(seg.mark.length, p.start - start));
    const b = Math.max(a, Math.min(seg.mark.length, p.end - start));
    if (a > at) pieces.push({ text: seg.mark.slice(at, a), mark: false });
    if (b > a) pieces.push({ text: seg.mark.slice(a, b), mark: true });
    at = b;
  }
  if (at < seg.mark.length) pieces.push({ text: seg.mark.slice(at), mark: false });
  return { ...seg, pieces };
}
