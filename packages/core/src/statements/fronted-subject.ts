// A participle opening its sentence borrows the subject after its clause: "Criticizing the plan, Vale said …" → Vale.
import type { Ctx } from "./context.ts";
import type { Candidate } from "./clause.ts";
import { mainSubject } from "./main-subject.ts";
import { SUBORDINATORS } from "./lexicon-sources.ts";
import { tokenAt } from "./sentences.ts";
import { wordRegex } from "../util/word-regex.ts";
import { recandidate } from "./candidate.ts";
import { mapPacked } from "../util/arrays.ts";

const SUBORDINATOR = wordRegex(SUBORDINATORS, "i");
const PARTICIPLE = /^\p{L}+ing$/u;
const CLOSER = /^[”"’']+$/u;

/** The first token of the sentence holding token t. */
function sentenceStart(ctx: Ctx, t: number): number {
  while (t > 0 && !ctx.ends[t - 1] && ctx.para[t - 1] === ctx.para[t]) t--;
  return t;
}

/**
 * A candidate with no source whose cue is a participle opening its sentence (or right after an opening "After",
 * "While", …) and whose content ends at a comma: the subject after that comma, before its verb, is the source
 * (PolNeAR's reading: `Criticizing police tactics, she said …`, `After stating that …, Clinton added …`). Runs after
 * the tagger, so no model input changes.
 */
export function frontedSubjects(ctx: Ctx, accepted: Candidate[]): Candidate[] {
  const { tokens } = ctx;
  return mapPacked(accepted, (c) => {
    if (c.source || !c.cue) return c;
    const k = c.cue[0];
    const a = sentenceStart(ctx, k);
    if (!PARTICIPLE.test(tokens[k]!.text) || !(k === a || (k === a + 1 && SUBORDINATOR.test(tokens[a]!.text))))
      return c;
    let t = tokenAt(ctx, c.end - 1) + 1;
    while (t < tokens.length && CLOSER.test(tokens[t]!.text)) t++;
    if (tokens[t]?.text !== "," || tokens[t]!.start < c.end || ctx.para[t] !== ctx.para[k]) return c;
    let end = t + 1;
    while (end < tokens.length && !ctx.ends[end - 1] && ctx.para[end] === ctx.para[k]) end++;
    const source = mainSubject(ctx, t + 1, end);
    return source && source.first === t + 1 ? recandidate(c, { source, inherit: false }) : c;
  });
}
