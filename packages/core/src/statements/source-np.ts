// PolNeAR's source span: the whole noun phrase around the speaker span (appositions, descriptors, shares, "according to" objects).
import { CUES } from "./lexicon.ts";
import { SKIP_BEFORE_CUE } from "./lexicon-clause-words.ts";
import { PRONOUNS } from "./lexicon-pronouns.ts";
import { isCap, type Ctx } from "./context.ts";
import { FINITE, npToken, type SourceSpan } from "./source.ts";
import { nounPart, widenLeft } from "./source-np-left.ts";
import { BRACKET, ENDER, MONTH, OPENER, STOP, TIME, type FreeToken } from "./source-np-words.ts";
import { mapPacked } from "../util/arrays.ts";

/**
 * The PolNeAR source span around a speaker span, as inclusive token indexes. `after`: the source follows its cue
 * ("said Ann Vale, a broker in Brevik", "according to a count by the agency"); `open`: words after it belong to it up
 * to the clause's end ("according to" objects and common nouns). The speaker span itself stays the entity link.
 */
export function polnearSource(
  ctx: Ctx,
  src: SourceSpan,
  cue: [number, number] | null,
  free: FreeToken,
  open: boolean,
): [number, number] {
  if (src.pronoun) return [src.first, src.last];
  const after = !!cue && src.first > cue[1];
  if (after) {
    // "…, Judge Ann Vale proceeded": a title before a name the cue does not hold
    let first = src.first;
    while (free(first - 1) && ctx.para[first - 1] === ctx.para[first] && nounPart(ctx, first - 1, src)) first--;
    return [first, widenRight(ctx, src.last, free, open || !isCap(ctx.tokens[src.last]!.text))];
  }
  const [first, last] = trimOpener(ctx, widenLeft(ctx, src, free), toCue(ctx, src, cue, free));
  return [first, cutAdjunct(ctx, first, last, free)];
}

/** After a name: a bracketed tag, "of X", and appositions set off by commas, to the clause's end. */
function widenRight(ctx: Ctx, from: number, free: FreeToken, open: boolean): number {
  const { tokens } = ctx;
  const para = ctx.para[from];
  const ok = (t: number) => t < tokens.length && ctx.para[t] === para && free(t);
  let last = from;
  // "Rep. Ann Vale (D-Va.)": a party or place tag
  if (tokens[last + 1]?.text === "(") {
    let k = last + 2;
    while (k - last < 9 && ok(k) && tokens[k]!.text !== ")") k++;
    if (ok(k) && tokens[k]!.text === ")") last = k;
  }
  let ofName = false;
  // the last word before the apposition being read: an apposition a quote or another statement cuts off is dropped
  let settled = last;
  for (let t = last + 1; t < tokens.length && ctx.para[t] === para && t - from < 60; t++) {
    if (!free(t)) {
      last = settled;
      break;
    }
    const w = tokens[t]!.text;
    // an abbreviation's period ("Tampa, Fla., who …") is no sentence end
    if ((STOP.test(w) && (w !== "." || ctx.ends[t])) || BRACKET.test(w)) break;
    if (w === ",") {
      if (!appositionAfter(ctx, t, free)) break;
      settled = last;
      open = true;
      continue;
    }
    // "said Ann Vale on Tuesday", "according to a poll released last week by …": a time phrase is no part of a name
    if (TIME.test(w) || (OPENER.test(w) && TIME.test(tokens[t + 1]?.text ?? ""))) break;
    if (!open) {
      // a name takes only "of Brevik" after it: "said Ann Vale at a rally" ends at the name
      if (w === "of" && isCap(tokens[t + 1]?.text ?? "")) ofName = true;
      else if (!(ofName && isCap(w))) break;
    }
    last = t;
  }
  return last;
}

/**
 * Does the comma at token k open an apposition (", a broker", ", who …", ", 21,")? Not before an adjunct or a new clause
 * (", adding …", ", in an interview", ", he said", ", was any mention …", ", compared with …").
 */
function appositionAfter(ctx: Ctx, k: number, free: FreeToken): boolean {
  const n = ctx.tokens[k + 1]?.text ?? "";
  if (!free(k + 1) || ctx.para[k + 1] !== ctx.para[k] || ENDER.test(n) || TIME.test(n) || FINITE.has(n)) return false;
  const info = CUES.get(n);
  return info?.kind !== "participle" && info?.kind !== "verb" && !/^[a-z]+(?:ing|ed)$/.test(n) && !/ly$/.test(n);
}

/** Before the cue: "Ann Vale, who runs the port, said" keeps the relative clause or apposition up to the verb. */
function toCue(ctx: Ctx, src: SourceSpan, cue: [number, number] | null, free: FreeToken): number {
  const { tokens } = ctx;
  const c = cue?.[0] ?? -1;
  // "The New York Times made …": the rest of a name a tagged source run left out, up to the cue
  let named = src.last;
  while (named + 1 < c && free(named + 1) && isCap(tokens[named + 1]!.text) && isCap(tokens[named]!.text)) named++;
  if (named > src.last) return named;
  // "New polls released Sunday showed", "The conservative publication has said": the head a tagged run stopped before
  let g = c;
  while (g - 1 > src.last && (SKIP_BEFORE_CUE.has(tokens[g - 1]!.text) || /ly$/.test(tokens[g - 1]!.text))) g--;
  if (g > src.last + 1 && g - src.last <= 4) {
    let t = src.last + 1;
    while (t < g && free(t) && npToken(ctx, t) && !TIME.test(tokens[t - 1]!.text)) t++;
    if (t === g) return g - 1;
  }
  if (c <= src.last + 2 || tokens[src.last + 1]?.text !== ",") return src.last;
  let close = c - 1;
  while (close > src.last && SKIP_BEFORE_CUE.has(tokens[close]!.text.toLowerCase())) close--;
  if (tokens[close]!.text !== "," || close - src.last > 40 || !appositionAfter(ctx, src.last + 1, free))
    return src.last;
  for (let t = src.last + 1; t < close; t++) if (!free(t) || ctx.ends[t]) return src.last;
  return close - 1;
}

/**
 * "Vale, in a brief interview, said", "Vale, however, said": a phrase after a comma that opens no apposition ends the
 * source before it, and a sentence adverb at its end ("Carter however") is dropped.
 */
function cutAdjunct(ctx: Ctx, first: number, last: number, free: FreeToken): number {
  for (let k = first + 1; k < last; k++)
    if (ctx.tokens[k]!.text === "," && !appositionAfter(ctx, k, free)) return k - 1;
  // (lower case only: "in late May" ends in a month, not the modal)
  while (last > first && SKIP_BEFORE_CUE.has(ctx.tokens[last]!.text)) last--;
  return last;
}

/**
 * "On Sunday, former President Vale said", "Significantly, the judge said": a short opening phrase before a comma is no
 * part of the source (the speaker span may keep it; the entity link does not change).
 */
function trimOpener(ctx: Ctx, first: number, last: number): [number, number] {
  const { tokens } = ctx;
  // "In May Vale said": a month after a preposition is a time phrase
  if (first < last && OPENER.test(tokens[first - 1]?.text ?? "") && MONTH.test(tokens[first]!.text)) first++;
  // "Then Mr. Rubin asked": a sentence adverb before the subject
  while (
    first < last &&
    ENDER.test(tokens[first]!.text) &&
    isCap(tokens[first]!.text) &&
    !PRONOUNS.has(tokens[first]!.text.toLowerCase())
  )
    first++;
  for (let k = first; k < last && k - first <= 3; k++) {
    if (tokens[k]!.text !== ",") continue;
    const before = tokens[first - 1]?.text ?? "";
    const piece = mapPacked(tokens.slice(first, k), (x) => x.text);
    const opening = OPENER.test(before) || (piece.length === 1 && (/ly$/.test(piece[0]!) || TIME.test(piece[0]!)));
    return opening ? [k + 1, last] : [first, last];
  }
  return [first, last];
}
