// Frames the rules and the tagger left open: a quote still without a cue takes the colon that introduces it, or a speech verb beside it.
import type { Ctx } from "./context.ts";
import type { Candidate } from "./clause.ts";
import { CUES } from "./lexicon.ts";
import { firstTokenEndingAfter } from "../text/token-search.ts";
import { nextSentence, opensSentence, sameSentence } from "./sentences.ts";
import { recandidate } from "./candidate.ts";
import { mapPacked } from "../util/arrays.ts";

/** a word in capitals only: a headline's, never a speech verb */
const SHOUTED = /^\p{Lu}{2,}$/u;
/** the most tokens a bracketed outlet signature ("[Harbor Ledger.]") holds */
const SIGNATURE_TOKENS = 6;

/** The tokens of "[Name.]" right after `close` in its paragraph, or null. */
function bracketAfter(ctx: Ctx, close: number): [number, number] | null {
  const { tokens, para } = ctx;
  const open = close + 1;
  if (tokens[open]?.text !== "[" || para[open] !== para[close]) return null;
  for (let t = open + 1; t < tokens.length && t <= open + SIGNATURE_TOKENS && para[t] === para[close]; t++)
    if (tokens[t]!.text === "]") return t > open + 1 && /^\p{Lu}/u.test(tokens[open + 1]!.text) ? [open, t] : null;
  return null;
}

/** How far (in tokens) a speech verb may stand from an uncued quote, in its paragraph, to be its cue. */
const NEAR_CUE_TOKENS = 30;

/**
 * PolNeAR marks the colon itself as the cue of a quote it introduces when no verb does (`The verdict from the
 * floor: “…”`, a round-up line, a quote opening the paragraph after `…:`). Only `direct:uncued` quotes change: each
 * colon frames one quote, and a colon another statement already uses as its cue is left alone.
 */
export function colonFrames(ctx: Ctx, accepted: Candidate[]): Candidate[] {
  const used = new Set<number>();
  for (const c of accepted) if (c.cue) for (let t = c.cue[0]; t <= c.cue[1]; t++) used.add(t);
  return mapPacked(accepted, (c) => {
    if (c.cue || c.inherit || c.rule !== "direct:uncued" || !c.claim) return c;
    const q = ctx.qidx[firstTokenAt(ctx, c.claim[0])] ?? -1;
    if (q < 0) return c;
    const open = ctx.qOpenTok[q] ?? -1;
    const colon = open - 1;
    if (colon < 0 || ctx.tokens[colon]?.text !== ":" || used.has(colon) || (ctx.qidx[colon] ?? -1) >= 0) return c;
    // the colon ends this paragraph's text before the quote, or the one right before it
    const paraGap = (ctx.para[open] ?? 0) - (ctx.para[colon] ?? 0);
    if (paraGap !== 0 && paraGap !== 1) return c;
    used.add(colon);
    // no source: the rules' colon reader found no named subject before it ("The sign had one rule: …" names no speaker)
    return recandidate(c, { cue: [colon, colon], rule: "direct:colon-frame" });
  });
}

/** The first token ending after character `pos`. */
export function firstTokenAt(ctx: Ctx, pos: number): number {
  return firstTokenEndingAfter(ctx.tokens, pos);
}

/**
 * A quote still uncued after the colon frames takes a speech verb of its paragraph as its cue, PolNeAR's reading when
 * a quote stands beside its verb with no pattern between (`“America is great,” read one.`, `… “Not us!” Murphy
 * tweeted on Friday.`, a quote after `Vale said that … .`): the nearest one after the quote within its sentence or the
 * next, else the nearest before it. A verb inside a quote is no frame. A verb another statement uses as its cue is
 * shared identically (cue spans are equal or disjoint), with that statement's source.
 */
export function nearbyCues(ctx: Ctx, accepted: Candidate[]): Candidate[] {
  const cueOf = new Map<number, Candidate>();
  for (const c of accepted) if (c.cue) for (let t = c.cue[0]; t <= c.cue[1]; t++) cueOf.set(t, c);
  const { tokens, qidx, para } = ctx;
  const isCue = (t: number) => {
    // a headline's capitals ("TELLING OF THE CRISIS") are no verb
    if ((qidx[t] ?? 0) >= 0 || SHOUTED.test(tokens[t]!.text)) return false;
    const info = CUES.get(tokens[t]!.text.toLowerCase());
    return !!info && info.kind !== "according";
  };
  return mapPacked(accepted, (c) => {
    if (c.cue || c.inherit || c.rule !== "direct:uncued" || !c.claim) return c;
    const q = qidx[firstTokenAt(ctx, c.claim[0])] ?? -1;
    if (q < 0) return c;
    const open = ctx.qOpenTok[q]!;
    const close = ctx.qCloseTok[q]!;
    // a round-up's item signed with its outlet ("… “…” [Harbor Ledger.]"): PolNeAR marks the bracket as the cue
    const signed = bracketAfter(ctx, close);
    if (signed) return recandidate(c, { cue: signed, rule: "direct:outlet-bracket" });
    let found = -1;
    // before the quote first: news names the speaker and then quotes on (`… he said outside the building. But “…”`)
    for (let t = open - 1; t >= 0 && t >= open - NEAR_CUE_TOKENS && para[t] === para[open]; t--)
      if (isCue(t)) {
        found = t;
        break;
      }
    // else after it: the rest of its sentence, or the next sentence when the quote ends one
    for (
      let t = close + 1;
      found < 0 && t < tokens.length && t <= close + NEAR_CUE_TOKENS && para[t] === para[close];
      t++
    ) {
      if (isCue(t)) found = t;
      else if (ctx.ends[t]) break;
    }
    if (found < 0) return c;
    const other = cueOf.get(found);
    const cue: [number, number] = other?.cue ?? [found, found];
    for (let t = cue[0]; t <= cue[1]; t++) if (!other) cueOf.set(t, c);
    return recandidate(c, { cue, source: c.source ?? other?.source ?? null, rule: "direct:near-cue" });
  });
}

/**
 * A quote left uncued that opens the sentence after a quote framed only after the rules' continuations ran (by the
 * tagger or `quote-tail.ts`: `“…,” scoffed Vale, who runs the yard. “…”`) goes on in that quote's words, as one read
 * after a rule's frame does (`direct:continued`, joined to it as a part): the speech verb beside it would be the
 * first quote's anyway. Only clauses of the first quote's frame sentence may stand between them.
 */
export function lateContinuations(ctx: Ctx, accepted: Candidate[]): Candidate[] {
  const sorted = [...accepted].sort((a, b) => a.start - b.start);
  const next = new Map<Candidate, Candidate>();
  sorted.forEach((c, i) => {
    if (c.cue || c.inherit || c.rule !== "direct:uncued" || !c.claim) return;
    const q = ctx.qidx[firstTokenAt(ctx, c.claim[0])] ?? -1;
    const open = q < 0 ? -1 : ctx.qOpenTok[q]!;
    if (open < 1 || !opensSentence(ctx, open) || ctx.para[open - 1] !== ctx.para[open]) return;
    // the framed quote before it, with only clauses of its frame sentence between
    let j = i - 1;
    while (j >= 0 && sorted[j]!.kind !== "direct") j--;
    const p = sorted[j];
    if (!p || !(p.cue || p.inherit) || ctx.para[firstTokenAt(ctx, p.start)] !== ctx.para[open]) return;
    for (let k = j + 1; k < i; k++) if (!sameSentence(ctx, p.end, sorted[k]!.start)) return;
    const at = ctx.tokens[open]!.start;
    if (!sameSentence(ctx, p.end, at) && !nextSentence(ctx, p.end, at)) return;
    next.set(c, recandidate(c, { inherit: true, rule: "direct:continued" }));
  });
  return next.size ? mapPacked(accepted, (c) => next.get(c) ?? c) : accepted;
}
