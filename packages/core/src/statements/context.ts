// Per-document token facts the attribution patterns read: quote membership, paragraph, clause ends. Built once, linearly.
import type { Segmentation, Token } from "../schema/stages.ts";
import { findQuotes, tokenQuoteIndex, type Quote } from "./quotes.ts";
import { lowerAsciiQuotes, startsUpper } from "../util/letters.ts";
import type { TaggedAttribution } from "./learned/group.ts";

export interface Ctx {
  text: string;
  tokens: Token[];
  quotes: Quote[];
  /** quote index per token (marks included), -1 outside quotes */
  qidx: Int32Array;
  /** paragraph index per token */
  para: Int32Array;
  /** 1 where a clause ends after this token: . ! ? outside quotes, a quote ending a sentence, or a paragraph end */
  ends: Uint8Array;
  /** index of the token holding each quote's opening mark and closing mark (or last token when unclosed) */
  qOpenTok: Int32Array;
  qCloseTok: Int32Array;
  paragraphs: Segmentation["paragraphs"];
  /**
   * each token's key in the word lists (lower case, ASCII quotes: `cueKey`), made once: the gate, the boundary model and
   * the run-on readers each read it for most tokens, and a key made once keeps its string hash for every later look-up
   */
  keys: string[];
  /**
   * the tagger's attributions by their cue's first token, with its margins, set by learned.ts when the tagger runs:
   * statement-keep reads how sure the tagger was of a statement (absent: the tagger did not run)
   */
  tagged?: Map<number, TaggedAttribution>;
  /** the tagger's weight units per trained unit: its margins divided by this compare across models */
  taggedScale?: number;
}

const TERMINATOR = /^(?:[.!?]+|…)$/;
// compiled once: a regex literal in a function is a new RegExp object on every call
const STARTS_LETTER = /^\p{L}/u;
const ONE_CAPITAL = /^\p{Lu}$/u;
const CONTINUES_SENTENCE = /^[,;:)\]\p{Ll}]/u;
const ENDS_SENTENCE = /[.!?…]$/;
const OPENS_SENTENCE = /^[\p{Lu}“"]/u;
const STARTS_WORD = /^[\p{L}\p{N}]/u;

export function buildContext(text: string, seg: Segmentation): Ctx {
  const { tokens, paragraphs } = seg;
  const quotes = findQuotes(text, paragraphs);
  const qidx = tokenQuoteIndex(tokens, quotes);
  const para = new Int32Array(tokens.length);
  const qOpenTok = new Int32Array(quotes.length).fill(-1);
  const qCloseTok = new Int32Array(quotes.length).fill(-1);
  let p = 0;
  for (let t = 0; t < tokens.length; t++) {
    while (p < paragraphs.length - 1 && paragraphs[p]!.end <= tokens[t]!.start) p++;
    para[t] = p;
    const q = qidx[t]!;
    if (q >= 0) {
      if (qOpenTok[q] === -1) qOpenTok[q] = t;
      qCloseTok[q] = t;
    }
  }
  const ends = new Uint8Array(tokens.length);
  for (let t = 0; t < tokens.length; t++) {
    const next = tokens[t + 1];
    if (!next || para[t + 1] !== para[t]) {
      ends[t] = 1;
      continue;
    }
    const q = qidx[t]!;
    if (q < 0) {
      // "Va., said" and "(D-Wis.) said": a period before a comma, bracket or lower-case word is an abbreviation's
      // …and "R-S.C." splits into pieces whose periods touch the letters on both sides
      const attached = t > 0 && tokens[t - 1]!.end === tokens[t]!.start;
      const inside =
        (attached && next.start === tokens[t]!.end && STARTS_LETTER.test(next.text)) ||
        (attached && ONE_CAPITAL.test(tokens[t - 1]!.text));
      if (TERMINATOR.test(tokens[t]!.text) && !inside && !CONTINUES_SENTENCE.test(next.text)) ends[t] = 1;
    } else if (qCloseTok[q] === t && quotes[q]!.closed && qidx[t + 1] !== q) {
      // a quote whose words end a sentence, followed by a capitalised word, ends the clause
      const inner = text.slice(quotes[q]!.start, quotes[q]!.end);
      if (ENDS_SENTENCE.test(inner) && OPENS_SENTENCE.test(next.text)) ends[t] = 1;
    }
  }
  const keys = new Array<string>(tokens.length);
  for (let t = 0; t < tokens.length; t++) keys[t] = lowerAsciiQuotes(tokens[t]!.text);
  // the tagger's fields are set later (learned.ts); present from the start, every context has one hidden class
  return {
    text,
    tokens,
    quotes,
    qidx,
    para,
    ends,
    qOpenTok,
    qCloseTok,
    paragraphs,
    keys,
    tagged: undefined,
    taggedScale: undefined,
  };
}

/** First token of the clause holding token i (quotes are skipped as wholes). */
export function clauseStart(ctx: Ctx, i: number, limit = 150): number {
  let j = i;
  while (j > 0 && i - j < limit) {
    const prev = j - 1;
    if (ctx.ends[prev] || ctx.para[prev] !== ctx.para[i]) break;
    const q = ctx.qidx[prev]!;
    j = q >= 0 && ctx.qidx[j] !== q ? Math.max(ctx.qOpenTok[q]!, 0) : prev;
  }
  return j;
}

/** Last token of the clause holding token i, content ending before a final period. */
export function clauseEnd(ctx: Ctx, i: number, limit = 150): number {
  let j = i;
  while (j < ctx.tokens.length - 1 && j - i < limit) {
    if (ctx.ends[j]) break;
    const q = ctx.qidx[j + 1]!;
    j = q >= 0 && ctx.qidx[j] !== q ? ctx.qCloseTok[q]! : j + 1;
  }
  return j;
}

export const isCap = startsUpper;
export const isWord = (s: string) => STARTS_WORD.test(s);
