// Coarse word classes the boundary model reads around a boundary: what follows it (a new clause, a time phrase, a noun phrase) decides whether PolNeAR's content goes on.
import { AUXILIARIES, TIME_NOUNS, TIME_MODIFIERS } from "./lexicon-function-words.ts";
import { DETERMINERS, PERSON_PRONOUNS, OBJECT_PRONOUNS } from "./lexicon-pronouns.ts";
import { PAST_IRREGULAR } from "./lexicon-verbs.ts";
import { MONTHS } from "../text/closed-class.ts";
import { CUES } from "./lexicon.ts";
import { startsUpper } from "../util/letters.ts";

const AUX = new Set(AUXILIARIES);
const TIME = new Set([...TIME_NOUNS, ...TIME_MODIFIERS, ...MONTHS].map((w) => w.toLowerCase()));
const SUBJECT_PRONOUNS = new Set([...PERSON_PRONOUNS, "i", "we", "it", "you"]);
const OBJECTS = new Set(OBJECT_PRONOUNS);
const NUMBER = /^\p{N}/u;

/**
 * The class of a word (`key` lower-cased, `raw` as written): aux, cue (a speech verb), subj (a subject pronoun), obj,
 * det, time, past (an irregular past or an -ed word), ing, cap, num, or w.
 */
export function wordClass(key: string, raw: string): string {
  if (AUX.has(key)) return "aux";
  if (CUES.has(key)) return "cue";
  if (SUBJECT_PRONOUNS.has(key)) return "subj";
  if (OBJECTS.has(key)) return "obj";
  if (DETERMINERS.has(key)) return "det";
  if (TIME.has(key)) return "time";
  if (PAST_IRREGULAR.has(key) || (key.length > 4 && key.endsWith("ed"))) return "past";
  if (key.length > 4 && key.endsWith("ing")) return "ing";
  if (NUMBER.test(raw)) return "num";
  if (startsUpper(raw)) return "cap";
  return "w";
}

/** A finite verb ahead: aux, a speech verb or a past form among the next `n` words, before a comma or clause end. */
export function verbAhead(classes: readonly string[], n: number): boolean {
  for (let i = 0; i < Math.min(n, classes.length); i++) {
    const c = classes[i]!;
    if (c === "aux" || c === "past" || c === "cue") return true;
    if (c === ",") return false;
  }
  return false;
}
