// Evidence: the sentence(s) of the document holding a span, so the viewer can show and highlight it without the text.
import type { Range } from "../schema/stages.ts";

export interface Evidence {
  /** the sentence(s) covering the span, verbatim from the document */
  evidence: string;
  /** where the span itself starts inside `evidence` (UTF-16 index) */
  evidenceStart: number;
}

/** Words after which a period does not end a sentence (titles, initials, months, company suffixes). */
const ABBREV =
  /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Maj|Rep|Sen|Gov|St|Jr|Sr|vs|Inc|Corp|Ltd|Co|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Ret|etc|approx|Dept|\p{Lu}|(?:\p{L}\.)+\p{L})$/u;
const CLOSERS = "\"'”’)]»";
const ENDERS = ".!?";
const isSpace = (c: string | undefined) => c === " " || c === "\t" || c === "\r" || c === "\n" || c === "\u00a0";
/** Longest stretch scanned for a boundary; a sentence longer than this is cut there rather than scanning the whole text. */
const MAX_SCAN = 2000;

/**
 * Sentence bounds found by scanning outwards from the span, which is far cheaper than segmenting every document again
 * in the graph stage. Boundaries: a line break, or [.!?] plus closing quotes/brackets followed by whitespace, unless the
 * word before the period is an abbreviation or the next word starts in lower case.
 */
export class EvidenceFinder {
  constructor(private readonly text: string) {}

  /** True when a sentence ends right after index `i` (which holds . ! or ?) — closers already skipped by the caller. */
  private endsAt(i: number): boolean {
    if (!ENDERS.includes(this.text[i]!)) return false;
    if (this.text[i] !== ".") return true;
    return !ABBREV.test(this.text.slice(Math.max(0, i - 12), i));
  }

  private sentenceStart(pos: number): number {
    const t = this.text;
    const stop = Math.max(0, pos - MAX_SCAN);
    for (let j = pos - 1; j >= stop; j--) {
      const c = t[j];
      if (c === "\n") return skipSpace(t, j + 1, pos);
      if (!isSpace(c)) continue;
      let k = j - 1;
      while (k >= 0 && CLOSERS.includes(t[k]!)) k--;
      if (k >= 0 && this.endsAt(k) && !startsLower(t, j + 1)) return skipSpace(t, j + 1, pos);
    }
    return skipSpace(t, stop, pos);
  }

  private sentenceEnd(pos: number): number {
    const t = this.text;
    const stop = Math.min(t.length, pos + MAX_SCAN);
    for (let j = Math.max(pos, 0); j < stop; j++) {
      const c = t[j]!;
      if (c === "\n") return trimEnd(t, j, pos);
      if (!ENDERS.includes(c)) continue;
      let k = j + 1;
      while (k < t.length && CLOSERS.includes(t[k]!)) k++;
      if ((k >= t.length || isSpace(t[k])) && this.endsAt(j) && !startsLower(t, k)) return k;
    }
    return trimEnd(t, stop, pos);
  }

  /** The [start, end) of the sentence holding `pos` (co-occurrence groups mentions by it). */
  sentenceAt(pos: number): Range {
    const start = this.sentenceStart(pos);
    return { start, end: Math.max(pos + 1, this.sentenceEnd(pos)) };
  }

  /**
   * Evidence for [start, end): whole sentences from the one holding `start` to the one holding `end`, widened to
   * also cover `cover` (e.g. the speaker and cue of a statement). Null when the span does not fit the text.
   */
  find(start: number, end: number, cover: (Range | null | undefined)[] = []): Evidence | null {
    if (start < 0 || end > this.text.length || end < start) return null;
    let lo = start,
      hi = end;
    for (const r of cover)
      if (r && r.start >= 0 && r.end <= this.text.length) {
        lo = Math.min(lo, r.start);
        hi = Math.max(hi, r.end);
      }
    const from = this.sentenceStart(lo);
    // the end of the span may itself be a sentence end (a quote ending in a period): search from its last character
    const to = Math.max(hi, this.sentenceEnd(Math.max(lo, hi - 1)));
    return { evidence: this.text.slice(from, to), evidenceStart: start - from };
  }
}

/** “Can we wait?” asked Vask — a lower-case word after the stop means the sentence goes on. */
function startsLower(t: string, i: number): boolean {
  while (i < t.length && (t[i] === " " || t[i] === "\t")) i++;
  const c = t[i];
  return c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();
}

function skipSpace(t: string, i: number, limit: number): number {
  while (i < limit && isSpace(t[i])) i++;
  return i;
}

function trimEnd(t: string, i: number, limit: number): number {
  while (i > limit && isSpace(t[i - 1])) i--;
  return i;
}
