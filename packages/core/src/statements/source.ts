// Source spans: the subject noun phrase before a cue ("Glenn Corn, a former officer, told"), or after it ("said Rob Dannenberg").
import { CUES } from "./lexicon.ts";
import { CLAUSE_WORDS, PASSIVE, SKIP_BEFORE_CUE } from "./lexicon-clause-words.ts";
import {
  PRONOUNS,
  APPOSITION_START,
  CONTRACTION_HOSTS,
  DETERMINERS,
  QUANTIFIERS,
  RELATIVE_WH,
} from "./lexicon-pronouns.ts";
import { isCap, isWord, type Ctx } from "./context.ts";
import { wordRegex } from "../util/word-regex.ts";
import { DOCUMENT_CUE_FORMS } from "./lexicon-verbs.ts";
import {
  ADVERBIAL_OPENERS,
  CLAUSE_CONJUNCTIONS,
  FINITE_AUX,
  PLACE_TIME_OPENERS,
  SUBJECT_LINKS,
  SUBJECT_PREPOSITIONS,
  TIME_MODIFIERS,
  TIME_NOUNS,
  YEAR_PREPOSITIONS,
} from "./lexicon-function-words.ts";

/** A capitalised name token, or the "(Ret.)" after a retired officer's name. */
export const nameLike = (s: string) => isCap(s) || s === "(Ret.)";

export interface SourceSpan {
  /** the speaker span: what the entity link is resolved from */
  first: number;
  last: number;
  pronoun: boolean;
  /** PolNeAR's source span around it (source-np.ts), the span statements report; absent: the speaker span */
  np?: [number, number];
}

export const MAX_LOWER = 4;
export const TIME_NOUN = wordRegex(TIME_NOUNS);
const QUANTIFIER = wordRegex(QUANTIFIERS);
const ADVERBIAL = wordRegex(ADVERBIAL_OPENERS);
const RELATIVE_CUE = wordRegex(DOCUMENT_CUE_FORMS);

const SUBJECT_PREPOSITION = wordRegex(SUBJECT_PREPOSITIONS);
const CONTRACTION_HOST = wordRegex(CONTRACTION_HOSTS, "i");
const YEAR_PREPOSITION = wordRegex(YEAR_PREPOSITIONS);
const TIME_MODIFIER = wordRegex(TIME_MODIFIERS, "i");
const RELATIVE = wordRegex(RELATIVE_WH, "i");
const CONJUNCTION = wordRegex(CLAUSE_CONJUNCTIONS, "i");
const PLACE_TIME = wordRegex(PLACE_TIME_OPENERS);
const SUBJECT_LINK = wordRegex(SUBJECT_LINKS);
/** Modals and forms of "be": an "apposition" holding one is a clause. */
export const FINITE: ReadonlySet<string> = new Set(FINITE_AUX);

/** True for a token that may sit inside a subject noun phrase. */
export function npToken(ctx: Ctx, t: number, allowCue = false): boolean {
  const s = ctx.tokens[t]!.text;
  if (ctx.qidx[t]! >= 0) return false;
  if (isCap(s) || /^\(Ret\.\)$/.test(s)) return true;
  if (SUBJECT_LINK.test(s)) return true;
  if (/^[0-9]/.test(s)) return true;
  const low = s.toLowerCase();
  // "the former first lady": inside a noun phrase "first" is an ordinal, not the adverb of "first said"
  return (
    isWord(s) &&
    !CLAUSE_WORDS.has(low) &&
    (allowCue || !CUES.has(low)) &&
    !PRONOUNS.has(low) &&
    !SKIP_BEFORE_CUE.has(low) &&
    !/ly$/.test(low)
  );
}

/** Collect a noun phrase leftwards from token `last`; null when none. */
export function npLeft(ctx: Ctx, last: number, floor: number): SourceSpan | null {
  let first = last + 1;
  let lower = 0;
  for (let t = last; t >= floor; t--) {
    // "The report said", "the secretary of state warned": after a determiner or "of" a cue word is a noun
    const nounSlot =
      t > 0 &&
      (DETERMINERS.has(ctx.tokens[t - 1]!.text.toLowerCase()) || /^(?:of|['’]s)$/.test(ctx.tokens[t - 1]!.text));
    // "the former first lady": inside a noun phrase "first" is an ordinal, not the adverb of "first said"
    const ordinal = t < last && ctx.tokens[t]!.text === "first";
    if (ctx.para[t] !== ctx.para[last] || !(ordinal || npToken(ctx, t, nounSlot))) break;
    const s = ctx.tokens[t]!.text;
    if (!isCap(s) && isWord(s) && !DETERMINERS.has(s.toLowerCase()) && ++lower > MAX_LOWER) break;
    first = t;
    if (DETERMINERS.has(s.toLowerCase())) {
      // "a narrator in the campaign ad": a prepositional phrase inside the subject
      const prep = ctx.tokens[t - 1]?.text;
      if (
        t - 2 < floor ||
        !prep ||
        !SUBJECT_PREPOSITION.test(prep) ||
        !npToken(ctx, t - 2) ||
        ctx.para[t - 2] !== ctx.para[last]
      )
        break;
      t--;
      first = t;
    }
  }
  // "of", "for" and "'s" cannot start a phrase, nor a sentence-initial conjunction ("Though Vale said")
  while (
    first <= last &&
    (SUBJECT_LINK.test(ctx.tokens[first]!.text) || CLAUSE_WORDS.has(ctx.tokens[first]!.text.toLowerCase()))
  )
    first++;
  // "In 2004 IBM said": the year belongs to the opening phrase
  while (first < last && /^(?:1[89]|20)\d\d$/.test(ctx.tokens[first]!.text)) first++;
  if (first > last) return null;
  return { first, last, pronoun: false };
}

/** "Sen. Ada Vale (D-Mo.)" ending at token i (the ")"): the name before the bracketed tag, through the tag. */
function bracketed(ctx: Ctx, i: number, floor: number): SourceSpan | null {
  if (i < floor || ctx.tokens[i]!.text !== ")") return null;
  let k = i - 1;
  while (k >= floor && i - k < 8 && ctx.tokens[k]!.text !== "(") k--;
  if (k < floor || ctx.tokens[k]!.text !== "(" || k - 1 < floor) return null;
  const np = npLeft(ctx, k - 1, floor);
  return np ? { first: np.first, last: i, pronoun: false } : null;
}

/** "who’s argued", "he's said": the 's of "has" after a pronoun, skipped like the auxiliary it is. */
function contraction(ctx: Ctx, i: number): boolean {
  return /^['’]s$/.test(ctx.tokens[i]!.text) && CONTRACTION_HOST.test(ctx.tokens[i - 1]?.text ?? "");
}

/** The subject of the cue at token c, read leftwards; null when the verb has none (or is passive). */
export function leftSubject(ctx: Ctx, c: number, floor: number): SourceSpan | null {
  let i = c - 1;
  // adverbs and time phrases between subject and verb: "also", "boldly", "this month", "on Wednesday"
  for (;;) {
    // the month "May" is no modal
    while (
      i >= floor &&
      ctx.qidx[i]! < 0 &&
      ((SKIP_BEFORE_CUE.has(ctx.tokens[i]!.text.toLowerCase()) && ctx.tokens[i]!.text !== "May") ||
        /^[a-z]+ly$/.test(ctx.tokens[i]!.text) ||
        contraction(ctx, i))
    )
      i--;
    // "who in 2010 said": a year with its preposition
    if (
      i - 1 >= floor &&
      /^(?:1[89]|20)\d\d$/.test(ctx.tokens[i]!.text) &&
      YEAR_PREPOSITION.test(ctx.tokens[i - 1]!.text)
    ) {
      i -= 2;
      continue;
    }
    if (i < floor || ctx.qidx[i]! >= 0 || !TIME_NOUN.test(ctx.tokens[i]!.text)) break;
    i--;
    if (i >= floor && TIME_MODIFIER.test(ctx.tokens[i]!.text)) i--;
  }
  // "Vale, in particular, said" / "Vale, however, warned": a discourse adverbial set off by commas is not an apposition
  if (i >= floor && ctx.tokens[i]!.text === ",") {
    let k = i - 1;
    while (k > floor && i - k <= 3 && /^[a-z]+$/.test(ctx.tokens[k]!.text) && ctx.qidx[k]! < 0) k--;
    if (k > floor && k < i - 1 && ctx.tokens[k]!.text === "," && ADVERBIAL.test(ctx.tokens[k + 1]!.text)) i = k - 1;
  }
  // "Sen. Ada Vale (D-Mo.) said": a party or place tag in brackets sits between the name and the verb
  if (i >= floor && ctx.tokens[i]!.text === ")") {
    const b = bracketed(ctx, i, floor);
    if (b) return b;
  }
  if (i < floor || ctx.qidx[i]! >= 0) return null;
  const low = ctx.tokens[i]!.text.toLowerCase();
  if (PASSIVE.has(low) || low === "to") return null;
  if (PRONOUNS.has(low)) return { first: i, last: i, pronoun: true };
  // "an architect who said …": the relative pronoun is the source; the speaker is what it refers back to
  if (low === "who" || low === "which") return { first: i, last: i, pronoun: true };
  // "a letter from his doctor that says …": a relative "that" after a noun stands for that noun
  if (
    low === "that" &&
    RELATIVE_CUE.test(ctx.tokens[c]!.text) &&
    i - 1 >= floor &&
    /^[a-z]+$/.test(ctx.tokens[i - 1]!.text) &&
    !CUES.has(ctx.tokens[i - 1]!.text) &&
    !CLAUSE_WORDS.has(ctx.tokens[i - 1]!.text)
  ) {
    const np = npLeft(ctx, i - 1, floor);
    return np ? { first: np.first, last: np.last, pronoun: false } : null;
  }
  const delim = ctx.tokens[i]!.text;
  if (delim === "," || /^(?:-|–|—|--)$/.test(delim)) {
    // "NAME, a former officer, told" / "one of the lawyers, Ann Vale, said": the subject spans both sides of the
    // apposition; "NAME, who served as …, told" (or "NAME - which has … - said") keeps just the name
    let quoted = false;
    for (let k = i - 1; k >= floor && i - k < 40; k--) {
      if (ctx.ends[k]) break;
      // "Mr. Vale, citing “the magic of it,” said": a participle's apposition may quote
      if (ctx.qidx[k]! >= 0) {
        quoted = true;
        continue;
      }
      if (ctx.tokens[k]!.text !== delim) continue;
      if (quoted && !/^[a-z]+(?:ing|ed)$/.test(ctx.tokens[k + 1]!.text)) return null;
      const rel = RELATIVE.test(ctx.tokens[k + 1]!.text);
      // ", and the meeting deteriorated from there, said …": a coordinated clause, not an apposition
      if (CONJUNCTION.test(ctx.tokens[k + 1]!.text)) return null;
      // a relative clause inside the apposition ("a Republican who described himself as …") is not the subject's
      let r = k + 1;
      while (r < i && !RELATIVE.test(ctx.tokens[r]!.text)) r++;
      // an apposition is a noun phrase; "for some, the losses would outstrip the gains, said" is a clause
      // …unless the finite verb sits in that relative clause ("a consultant whose firm was retained by …")
      for (let j = k + 1; j < r; j++) if (FINITE.has(ctx.tokens[j]!.text.toLowerCase())) return null;
      const head = bracketed(ctx, k - 1, floor) ?? npLeft(ctx, k - 1, floor);
      if (!head) return null;
      // "NAME, who served as …, told" keeps just the name; "Mr. Vale, a Republican who …, said" stops before "who"
      return { first: head.first, last: rel ? head.last : r - 1, pronoun: false };
    }
    return null;
  }
  const np = npLeft(ctx, i, floor);
  // "the continued attacks": a determiner right before the word makes it an adjective, not a verb
  // …but a quantifier stands for its people: "Some chanted “…”", "Others said"
  if (!np || (np.first === np.last && DETERMINERS.has(low) && !QUANTIFIER.test(low))) return null;
  // "A poll released in late August found": a participle phrase between the subject and its verb
  const p = np.first - 1;
  if (
    p - 2 >= floor &&
    PLACE_TIME.test(ctx.tokens[p]!.text) &&
    /^[a-z]+(?:ed|ing)$/.test(ctx.tokens[p - 1]!.text) &&
    ctx.qidx[p - 1]! < 0
  ) {
    const head = npLeft(ctx, p - 2, floor);
    if (head && isCap(ctx.tokens[head.first]!.text)) return { first: head.first, last: np.last, pronoun: false };
  }
  // "Glenn Corn, a former senior officer told": extend over the name before the apposition
  const head = ctx.tokens[np.first]!.text.toLowerCase();
  if (APPOSITION_START.has(head) && np.first - 2 >= floor && ctx.tokens[np.first - 1]!.text === ",") {
    const name = npLeft(ctx, np.first - 2, floor);
    if (name && nameLike(ctx.tokens[name.last]!.text)) return { first: name.first, last: np.last, pronoun: false };
  }
  return np;
}

/** The speaker named after the cue in an inversion ("said Rob Dannenberg, former chief"); null when none. */
export function rightSubject(ctx: Ctx, c: number, ceil: number, para = ctx.para[c]): SourceSpan | null {
  const i = c + 1;
  if (i > ceil || ctx.qidx[i]! >= 0) return null;
  const low = ctx.tokens[i]!.text.toLowerCase();
  if (PRONOUNS.has(low)) return PRONOUNS.get(low) === "person" ? { first: i, last: i, pronoun: true } : null;
  // reading rightwards a cue-like word is a noun ("told state officials"); a verb would follow a subject, not a cue
  if (low === "that" || !npToken(ctx, i, true)) return null;
  let last = i - 1;
  let lower = 0;
  for (let t = i; t <= ceil && t - i < 10; t++) {
    if (!npToken(ctx, t, true) || ctx.para[t] !== para) break;
    const s = ctx.tokens[t]!.text;
    // "told reporters the deal was dead": a determiner after a complete noun starts the next phrase
    if (
      t > i &&
      DETERMINERS.has(s.toLowerCase()) &&
      !SUBJECT_LINK.test(ctx.tokens[t - 1]!.text) &&
      !DETERMINERS.has(ctx.tokens[t - 1]!.text.toLowerCase())
    )
      break;
    if (!isCap(s) && isWord(s) && !DETERMINERS.has(s.toLowerCase()) && ++lower > MAX_LOWER) break;
    last = t;
  }
  while (last >= i && SUBJECT_LINK.test(ctx.tokens[last]!.text)) last--;
  return last >= i ? { first: i, last, pronoun: false } : null;
}
