// A quote opened right after a speech verb ("…, saying, “…”", "… and Reyl said: “…”") is that verb's, not the earlier verb's.
import { clauseStart, type Ctx } from "./context.ts";
import type { Candidate } from "./clause.ts";
import { CUES } from "./lexicon.ts";
import { leftSubject } from "./source.ts";
import { firstTokenAt } from "./frames.ts";
import { recandidate } from "./candidate.ts";
import { mapPacked } from "../util/arrays.ts";

/** What may stand between a speech verb and the quote it opens ("saying, “…”", "said: “…”"). */
const OPENS = new Set([",", ":"]);

/**
 * A quote framed by an earlier verb of its sentence (`Vale urged dockers to stay home, saying, “…”`: `urged`; `A
 * docker asked for a photo and Vale said, “…”`: `asked`) takes the speech verb right before it as cue, and that verb's
 * subject as source (a participle keeps the statement's source). A weak verb (`wrote`, `feel`) is left alone. Runs after
 * the tagger, so the tagger reads the rules' spans it was trained on. Train CV with main's fold models: right cues
 * 13,625 -> 13,649, right sources 12,609 -> 12,626
 * with `clause-subject.ts`'s predicate rule (+6 of them alone). Moving the quote inside the rules (`quoteAfter`) gained more cues
 * with those models (+40) but changes the tagger's inputs, and refitted fold models put it within the refit noise.
 */
export function nearerCues(ctx: Ctx, accepted: Candidate[]): Candidate[] {
  const used = new Set<number>();
  for (const c of accepted) if (c.cue) for (let t = c.cue[0]; t <= c.cue[1]; t++) used.add(t);
  return mapPacked(accepted, (c) => {
    if (c.kind !== "direct" || !c.cue) return c;
    const q = ctx.qidx[firstTokenAt(ctx, c.start)] ?? -1;
    if (q < 0) return c;
    const open = ctx.qOpenTok[q]!;
    const k = OPENS.has(ctx.tokens[open - 1]?.text ?? "") ? open - 2 : open - 1;
    const near = CUES.get(ctx.tokens[k]?.text ?? "");
    if (k <= c.cue[1] || !near || near.kind === "according" || near.weak || used.has(k)) return c;
    const source = near.kind === "participle" ? c.source : (leftSubject(ctx, k, clauseStart(ctx, k)) ?? c.source);
    return recandidate(c, { cue: [k, k], source, rule: `${c.rule}+nearer-cue` });
  });
}
