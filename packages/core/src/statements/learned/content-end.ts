// Where a content the tagger found after its cue ends: PolNeAR runs it to its sentence's end, the tagger often stops short.
import type { Ctx } from "../context.ts";
import { cutAtBoundary, isBoundary, type ContentEndModel, type ContentSite } from "../content-ends.ts";
import { CUES } from "../lexicon.ts";
import { PRONOUNS } from "../lexicon-pronouns.ts";

/** A sentence's end, a comma, a semicolon, a dash or an opening bracket ends a content (train CV: stopping at a comma
 * too, strict F1 55.6 against 55.2, cue accuracy 87.9 against 87.6). */
const CLAUSE_BREAK = /^(?:[.!?;,]+|…|—|–|--|\()$/;

/** What opens the clause a speech verb frames, right after the verb: "that", a subject pronoun, a name, a quote. */
const CLAUSE_OPENER = new Set(["that", ...PRONOUNS.keys()]);
const OPENING_PUNCT = /^[“"‘:,]$/;
const CAPITALISED = /^\p{Lu}/u;

/**
 * A word of the cue lexicon at token t that frames a clause of its own (`… the board said that …`, `… said Vale`,
 * `… wrote: “…”`), so a content running on stops before it. Without a clause opener after it the word is most often a
 * noun or a modifier inside the content (`the repeated refusal`, `remarks calling the plan “…”`, `what economists call
 * a tax`): train CV, the tagger's contents running on past those, strict matches 11,154 -> 11,228, overlap 15,221 ->
 * 15,238 (stopping at every cue word lost those; stopping at none gained 82 strict matches but 10 right cues fewer).
 */
export function framesClause(ctx: Ctx, t: number): boolean {
  if (!CUES.has(ctx.keys[t]!)) return false;
  const next = ctx.tokens[t + 1]?.text ?? "";
  return CLAUSE_OPENER.has(ctx.keys[t + 1] ?? "") || OPENING_PUNCT.test(next) || CAPITALISED.test(next);
}

/**
 * The last token of a content whose tagged run ends at `last`: it goes on to the end of its sentence (train CV: a
 * content ending early was the largest strict error of the tagger's attributions), up to a clause break or a token
 * `stop` names (another attribution's span, a word that frames attributions).
 */
export function contentEnd(
  ctx: Ctx,
  last: number,
  stop: (t: number) => boolean,
  ends?: { model: ContentEndModel; site: ContentSite },
): number {
  let t = last;
  const breaks = (w: string) => CLAUSE_BREAK.test(w) && !(ends && isBoundary(w));
  while (t + 1 < ctx.tokens.length && !ctx.ends[t] && !stop(t + 1) && !breaks(ctx.tokens[t + 1]!.text)) t++;
  // with the boundary model a comma or adjunct word ends the content only where the model says so
  return ends ? cutAtBoundary(ctx, ends.model, ends.site, ends.site.first + 1, t) : t;
}
