// One cue word being read: where it stands, its clause's bounds, and the candidate shape every rule family builds.
import type { CueInfo } from "./lexicon.ts";
import type { Ctx } from "./context.ts";
import type { Candidate } from "./clause.ts";
import { candidate, type CandidateBase } from "./candidate.ts";

/** A cue (tokens c..cueLast) in its clause (tokens floor..ceil). */
export interface CueFrame {
  ctx: Ctx;
  c: number;
  cueLast: number;
  info: CueInfo;
  floor: number;
  ceil: number;
  cue: [number, number];
}

/** Where to look for the medium ("told Fox News"): the tokens after the cue up to `to`, if any. */
export function mediumFrom(f: CueFrame, to: number): [number, number] | null {
  return to > f.cueLast ? [f.cueLast + 1, to] : null;
}

/** A direct quote framed by the cue: the quote is the content, its marks are claimed; `alt` as in Candidate. */
export function directCandidate(
  ctx: Ctx,
  q: number,
  base: Omit<CandidateBase, "priority" | "claim" | "alt">,
  alt?: number,
): Candidate {
  const quote = ctx.quotes[q]!;
  return candidate({
    kind: "direct",
    start: quote.start,
    end: quote.end,
    cue: base.cue,
    source: base.source,
    rule: `direct:${base.rule}`,
    inherit: base.inherit,
    mediumFrom: base.mediumFrom,
    priority: 0,
    claim: [quote.open, quote.close],
    alt,
  });
}
