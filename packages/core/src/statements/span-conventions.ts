// PolNeAR's span conventions applied to candidates: a trailing "in a post on X" is the statement's medium, not its content; sources are whole noun phrases.
import { extend } from "../util/extend.ts";
import type { Ctx } from "./context.ts";
import { polnearSource } from "./source-np.ts";
import { tokenAt } from "./sentences.ts";
import type { Candidate } from "./clause.ts";
import { MEDIUM_NOUNS, MEDIUM_PREPOSITIONS, TIME_TAIL_OPENERS } from "./lexicon-nouns.ts";
import { POSSESSIVES } from "./lexicon-pronouns.ts";
import { ARTICLES } from "../text/closed-class.ts";
import { LEADING_ADJUNCT_PREPOSITIONS } from "./lexicon-sources.ts";
import { alternation, wordRegex } from "../util/word-regex.ts";
import { recandidate } from "./candidate.ts";
import { mapPacked } from "../util/arrays.ts";

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
  return mapPacked(accepted, (c) => {
    if (c.kind === "direct" || !c.cue || c.mediumFrom) return c;
    const m = MEDIUM_TAIL.exec(ctx.text.slice(c.start, c.end));
    if (!m || m.index < 2) return c;
    const end = c.start + m.index;
    const first = ctx.tokens.findIndex((t) => t.start >= end);
    let last = first;
    while ((ctx.tokens[last + 1]?.end ?? Infinity) <= c.end) last++;
    if (first < 0 || last < first) return c;
    return recandidate(c, {
      end,
      claim: c.claim ? [c.claim[0], Math.min(c.claim[1], end)] : c.claim,
      mediumFrom: [first, last],
    });
  });
}

const LEADING_PREPOSITION = wordRegex(LEADING_ADJUNCT_PREPOSITIONS);
/** How far into a clause its "that" may follow a leading place or time phrase, in tokens. */
const MAX_LEADING_ADJUNCT = 20;

/**
 * A reported clause after its cue that opens with a place or time phrase and goes on with "that" ("Vale said at a
 * rally in Reno that the levy …") starts after "that": the phrase belongs to the frame, as PolNeAR marks it.
 */
export function leadingAdjuncts(ctx: Ctx, accepted: Candidate[]): Candidate[] {
  const { tokens } = ctx;
  return mapPacked(accepted, (c) => {
    if (c.kind === "direct" || !c.cue) return c;
    const first = tokenAt(ctx, c.start);
    if (first <= c.cue[1] || tokens[first]!.start !== c.start || !LEADING_PREPOSITION.test(tokens[first]!.text))
      return c;
    for (let t = first + 1; t < tokens.length && t - first <= MAX_LEADING_ADJUNCT && tokens[t]!.end < c.end; t++) {
      if (ctx.qidx[t]! >= 0 || ctx.ends[t]) return c;
      if (tokens[t]!.text !== "that") continue;
      const start = tokens[t + 1]!.start;
      return recandidate(c, { start, claim: c.claim && c.claim[0] === c.start ? [start, c.claim[1]] : c.claim });
    }
    return c;
  });
}

/**
 * Every source's PolNeAR span (`np`: appositions, descriptors, "according to" objects), grown only over tokens no quote,
 * content, cue or other source holds. One speaker span gets one source span, so a chain's statements keep sharing it
 * identically. Runs after the tagger: the tagger's features read the speaker spans, which do not change.
 */
export function polnearSources(ctx: Ctx, accepted: Candidate[]): Candidate[] {
  const { tokens } = ctx;
  // owner of each token: -1 free, -2 a content or cue, k the k-th distinct speaker span
  const owner = new Int32Array(tokens.length).fill(-1);
  const keys = new Map<string, number>();
  const keyOf = (c: Candidate) => (c.source ? `${c.source.first}:${c.source.last}` : "");
  for (const c of accepted) {
    const [s, e] = c.claim ?? [c.start, c.end];
    for (let t = tokenAt(ctx, s); t < tokens.length && tokens[t]!.start < e; t++) if (tokens[t]!.end > s) owner[t] = -2;
    if (c.cue) owner.fill(-2, c.cue[0], c.cue[1] + 1);
  }
  for (const c of accepted) {
    if (!c.source || keys.has(keyOf(c))) continue;
    const k = keys.size;
    keys.set(keyOf(c), k);
    for (let t = c.source.first; t <= c.source.last; t++) if (owner[t] === -1) owner[t] = k;
  }
  const spans = new Map<string, [number, number]>();
  return mapPacked(accepted, (c) => {
    if (!c.source) return c;
    const key = keyOf(c);
    let np = spans.get(key);
    if (!np) {
      const k = keys.get(key)!;
      const free = (t: number) => ctx.qidx[t]! < 0 && (owner[t] === -1 || owner[t] === k);
      np = polnearSource(ctx, c.source, c.cue, free, c.rule.endsWith("according-to"));
      spans.set(key, np);
    }
    return np[0] === c.source.first && np[1] === c.source.last
      ? c
      : recandidate(c, { source: extend(c.source, { np }) });
  });
}
