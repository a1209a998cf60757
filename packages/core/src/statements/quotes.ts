// Quote pairing: double quotation marks (curly, straight, mixed pairs) into spans, per paragraph, in one linear pass.
import type { Range } from "../schema/stages.ts";
import { objectArray } from "../util/arrays.ts";

export interface Quote {
  /** index of the opening mark */
  open: number;
  /** index just after the closing mark, or the paragraph end when never closed */
  close: number;
  /** the quoted words, without marks and surrounding space */
  start: number;
  end: number;
  closed: boolean;
  paragraph: number;
}

// a format character (U+202A "‪" left-to-right embedding, a zero-width space) pasted before a mark stands as a space
const isSpace = (c: string | undefined) => c === undefined || /[\s\p{Cf}]/u.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** where a quote can open or close: two apostrophes, or a double quotation mark, in the order the text has them */
const MARK = /''|[“”"„«»]/g;

/**
 * Pair double quotes in each paragraph. “ always opens, ” always closes, a straight " opens when nothing is open and
 * otherwise closes (or opens an inner quote when it stands before a word inside a curly quote). A quote still open at
 * the paragraph end ends there: news leaves a quote unclosed when it continues in the next paragraph.
 */
export function findQuotes(text: string, paragraphs: Range[]): Quote[] {
  const out: Quote[] = objectArray();
  paragraphs.forEach((p, pi) => {
    let open = -1;
    let openLen = 1;
    let openChar = "";
    let inner = ""; // the mark that opened a nested double quote, if any
    const emit = (close: number, closedMark: boolean) => {
      let s = open + openLen;
      let e = closedMark ? close - (text[close - 1] === "'" && text[close - 2] === "'" ? 2 : 1) : close;
      while (s < e && isSpace(text[s])) s++;
      while (e > s && isSpace(text[e - 1])) e--;
      if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e)))
        out.push({ open, close, start: s, end: e, closed: closedMark, paragraph: pi });
      open = -1;
      inner = "";
    };
    // from mark to mark: a search skips the other characters (this loop ran once per character of every paragraph,
    // and its rare branches, first met after it was optimised, threw the optimised code away again and again)
    MARK.lastIndex = p.start;
    for (let m = MARK.exec(text); m !== null && m.index < p.end; m = MARK.exec(text)) {
      let i = m.index;
      let c = text[i]!;
      // two apostrophes stand for a straight double quote in some wire text: ''like this''
      if (c === "'") {
        c = '"';
        i++;
      }
      // a doubled mark ("“ or ”") is one mark typed twice
      else if (c === '"' && (text[i + 1] === "“" || text[i - 1] === "”")) continue;
      const len = c === '"' && text[i] === "'" ? 2 : 1;
      const at = i + 1 - len;
      const prev = text[at - 1];
      const next = text[i + 1];
      if (open < 0) {
        // a stray closer closes nothing, unless it opens a paragraph or a word the way an opener would (a typo)
        // …or stands after a space with a closer later in the paragraph: "bad. ” … what I learned,” he said"
        if (
          (c === "”" || c === "»") &&
          !(at === p.start && isWordChar(next)) &&
          !((isSpace(prev) || at === p.start) && closerAhead(text, i + 1, p.end))
        )
          continue;
        // a straight mark shaped like a closer ('worrying." But') opens nothing: an earlier stray mark threw the count
        if (
          c === '"' &&
          len === 1 &&
          (isWordChar(prev) || /[.,!?;:]/.test(prev ?? "")) &&
          (isSpace(next) || /[.,;:!?)]/.test(next ?? ""))
        )
          continue;
        open = at;
        openLen = len;
        openChar = c;
        continue;
      }
      if (c === "“" || c === "«" || c === "„") {
        if (inner) continue;
        // "not,“ he said": an opening mark typed as the closer, right after the last word and before a space
        if (
          c === "“" &&
          openChar === "“" &&
          /[\p{L}\p{N},.!?]/u.test(prev ?? "") &&
          isSpace(next) &&
          next !== undefined
        ) {
          emit(i + 1, true);
          continue;
        }
        // a new opener after a finished sentence means the previous quote was never closed
        if (openChar === c && isSpace(prev) && /[.!?]["”’]?\s*$/.test(text.slice(Math.max(open, i - 4), i))) {
          let e = i;
          while (e > open && isSpace(text[e - 1])) e--;
          emit(e, false);
          open = i;
          openLen = 1;
          openChar = c;
        } else inner = c;
        continue;
      }
      if (c === "”" || c === "»") {
        if (inner && inner !== '"') inner = "";
        else emit(i + 1, true);
        continue;
      }
      // straight double quote while a quote is open
      if (inner === '"') inner = "";
      else if (openChar !== '"' && !inner && isSpace(prev) && isWordChar(next)) inner = '"';
      else emit(i + 1, true);
    }
    if (open >= 0) emit(p.end, false);
  });
  return out;
}

/** For each token, the index of the quote it lies in (marks included), or -1. Linear merge of two sorted lists. */
export function tokenQuoteIndex(tokens: Range[], quotes: Quote[]): Int32Array {
  const idx = new Int32Array(tokens.length).fill(-1);
  let q = 0;
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    while (q < quotes.length && quotes[q]!.close <= tok.start) q++;
    const cur = quotes[q];
    if (cur && tok.start >= cur.open && tok.start < cur.close) idx[t] = q;
  }
  return idx;
}

/** True when a closing double mark (”, » or a straight ") follows in [from, end) before any opening “. */
function closerAhead(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const c = text[i];
    if (c === "“") return false;
    if (c === "”" || c === "»" || c === '"') return true;
  }
  return false;
}
