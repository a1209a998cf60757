// Where a quote or mention sits inside its evidence sentence, as three plain-text parts (rendered with <mark>, never as HTML).
import type { VNode } from "./types.ts";

export interface Segments {
  before: string;
  mark: string;
  after: string;
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
    if (seg.mark.length > 0) return seg;
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
