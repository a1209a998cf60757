// Quote shapes the cue patterns consult: titles of works, titles inside a phrase, and where a quoted object ends.
import type { Ctx } from "./context.ts";
import { wordRegex } from "../util/word-regex.ts";
import { TITLE_CONTEXT, TITLE_SMALL_WORDS } from "./lexicon-nouns.ts";
import { ARTICLES } from "../text/closed-class.ts";

const TITLE_SMALL = wordRegex(TITLE_SMALL_WORDS);
const TITLE_BEFORE = wordRegex(TITLE_CONTEXT, "i");
const ARTICLE = wordRegex(ARTICLES);

/** “Fox News Sunday,” after "told": a title-cased short quote names a show, it is not what was said. */
export function isTitle(ctx: Ctx, q: number): boolean {
  const words = ctx.text.slice(ctx.quotes[q]!.start, ctx.quotes[q]!.end).match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  return words.length <= 8 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_SMALL.test(w));
}

/** “Fox News Sunday,” after "a broadcast of" or "the anthem": a title inside a phrase, not words the next cue frames. */
export function embeddedTitle(ctx: Ctx, q: number): boolean {
  const before = ctx.tokens[ctx.qOpenTok[q]! - 1];
  if (!before || ctx.para[ctx.qOpenTok[q]! - 1] !== ctx.quotes[q]!.paragraph || !isTitle(ctx, q)) return false;
  return TITLE_BEFORE.test(before.text);
}

/**
 * The token closing the first quote opened in [k, ceil] — or the last of a list of quotes a few words apart
 * (“a liar” who is “amoral,” a “bully”) — or ceil when there is none.
 */
export function firstQuoteEnd(ctx: Ctx, k: number, ceil: number): number {
  let end = -1;
  for (let t = k; t <= ceil; t++) {
    const q = ctx.qidx[t]!;
    if (q < 0) {
      if (end >= 0 && t - end > 4) break;
      continue;
    }
    if (ctx.qOpenTok[q] !== t) return ceil;
    end = t = Math.min(ceil, ctx.qCloseTok[q]!);
  }
  return end >= 0 ? end : ceil;
}

/** True when "as" (with an optional article) and an opening quote come within six words of k: "X as a “…”". */
export function asQuoteAhead(ctx: Ctx, k: number, ceil: number): boolean {
  for (let t = k; t < ceil && t - k < 6; t++) {
    if (ctx.qidx[t]! >= 0) return false;
    if (ctx.tokens[t]!.text !== "as") continue;
    const o = ARTICLE.test(ctx.tokens[t + 1]?.text ?? "") ? t + 2 : t + 1;
    return o <= ceil && ctx.qidx[o]! >= 0 && ctx.qOpenTok[ctx.qidx[o]!] === o;
  }
  return false;
}

/** True when a quote opens within `n` tokens from k: a naming verb's object is short ("calls people “losers”"). */
export function quoteWithin(ctx: Ctx, k: number, n: number): boolean {
  for (let t = k; t < ctx.tokens.length && t - k <= n; t++) {
    const q = ctx.qidx[t]!;
    if (q >= 0) return ctx.qOpenTok[q] === t;
  }
  return false;
}
