// Where a content the tagger found after its cue ends: PolNeAR runs it to its sentence's end, the tagger often stops short.
import type { Ctx } from "../context.ts";
import { cutAtBoundary, isBoundary, type ContentEndModel, type ContentSite } from "../content-ends.ts";

/** A sentence's end, a comma, a semicolon, a dash or an opening bracket ends a content (train CV: stopping at a comma
 * too, strict F1 55.6 against 55.2, cue accuracy 87.9 against 87.6). */
const CLAUSE_BREAK = /^(?:[.!?;,]+|…|—|–|--|\()$/;

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
