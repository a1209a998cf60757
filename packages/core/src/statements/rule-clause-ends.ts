// The rules' reported clauses after their cue, run on past a boundary where their rule stopped, then cut where the boundary model says: PolNeAR goes on past "; …", ", but …" as often as it stops.
import { recandidate } from "./candidate.ts";
import type { Ctx } from "./context.ts";
import type { Candidate } from "./clause.ts";
import { tokenAt } from "./sentences.ts";
import { CUES } from "./lexicon.ts";
import { cutAtBoundary, isBoundary, ruleFamily, type ContentEndModel } from "./content-ends.ts";
import { mapPacked } from "../util/arrays.ts";

/** Tokens some candidate holds (content or claim, cue, source), each marked with the candidate's index + 1. */
function owners(ctx: Ctx, accepted: readonly Candidate[]): Int32Array {
  const own = new Int32Array(ctx.tokens.length);
  const mark = (a: number, b: number, i: number) => {
    for (let t = a; t <= b && t < own.length; t++) if (!own[t]) own[t] = i + 1;
  };
  accepted.forEach((c, i) => {
    const [s, e] = c.claim ?? [c.start, c.end];
    if (e > s) mark(tokenAt(ctx, s), tokenAt(ctx, e - 1), i);
    if (c.cue) mark(c.cue[0], c.cue[1], i);
    if (c.source) mark(c.source.np?.[0] ?? c.source.first, c.source.np?.[1] ?? c.source.last, i);
  });
  return own;
}

const TERMINAL = /^(?:[.!?]+|…)$/;

/**
 * The last token of a clause run on from `last` to its sentence's end, or to the word before another statement's span,
 * a quote or a word of the cue lexicon (the tagger's contents stop there too). Ending the run at the boundary before
 * such a stop instead lost 26 strict matches in train CV: PolNeAR's content often runs on into that stretch.
 */
function runOn(ctx: Ctx, last: number, free: (t: number) => boolean): number {
  const { tokens } = ctx;
  let t = last;
  while (t + 1 < tokens.length && !ctx.ends[t]) {
    const next = t + 1;
    if (!free(next) || ctx.qidx[next]! >= 0 || CUES.has(ctx.keys[next]!)) break;
    t = next;
  }
  // PolNeAR's contents end before their sentence's full stop (8,413 of 8,509 in train), as the rules' clauses do
  return t > last && TERMINAL.test(tokens[t]!.text) ? t - 1 : t;
}

/**
 * The rules' reported clauses cut at a boundary the model scores as an end ("Vale said the levy was unfair, a view the
 * board shares" keeps what PolNeAR keeps); a clause its rule stopped at a boundary runs on first, to its sentence's end,
 * another statement's span or a speech verb. Quotes, clauses before their cue and the tagger's contents (cut as they
 * are found) stay as they are.
 */
export function cutRuleClauses(ctx: Ctx, m: ContentEndModel | null, accepted: Candidate[]): Candidate[] {
  if (!m) return accepted;
  const own = owners(ctx, accepted);
  return mapPacked(accepted, (c, i) => {
    if (c.kind === "direct" || !c.cue || c.rule.endsWith(":model")) return c;
    const first = tokenAt(ctx, c.start);
    if (first <= c.cue[1]) return c;
    const orig = tokenAt(ctx, c.end - 1);
    let last = orig;
    const free = (t: number) => !own[t] || own[t] === i + 1;
    if (!ctx.ends[last] && last + 1 < ctx.tokens.length && isBoundary(ctx.tokens[last + 1]!.text) && free(last + 1))
      last = runOn(ctx, last, free);
    const site = { first, cue: c.cue[0], family: ruleFamily(c.rule) };
    let cut = cutAtBoundary(ctx, m, site, first + 1, last);
    // a clause run on up to another statement ends before the comma or conjunction it stopped after (training asks
    // about that boundary too, so it keeps it)
    while (!m.keepTrailing && cut > orig && isBoundary(ctx.tokens[cut]!.text)) cut--;
    const end = ctx.tokens[cut]!.end;
    if (end === c.end) return c;
    // a clause run on claims what it took in; a clause cut gives back what it dropped
    const claim: [number, number] | undefined = c.claim
      ? [c.claim[0], end > c.end ? Math.max(c.claim[1], end) : Math.min(c.claim[1], end)]
      : c.claim;
    return recandidate(c, { end, claim });
  });
}
