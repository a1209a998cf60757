// Lone capitalised words the model calls people but the article counts like things: "won an Oscar for", "her second Grammy in a row".
import type { Token } from "../schema/stages.ts";
import type { Cand } from "./candidates.ts";
import { TITLE_WORDS } from "./lexicon/titles.ts";
import { isPossessive } from "./context.ts";
import { AFTER_HEAD, NUMBER_WORDS, SPEECH_AFTER_NAME, THING_DETERMINERS } from "./lexicon/function-words.ts";
import { AWARD_NOUNS } from "./lexicon/name-words.ts";
import { wordRegex } from "../util/word-regex.ts";

const NUMBERS = wordRegex(NUMBER_WORDS);
/** Nouns of contests that an award's name modifies ("Oscar nominations", "the Bafta ceremony", "Emmy hopefuls"); a name rarely does. */
const AWARD_NOUN = wordRegex(AWARD_NOUNS);
/** Words after a lone surname that make it someone who acts or speaks ("Oscar said", "Oscar told"). */
const SPEAKS = wordRegex(SPEECH_AFTER_NAME);

/**
 * Drop single-word person candidates (from the model, with no full name containing the word) when the article uses the
 * word like a count noun — heading a phrase opened by "a"/"an", a possessive determiner or a number ("won an Oscar for",
 * "her Oscar."), before a noun of contests ("Oscar nominations"), or in the plural ("the Oscars") — and never like a person: no title before it, no speech
 * verb or possessive "'s" after it, no capitalised word continuing it.
 */
export function dropThingNames(text: string, tokens: Token[], cands: Cand[]): Cand[] {
  const model = (c: Cand) => /^(ner:|rule:|test:)/.test(c.rule);
  const lone = new Map<string, Cand[]>();
  const nameWords = new Set<string>();
  for (const c of cands) {
    if (c.kind !== "person") continue;
    if (c.last > c.first) for (let i = c.first; i <= c.last; i++) nameWords.add(tokens[i]!.text);
    else if (model(c)) {
      const w = tokens[c.first]!.text;
      const l = lone.get(w);
      if (l) l.push(c);
      else lone.set(w, [c]);
    }
  }
  if (lone.size === 0) return cands;
  // plurals the article counts or names with "the" ("the Oscars", "their Blackberries"; not "Robs voice", a lost apostrophe)
  const wanted = new Set([...lone.keys()].filter((w) => !w.endsWith("s")).map((w) => `${w}s`));
  const plurals = new Set<string>();
  tokens.forEach((t, k) => {
    if (
      wanted.has(t.text) &&
      (countedAt(text, tokens, k) ||
        (/^[Tt]he$/.test(tokens[k - 1]?.text ?? "") && text.slice(tokens[k - 1]!.end, t.start) === " "))
    )
      plurals.add(t.text);
  });
  const things = new Set<string>();
  for (const [w, cs] of lone) {
    if (nameWords.has(w)) continue;
    let thing = plurals.has(`${w}s`); // a name is not pluralised
    let person = false;
    for (const c of cs) {
      const k = c.first;
      const prev = tokens[k - 1],
        next = tokens[k + 1];
      if (prev && TITLE_WORDS.has(prev.text.toLowerCase())) person = true;
      // "a Ronan Keel penalty": the name goes on; "Keel said", "Keel's": a person acts or owns
      if (
        next &&
        (SPEAKS.test(next.text) ||
          isPossessive(next) ||
          (/^\p{Lu}/u.test(next.text) && text.slice(tokens[k]!.end, next.start) === " "))
      )
        person = true;
      // not "the Oscar field": "the Bush administration" names a person the same way
      if (
        countedAt(text, tokens, k) ||
        (next && AWARD_NOUN.test(next.text) && text.slice(tokens[k]!.end, next.start) === " ")
      )
        thing = true;
    }
    if (thing && !person) things.add(w);
  }
  if (things.size === 0) return cands;
  return cands.filter(
    (c) => !(c.kind === "person" && c.first === c.last && model(c) && things.has(tokens[c.first]!.text)),
  );
}

/**
 * A lower-case determiner or number word right before the word, on the same line, and the word heads its noun phrase
 * ("won an Oscar for", "her Oscar."). A modifier does not count: "a Reagan administration", "two Keelby goals" name people.
 */
function countedAt(text: string, tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1],
    next = tokens[k + 1];
  // lower case only: "A Keel (Calder)" in a team list is an initial; one word only: "his friend Oscar" is a person
  if (
    !prev ||
    text.slice(prev.end, tokens[k]!.start) !== " " ||
    !(THING_DETERMINERS.has(prev.text) || NUMBERS.test(prev.text))
  )
    return false;
  return !next || !/^\p{Ll}/u.test(next.text) || AFTER_HEAD.has(next.text);
}
