// Where a content the tagger found after its cue ends: PolNeAR runs it to its sentence's end, the tagger often stops short.
import type { Ctx } from "../context.ts";

/** A sentence's end, a comma, a semicolon, a dash or an opening bracket ends a content (train CV: stopping at a comma
 * too, strict F1 55.6 against 55.2, cue accuracy 87.9 against 87.6). */
const CLAUSE_BREAK = /^(?:[.!?;,]+|…|—|–|--|\()$/;

/**
 * The last token of a content whose tagged run ends at `last`: it goes on to the end of its sentence (train CV: a
 * content ending early was the largest strict error of the tagger's attributions), up to a clause break or a token
 * `stop` names (another attribution's span, a word that frames attributions).
 */
export function contentEnd(ctx: Ctx, last: number, stop: (t: number) => boolean): number {
  let t = last;
  while (t + 1 < ctx.tokens.length && !ctx.ends[t] && !stop(t + 1) && !CLAUSE_BREAK.test(ctx.tokens[t + 1]!.text)) t++;
  return t;
}
