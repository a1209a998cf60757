// A passive frame ("The vote is expected to fall", "Vale was asked to name …"): its subject is content, not source, as PolNeAR marks it.
import type { StatementsResult } from "../schema/stages.ts";
import { PASSIVE_BE } from "./lexicon-function-words.ts";
import { PASSIVE_CUE_PARTICLES, PASSIVE_PARTICIPLE_SUFFIXES, PASSIVE_PERFECT } from "./lexicon-sources.ts";
import { STANCE_PARTICIPLES } from "./lexicon-verbs.ts";
import { alternation, wordRegex } from "../util/word-regex.ts";
import { part, restate } from "./statement.ts";
import { mapPacked } from "../util/arrays.ts";

const BE = wordRegex(PASSIVE_BE, "i");
const PERFECT = wordRegex(PASSIVE_PERFECT, "i");
/** "isn’t", "wasn't": the negation is part of the verb group */
const NOT = /n[’']t$/u;
/** A participle closing the cue: "expected", "seen", "known", "given". */
/** What may follow the participle in the cue: "seen as", "expected to", "known for". */
const PREPOSITION = wordRegex(PASSIVE_CUE_PARTICLES);
const PARTICIPLE = new RegExp(String.raw`^\p{Ll}+(?:${alternation(PASSIVE_PARTICIPLE_SUFFIXES)})$`, "u");
const STANCE: ReadonlySet<string> = new Set(STANCE_PARTICIPLES);
/**
 * A participle ending a passive cue group ("lauded", "seen"); "are worried", "is convinced" are not: an attitude its
 * subject holds, so the subject stays the source. Shared with clause-subject.ts, which must read cues the same way.
 */
export const passiveParticiple = (word: string) => PARTICIPLE.test(word) && !STANCE.has(word);

/**
 * A statement whose cue is a passive verb group (a form of "be", adverbs, a participle) with its source right before the
 * cue and its content right after it: nobody in the sentence is the source ("is expected to", "are seen as", "was
 * named"), and PolNeAR marks the subject as the content's first part. The source and speaker go; start/end span both
 * parts and the cue between, as for a quote continued past its frame.
 */
export function passiveSubjects(text: string, result: StatementsResult): StatementsResult {
  const sts = result.statements;
  for (let i = 0; i < sts.length; i++) {
    const st = sts[i]!;
    const { source, cue } = st;
    if (st.parts || st.kind === "direct" || !source || !cue || source.end > cue.start || cue.end > st.start) continue;
    // the verb group from the source to the cue's end: "is expected", "was widely seen as", ", which …, is expected"
    const group = text.slice(source.end, cue.end).replace(/^\s*,?\s*/, "");
    const words = mapPacked(group.split(/\s+/), (w) => w.replace(NOT, ""));
    if (PREPOSITION.test(words[words.length - 1] ?? "")) words.pop();
    // "has been criticized for": the perfect's auxiliary opens the group
    if (PERFECT.test(words[0] ?? "") && words[1] === "been") words.shift();
    if (!BE.test(words[0] ?? "") || !passiveParticiple(words[words.length - 1] ?? "")) continue;
    if (!words.every((w) => /^\p{Ll}+$/u.test(w)) || !/^\s*$/.test(text.slice(cue.end, st.start))) continue;
    // a new statement (statement.ts), in this one's place
    sts[i] = restate(st, {
      parts: [part(source.start, source.end), part(st.start, st.end)],
      start: source.start,
      text: text.slice(source.start, st.end),
      source: null,
      speaker: null,
      speakerRule: "none",
    });
  }
  return result;
}
