// Headlines without a colon: "Vale Blasts Harbor Board over Levy" frames its object with a present-tense verb.
import type { Mention } from "../schema/stages.ts";
import { candidate } from "./candidate.ts";
import type { Ctx } from "./context.ts";
import type { Candidate } from "./clause.ts";
import { isHeadline } from "./fallback.ts";
import { tokenAt } from "./sentences.ts";
import { CUES } from "./lexicon.ts";
import { cueKey } from "./learned/gate.ts";

/** A headline verb: a word in the present tense ("Blasts", "plans", "issues"), never in capitals only. */
const PRESENT = /^\p{L}[\p{Ll}]{2,}s$/u;

/**
 * A headline line (one short first paragraph above the text) that no attribution claimed and that opens with a named
 * person or organisation followed by a present-tense verb reports what they said or did, as PolNeAR reads headlines:
 * the verb is the cue, the rest of the line the content. In the text a "-s" word after a name is as often a noun
 * ("Vale aides"), so only the headline, where the tense is the convention, is read this way.
 */
export function headlineFrames(
  ctx: Ctx,
  accepted: Candidate[],
  mentions: readonly Mention[],
  cueWords: ReadonlySet<string> | null,
): Candidate[] {
  const { tokens, para } = ctx;
  if (!tokens.length || !isHeadline(ctx) || accepted.some((c) => para[tokenAt(ctx, c.start)] === 0)) return accepted;
  const m = mentions[0];
  if (!m || m.start !== tokens[0]!.start || (m.kind !== "person" && m.kind !== "organization")) return accepted;
  let last = 0;
  while (tokens[last + 1] && tokens[last + 1]!.end <= m.end) last++;
  const v = last + 1;
  const verb = tokens[v]?.text ?? "";
  // the verb began cues in training (the tagger's gate words; the cue lexicon without a model): "Vale wins the vote" is none
  const cue = cueKey(verb);
  if (para[v] !== 0 || !PRESENT.test(verb) || !(cueWords ?? CUES).has(cue) || para[v + 1] !== 0) return accepted;
  let end = v + 1;
  while (para[end + 1] === 0) end++;
  while (end > v + 1 && /^[.!?…]+$/.test(tokens[end]!.text)) end--;
  const start = tokens[v + 1]!.start;
  return [
    ...accepted,
    candidate({
      kind: "indirect",
      start,
      end: tokens[end]!.end,
      cue: [v, v],
      source: { first: 0, last, pronoun: false },
      inherit: false,
      mediumFrom: null,
      priority: 3,
      rule: "indirect:headline",
      claim: [start, tokens[end]!.end],
    }),
  ];
}
