// Where a position falls among the sentences: its token, and whether two positions share a sentence or follow on.
import type { Ctx } from "./context.ts";
import { firstIndex } from "./spans.ts";

/** The token holding character `pos` (the last token starting at or before it). */
export function tokenAt(ctx: Ctx, pos: number): number {
  return Math.max(0, firstIndex(ctx.tokens.length, (i) => ctx.tokens[i]!.start <= pos) - 1);
}

/** True when `to` lies in the sentence right after the one holding `from`, in the same paragraph. */
export function nextSentence(ctx: Ctx, from: number, to: number): boolean {
  const f = tokenAt(ctx, from);
  const para = ctx.para[f];
  let boundaries = 0;
  for (let t = f; t < ctx.tokens.length && ctx.tokens[t]!.end <= to; t++) {
    if (ctx.para[t] !== para) return false;
    if (ctx.ends[t] && ctx.tokens[t]!.end > from) boundaries++;
  }
  return boundaries === 1 && ctx.para[tokenAt(ctx, to)] === para;
}

/** "…, Vale said, adding that …": a participle borrows the speaker only from an attribution in its own sentence. */
export function sameSentence(ctx: Ctx, from: number, to: number): boolean {
  for (let t = tokenAt(ctx, from); t < ctx.tokens.length && ctx.tokens[t]!.end <= to; t++)
    if (ctx.ends[t] && ctx.tokens[t]!.end > from) return false;
  return true;
}

/** The first and last token of the sentence holding token t (a sentence never crosses a paragraph). */
export function sentenceOf(ctx: Ctx, t: number): [number, number] {
  let a = t;
  while (a > 0 && !ctx.ends[a - 1] && ctx.para[a - 1] === ctx.para[t]) a--;
  let b = t;
  while (b < ctx.tokens.length - 1 && !ctx.ends[b] && ctx.para[b + 1] === ctx.para[t]) b++;
  return [a, b];
}

/** a capitalised token with its full stop ("S.C.", "Mass.", "Jr."): the sentence splitter keeps it in its sentence */
const ABBREVIATION = /^\p{Lu}[\p{L}.]*\.$/u;
const STOP = /^[.!?]$/;

/**
 * True when token t (a quote's opening mark) opens a sentence inside its paragraph: after a sentence end, a full stop,
 * or an abbreviation's full stop, which ends the sentence too when a quote opens after it (`… Fort Mill, S.C. “…”`).
 */
export function opensSentence(ctx: Ctx, t: number): boolean {
  if (t === 0 || ctx.para[t - 1] !== ctx.para[t]) return true;
  const before = ctx.tokens[t - 1]!.text;
  return ctx.ends[t - 1] === 1 || STOP.test(before) || ABBREVIATION.test(before);
}
