// Sources that stand just before their cue: a relative pronoun ("a museum which promotes …") or a possessive ("his criticism of …").
import type { Ctx } from "./context.ts";
import type { Candidate } from "./clause.ts";
import { leftSubject } from "./source.ts";
import { sentenceOf } from "./sentences.ts";
import { NEAR_CUE_POSSESSIVE_AFTER, NEAR_CUE_RELATIVES } from "./lexicon-pronouns.ts";
import { OWNER_POSSESSIVES } from "./lexicon-sources.ts";
import { recandidate } from "./candidate.ts";
import { mapPacked } from "../util/arrays.ts";

const RELATIVES: ReadonlySet<string> = new Set(NEAR_CUE_RELATIVES);
const POSSESSIVES: ReadonlySet<string> = new Set(OWNER_POSSESSIVES);
const POSSESSIVE_AFTER: ReadonlySet<string> = new Set(NEAR_CUE_POSSESSIVE_AFTER);
const SENTENCE_END = /^[.!?]$/;

/**
 * PolNeAR's source is the relative pronoun or the possessive itself (train: "who" before the cue is the source 365 times
 * in 383, "his" 98 in 105), while the readers and the chooser often take the antecedent or the clause's subject. So an
 * attribution whose cue follows one (a relative after adverbs and auxiliaries, "which has long been lukewarm about";
 * a possessive right before it) takes that word as its source; the speaker is resolved from it as from any pronoun.
 * Raising frames (no source) and "according to" keep theirs.
 */
export function nearCueSources(ctx: Ctx, accepted: Candidate[]): Candidate[] {
  return mapPacked(accepted, (c) => {
    if (!c.cue || c.rule.endsWith(":raising") || c.rule.endsWith("according-to")) return c;
    const at = nearCueWord(ctx, c.cue[0]);
    if (at < 0) return c;
    const s = c.source;
    if (s && s.first <= at && s.last >= at) return c;
    return recandidate(c, {
      source: { first: at, last: at, pronoun: true },
      inherit: false,
      rule: `${c.rule}+near-source`,
    });
  });
}

/** The relative pronoun or possessive standing for the cue's source before cue token `cue`, or -1. */
function nearCueWord(ctx: Ctx, cue: number): number {
  const { tokens } = ctx;
  const i = cue - 1;
  if (i < 0 || ctx.qidx[i]! >= 0 || ctx.para[i] !== ctx.para[cue]) return -1;
  if (POSSESSIVES.has(tokens[i]!.text.toLowerCase())) {
    // "His criticism" opening a sentence, or after a preposition
    if (opens(ctx, i)) return i;
    return POSSESSIVE_AFTER.has(tokens[i - 1]!.text.toLowerCase()) ? i : -1;
  }
  // the subject reader skips adverbs, auxiliaries and time phrases ("who on Tuesday endorsed")
  const s = leftSubject(ctx, cue, sentenceOf(ctx, cue)[0]);
  if (!s || s.first !== s.last) return -1;
  // a relative pronoun follows what it stands for: an opening "Who said …?" asks
  return RELATIVES.has(tokens[s.first]!.text) && !opens(ctx, s.first) ? s.first : -1;
}

/** Token i opens its sentence or paragraph. */
function opens(ctx: Ctx, i: number): boolean {
  return i === 0 || SENTENCE_END.test(ctx.tokens[i - 1]!.text) || ctx.para[i - 1] !== ctx.para[i];
}
