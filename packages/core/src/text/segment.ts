// Stage `segment`: paragraphs, sentences and tokens with offsets into the untouched text.
import type { Range, Segmentation, Token } from "../pipeline/types.ts";
import { tokenize } from "./tokenize.ts";

/** Abbreviations after which a period does not end a sentence. */
const NO_BREAK = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "rep", "sen", "gov",
  "st", "jr", "sr", "vs", "inc", "corp", "ltd", "co", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
  "sept", "oct", "nov", "dec", "ret", "u.s", "u.k", "u.n", "e.g", "i.e", "etc", "approx", "dept", "est", "fig", "rev",
]);

const CLOSERS = /["'”’)\]»]/;

export function segment(text: string): Segmentation {
  const tokens = tokenize(text);
  const paragraphs = splitParagraphs(text);
  const sentences: Segmentation["sentences"] = [];
  let p = 0;
  let first = 0;
  const push = (last: number) => {
    if (last < first) return;
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    while (p < paragraphs.length - 1 && paragraphs[p]!.end <= start) p++;
    sentences.push({ start, end, firstToken: first, lastToken: last, paragraph: p });
    first = last + 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // a paragraph break always ends a sentence
    if (next && isParagraphGap(text, t.end, next.start)) {
      push(i);
      continue;
    }
    if (!/^[.!?]+$/.test(t.text) && !(t.text.endsWith(".") && t.text.length > 1 && !isAbbrev(t.text))) continue;
    if (t.text.length > 1 && t.text.endsWith(".") && isAbbrev(t.text)) continue;
    // absorb closing quotes and brackets
    let j = i;
    while (tokens[j + 1] && CLOSERS.test(tokens[j + 1]!.text) && tokens[j + 1]!.start === tokens[j]!.end) j++;
    const after = tokens[j + 1];
    if (!after) continue;
    if (/^[a-z]/.test(after.text)) continue; // "U.S. officials" style or lower-case continuation
    const prev = tokens[i - 1];
    if (t.text === "." && prev && isAbbrev(prev.text + ".") && prev.end === t.start) continue;
    push(j);
    i = j;
  }
  if (first < tokens.length) push(tokens.length - 1);
  return { paragraphs, sentences, tokens };
}

function isAbbrev(tok: string): boolean {
  const w = tok.toLowerCase().replace(/\.$/, "");
  if (NO_BREAK.has(w)) return true;
  if (/^([a-z]\.)+[a-z]?$/i.test(tok.replace(/\.$/, "") + ".")) return /^([A-Za-z]\.){1,}[A-Za-z]?\.?$/.test(tok) && tok.length <= 6;
  return /^[A-Z]$/.test(w.toUpperCase()) && w.length === 1; // initials: "John F. Kennedy"
}

/** A line break between two tokens (scanned in place: this runs for every token, a slice each time showed in profiles). */
function isParagraphGap(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** Paragraphs are separated by one or more line breaks (news text uses a line per paragraph). */
export function splitParagraphs(text: string): Range[] {
  const out: Range[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const s = m.index;
    const e = s + m[0].length;
    if (m[0].trim()) out.push({ start: s, end: e });
  }
  return out;
}

export type { Token };
