// PolNeAR's span conventions applied to candidates: a trailing "in a post on X" is the statement's medium, not its content.
import type { Ctx } from "./context.ts";
import type { Candidate } from "./clause.ts";
import { MEDIUM_NOUNS } from "./lexicon.ts";
import { MEDIUM_PREPOSITIONS, TIME_TAIL_OPENERS } from "./lexicon-nouns.ts";
import { ARTICLES, POSSESSIVES } from "./lexicon-pronouns.ts";
import { alternation } from "../util/word-regex.ts";

const NAME = String.raw`(?:The\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*)*`;
/** "… in a post on X." / "… in an interview with Vantage Radio on Sunday" at the end of a reported clause */
const MEDIUM_TAIL = new RegExp(
  String.raw`[\s,]+(?:in|during)\s+(?:${alternation([...ARTICLES, ...POSSESSIVES])})\s+(?:\p{Ll}+\s+)?(?:${alternation(MEDIUM_NOUNS)})\s+(?:${alternation(MEDIUM_PREPOSITIONS)})\s+${NAME}(?:\s+(?:${alternation(TIME_TAIL_OPENERS)})\s+\p{L}+){0,2}[.!]?$`,
  "u",
);

/**
 * A clause ending in a medium phrase ("Vale repeated the call in a post on X.") ends before it, and the phrase becomes
 * where the statement's medium is read (as for "told Fox News"). Quotes keep their words; only a clause whose frame
 * has a cue and no medium window yet changes.
 */
export function mediumTails(ctx: Ctx, accepted: Candidate[]): Candidate[] {
  return accepted.map((c) => {
    if (c.kind === "direct" || !c.cue || c.mediumFrom) return c;
    const m = MEDIUM_TAIL.exec(ctx.text.slice(c.start, c.end));
    if (!m || m.index < 2) return c;
    const end = c.start + m.index;
    const first = ctx.tokens.findIndex((t) => t.start >= end);
    let last = first;
    while ((ctx.tokens[last + 1]?.end ?? Infinity) <= c.end) last++;
    if (first < 0 || last < first) return c;
    return { ...c, end, claim: c.claim ? [c.claim[0], Math.min(c.claim[1], end)] : c.claim, mediumFrom: [first, last] };
  });
}
