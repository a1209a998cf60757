// Evidence: the sentence(s) of the document holding a span, so the viewer can show and highlight it without the text.
import { segment } from "../text/segment.ts";
import type { Range } from "../pipeline/types.ts";

export interface Evidence {
  /** the sentence(s) covering the span, verbatim from the document */
  evidence: string;
  /** where the span itself starts inside `evidence` (UTF-16 index) */
  evidenceStart: number;
}

export class EvidenceFinder {
  private readonly sentences: Range[];

  constructor(private readonly text: string, sentences?: Range[]) {
    this.sentences = sentences ?? segment(text).sentences;
  }

  /** Index of the sentence containing `pos`, or the last one starting before it. */
  private sentenceAt(pos: number): number {
    let lo = 0, hi = this.sentences.length - 1, best = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.sentences[mid]!.start <= pos) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  }

  /**
   * Evidence for [start, end): whole sentences from the one holding `start` to the one holding `end - 1`,
   * widened to also cover `cover` (e.g. the speaker and cue of a statement). Null when there is no text.
   */
  find(start: number, end: number, cover: (Range | null | undefined)[] = []): Evidence | null {
    if (this.sentences.length === 0 || start < 0 || end > this.text.length || end < start) return null;
    let lo = start, hi = end;
    for (const r of cover) if (r) {
      lo = Math.min(lo, r.start);
      hi = Math.max(hi, r.end);
    }
    const from = Math.min(this.sentences[this.sentenceAt(lo)]!.start, start);
    const to = Math.max(this.sentences[this.sentenceAt(Math.max(lo, hi - 1))]!.end, end);
    return { evidence: this.text.slice(from, to), evidenceStart: start - from };
  }
}
