// Frames with no verb: a quote still without a cue after the rules and the tagger, introduced by a colon, takes the colon as its cue.
import type { Ctx } from "./context.ts";
import type { Candidate } from "./clause.ts";

/**
 * PolNeAR marks the colon itself as the cue of a quote it introduces when no verb does (`The verdict from the
 * floor: “…”`, a round-up line, a quote opening the paragraph after `…:`). Only `direct:uncued` quotes change: each
 * colon frames one quote, and a colon another statement already uses as its cue is left alone.
 */
export function colonFrames(ctx: Ctx, accepted: Candidate[]): Candidate[] {
  const used = new Set<number>();
  for (const c of accepted) if (c.cue) for (let t = c.cue[0]; t <= c.cue[1]; t++) used.add(t);
  return accepted.map((c) => {
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
    return { ...c, cue: [colon, colon], rule: "direct:colon-frame" };
  });
}

function firstTokenAt(ctx: Ctx, pos: number): number {
  let lo = 0;
  let hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ctx.tokens[mid]?.end ?? Infinity) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
