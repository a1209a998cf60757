// Stage `segment`: paragraphs, sentences and tokens with offsets into the untouched text.
import type { Range, Segmentation, Token } from "../schema/stages.ts";
import { tokenize } from "./tokenize.ts";
import { mapPacked } from "../util/arrays.ts";

/** Abbreviations after which a period does not end a sentence. */
const NO_BREAK = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "gen",
  "lt",
  "col",
  "sgt",
  "capt",
  "cmdr",
  "adm",
  "maj",
  "rep",
  "sen",
  "gov",
  "st",
  "jr",
  "sr",
  "vs",
  "inc",
  "corp",
  "ltd",
  "co",
  "no",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "ret",
  "u.s",
  "u.k",
  "u.n",
  "e.g",
  "i.e",
  "etc",
  "approx",
  "dept",
  "est",
  "fig",
  "rev",
]);

const CLOSERS = /["'”’)\]»]/;
/** Module constants, not literals in the loops: a regex literal is a new RegExp object each time it is evaluated. */
const SENTENCE_END = /^[.!?]+$/;
const ASCII_LOWER_START = /^[a-z]/;

/**
 * A sentence longer than this many tokens is cut, so work per sentence stays bounded: text without full stops
 * (2 MB of "Smith said …") would otherwise be one sentence that later stages scan again and again. Real news
 * sentences stay far below it.
 */
export const MAX_SENTENCE_TOKENS = 400;

export function segment(text: string): Segmentation {
  const tokens = tokenize(text);
  const paragraphs = splitParagraphs(text);
  const sentences: Segmentation["sentences"] = [];
  let first = 0;
  // q: the paragraph holding the current token; a sentence never crosses a paragraph break, so it is the sentence's too
  let q = 0;
  const push = (last: number) => {
    if (last < first) return;
    sentences.push({
      start: tokens[first]!.start,
      end: tokens[last]!.end,
      firstToken: first,
      lastToken: last,
      paragraph: q,
    });
    first = last + 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // a paragraph break always ends a sentence (in hard-wrapped text a single line break is no paragraph break)
    while (q < paragraphs.length - 1 && paragraphs[q]!.end <= t.start) q++;
    if (next && (next.start >= (paragraphs[q]?.end ?? text.length) || i - first + 1 >= MAX_SENTENCE_TOKENS)) {
      push(i);
      continue;
    }
    if (!SENTENCE_END.test(t.text) && !(t.text.endsWith(".") && t.text.length > 1 && !isAbbrev(t.text))) continue;
    if (t.text.length > 1 && t.text.endsWith(".") && isAbbrev(t.text)) continue;
    // absorb closing quotes and brackets
    let j = i;
    while (tokens[j + 1] && CLOSERS.test(tokens[j + 1]!.text) && tokens[j + 1]!.start === tokens[j]!.end) j++;
    const after = tokens[j + 1];
    if (!after) continue;
    if (ASCII_LOWER_START.test(after.text)) continue; // "U.S. officials" style or lower-case continuation
    const prev = tokens[i - 1];
    if (t.text === "." && prev && isAbbrev(prev.text + ".") && prev.end === t.start) continue;
    push(j);
    i = j;
  }
  if (first < tokens.length) push(tokens.length - 1);
  return { paragraphs, sentences, tokens };
}

const FINAL_STOP = /\.$/;
const DOTTED_LETTERS = /^([a-z]\.)+[a-z]?$/i;
const SHORT_DOTTED = /^([A-Za-z]\.){1,}[A-Za-z]?\.?$/;
const ONE_CAPITAL = /^[A-Z]$/;

function isAbbrev(tok: string): boolean {
  const w = tok.toLowerCase().replace(FINAL_STOP, "");
  if (NO_BREAK.has(w)) return true;
  if (DOTTED_LETTERS.test(tok.replace(FINAL_STOP, "") + ".")) return SHORT_DOTTED.test(tok) && tok.length <= 6;
  return ONE_CAPITAL.test(w.toUpperCase()) && w.length === 1; // initials: "John F. Kennedy"
}

/**
 * Paragraphs are separated by line breaks: news text uses a line per paragraph. Hard-wrapped text (wire copy, e-mail:
 * lines of at most about 100 characters, most of them ending mid-sentence) breaks lines inside paragraphs; there a
 * paragraph ends only at a blank line, before an indented line, or after a line well short of the width (a paragraph's
 * last line, or a heading).
 */
export function splitParagraphs(text: string): Range[] {
  const lines: (Range & { blankBefore: boolean })[] = [];
  const re = /[^\r\n]+/g;
  let prevEnd = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const s = m.index;
    const e = s + m[0].length;
    if (!m[0].trim()) continue;
    // a blank line between: two line breaks since the previous line's end
    let breaks = 0;
    for (let i = prevEnd; i < s; i++) if (text.charCodeAt(i) === 10) breaks++;
    lines.push({ start: s, end: e, blankBefore: breaks > 1 });
    prevEnd = e;
  }
  if (!hardWrapped(text, lines)) return mapPacked(lines, ({ start, end }) => ({ start, end }));
  // a loop, not Math.max(...lines): spreading 100k+ lines into arguments overflows the stack
  let width = 0;
  for (const l of lines) if (l.end - l.start > width) width = l.end - l.start;
  const out: Range[] = [];
  for (const [i, l] of lines.entries()) {
    const prev = lines[i - 1];
    const indented = /^[ \t]/.test(text.slice(l.start, l.start + 1));
    // a line well short of the width ends its paragraph: the last line of one, or a heading
    const shortEnd =
      prev !== undefined &&
      (prev.end - prev.start < 0.6 * width ||
        (prev.end - prev.start < 0.8 * width && /[.!?:"”]\s*$/.test(text.slice(prev.start, prev.end))));
    if (!prev || l.blankBefore || indented || shortEnd) out.push({ start: l.start, end: l.end });
    // a new range, not `.end = …`: a field rewritten after its object was built makes V8 throw away, in every thread,
    // the optimised code of each function that read ranges of that shape (segment's loop over paragraphs)
    else out[out.length - 1] = { start: out[out.length - 1]!.start, end: l.end };
  }
  return out;
}

/** Most lines (of four or more) are at most 100 characters long and end mid-sentence. */
function hardWrapped(text: string, lines: Range[]): boolean {
  if (lines.length < 4) return false;
  let short = 0;
  let open = 0;
  for (const l of lines) {
    if (l.end - l.start <= 100) short++;
    if (/[\p{L}\p{N},;-]\s*$/u.test(text.slice(Math.max(l.start, l.end - 3), l.end))) open++;
  }
  return short >= 0.9 * lines.length && open >= 0.4 * lines.length;
}

export type { Token };
