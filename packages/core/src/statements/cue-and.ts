// A second cue verb after "and" or "but" shares the first one's subject: "threatened … and said …".
import { NAMING } from "./lexicon-syntax.ts";
import { leftSubject } from "./source.ts";
import { mainSubject } from "./main-subject.ts";
import { clauseCandidate, type Candidate } from "./clause.ts";
import { firstQuoteEnd, quoteWithin } from "./quote-shapes.ts";
import { quoteAfter, quotedClause, skipTime } from "./frame-parts.ts";
import { directCandidate, mediumFrom, type CueFrame } from "./cue-frame.ts";
import type { VerbReading } from "./cue-after-subject.ts";

/** The cue at f.c follows "and"/"but" at token `and`, with no subject of its own. */
export function andCueCandidate(f: CueFrame, r: VerbReading, and: number): Candidate | null {
  const { ctx, cueLast, info, floor, ceil, cue } = f;
  const toks = ctx.tokens;
  const mediumAfter = (to: number) => mediumFrom(f, to);
  const { weak } = r;
  // "threatened … and said …": a second verb sharing the subject of the first; "laughed and said, “…”" frames a quote
  const direct = quoteAfter(ctx, cueLast, info);
  if (direct) {
    // "Vale laughed and said": the first verb's subject, when that verb stands right before "and"
    const first =
      (and - 1 > floor && /^[a-z]+(?:ed|s)$/.test(toks[and - 1]!.text) ? leftSubject(ctx, and - 1, floor) : null) ??
      mainSubject(ctx, floor, and);
    return directCandidate(ctx, direct.q, {
      cue,
      source: first,
      inherit: !first,
      mediumFrom: mediumAfter(direct.before),
      rule: "and-cue-quote",
    });
  }
  let k = skipTime(ctx, cueLast + 1);
  const shared = mainSubject(ctx, floor, and);
  if (toks[k]?.text === "that") k++;
  // "… and calls people “losers” and “sad.”": a naming verb's quoted object
  else if (weak)
    return NAMING.has(info.base) && quoteWithin(ctx, k, 4)
      ? quotedClause(
          ctx,
          k,
          firstQuoteEnd(ctx, k, ceil),
          { cue, source: shared, inherit: !shared, mediumFrom: null, priority: 2, rule: "and-cue-quoted" },
          false,
        )
      : null;
  return clauseCandidate(ctx, k, ceil, {
    cue,
    source: shared,
    inherit: !shared,
    mediumFrom: mediumAfter(Math.min(ceil, cueLast + 6)),
    priority: 2,
    rule: "and-cue-clause",
  });
}
