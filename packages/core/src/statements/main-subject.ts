// The main clause's subject: the name or pronoun a participle or a second verb borrows ("Russia seems to …, demanding …").
import { SKIP_BEFORE_CUE } from "./lexicon-clause-words.ts";
import { PRONOUNS, DETERMINERS, PERSON_POSSESSIVES } from "./lexicon-pronouns.ts";
import { ARTICLES } from "../text/closed-class.ts";
import { PAST_IRREGULAR } from "./lexicon-verbs.ts";
import { FINITE_AUX, PASSIVE_BE, S_AUXILIARIES, SUBJECT_PREPOSITIONS } from "./lexicon-function-words.ts";
import { NOT_SUBJECT_ENDINGS, VERB_GROUP_SUFFIXES, VERB_PARTICLES } from "./lexicon-sources.ts";
import { alternation, wordRegex } from "../util/word-regex.ts";
import { isCap, isWord, type Ctx } from "./context.ts";
import { FINITE, MAX_LOWER, TIME_NOUN, leftSubject, npToken, type SourceSpan } from "./source.ts";

const S_AUXILIARY = wordRegex(S_AUXILIARIES);

const isPast = (w: string) => /^[a-z]+ed$/.test(w) || PAST_IRREGULAR.has(w);

/**
 * The subject opening the clause that starts at `floor`, for a participle later in it ("Reid mocked Romney, claiming …"):
 * a pronoun or a noun phrase (with an apposition), then (after adverbs) a past-tense verb; an opening phrase before a comma
 * ("On Friday, …") is skipped. Null when the clause opens otherwise.
 */
export function mainSubject(ctx: Ctx, floor: number, c: number): SourceSpan | null {
  const direct = subjectAt(ctx, floor, c);
  if (direct) return direct;
  for (let t = floor + 1; t < c && t - floor < 14; t++) {
    if (ctx.qidx[t]! >= 0) return null;
    if (ctx.tokens[t]!.text === ",") return subjectAt(ctx, t + 1, c);
    // "On September 27 they published …": a short opening phrase with no comma, then a pronoun subject
    const pron = PRONOUNS.get(ctx.tokens[t]!.text);
    if (t - floor < 6 && (pron === "person" || pron === "plural")) return subjectAt(ctx, t, c);
  }
  return null;
}

function subjectAt(ctx: Ctx, first: number, c: number): SourceSpan | null {
  const t = ctx.tokens[first];
  if (!t || first >= c || ctx.qidx[first]! >= 0) return null;
  const pron = PRONOUNS.get(t.text.toLowerCase());
  let last = first;
  if (pron) {
    if (pron === "self") return null;
  } else {
    if (!isCap(t.text)) return null;
    let lower = 0;
    for (;;) {
      // "The Times and the Gannett chain filed": two noun phrases joined by "and"
      if (
        ctx.tokens[last + 1]?.text === "and" &&
        last + 2 < c &&
        (isCap(ctx.tokens[last + 2]!.text) || DETERMINERS.has(ctx.tokens[last + 2]!.text))
      )
        last++;
      const nextWord = ctx.tokens[last + 1]?.text ?? "";
      const presentAfterName = isCap(ctx.tokens[last]!.text) && /^[a-z]+[^s'u]s$/.test(nextWord);
      if (!(last + 1 < c && npToken(ctx, last + 1) && !isPast(nextWord) && !presentAfterName)) break;
      const w = ctx.tokens[last + 1]!.text;
      if (!isCap(w) && isWord(w) && ++lower > MAX_LOWER) return null;
      last++;
    }
    // "Donald Trump, her opponent, bemoaned …": the apposition belongs to the subject
    if (ctx.tokens[last + 1]?.text === ",") {
      let k = last + 2;
      while (
        k < c &&
        k - last < 12 &&
        ctx.qidx[k]! < 0 &&
        ctx.tokens[k]!.text !== "," &&
        !FINITE.has(ctx.tokens[k]!.text)
      )
        k++;
      if (k < c && ctx.tokens[k]!.text === "," && k > last + 2) last = k;
    }
  }
  let v = last + 1;
  // adverbs and a time phrase before the verb: "also", "on Friday"
  while (
    v < c &&
    ctx.qidx[v]! < 0 &&
    (SKIP_BEFORE_CUE.has(ctx.tokens[v]!.text.toLowerCase()) ||
      /^[a-z]+ly$/.test(ctx.tokens[v]!.text) ||
      TIME_NOUN.test(ctx.tokens[v]!.text) ||
      (ctx.tokens[v]!.text === "on" && TIME_NOUN.test(ctx.tokens[v + 1]?.text ?? "")))
  )
    v++;
  if (ctx.tokens[last]!.text === ",") last--;
  // "The continued attacks …": a determiner alone is no subject, the "-ed" word after it an adjective
  if (first === last && DETERMINERS.has(t.text.toLowerCase())) return null;
  // a past verb, or a present one after a name or pronoun ("Russia seems to …, demanding …")
  const w = ctx.tokens[v]?.text ?? "";
  const present = /^[a-z]+[^s'u]s$/.test(w) && (!!pron || isCap(ctx.tokens[last]!.text)) && !S_AUXILIARY.test(w);
  return v < c && (isPast(w) || present) ? { first, last, pronoun: !!pron } : null;
}

const PASSIVE = wordRegex(PASSIVE_BE);
const GROUP_WORD = wordRegex([...FINITE_AUX, ...PERSON_POSSESSIVES, ...VERB_PARTICLES]);
const GROUP_FORM = new RegExp(String.raw`^[a-z]+(?:${alternation(VERB_GROUP_SUFFIXES)})$`);

/**
 * The subject of a tagged cue whose verb group stands between it and its subject ("Vale is doubling down on his support
 * for", "Vale was still hoping", "Vale has taken to urging"): read left over auxiliaries, adverbs, participles, "to",
 * particles and possessives, then the subject reader takes over. Null for a passive ("are seen as") or no group.
 */
export function verbGroupSubject(ctx: Ctx, c: number, floor: number): SourceSpan | null {
  let i = c - 1;
  let passive = false;
  while (i > floor && c - i <= 8 && ctx.qidx[i]! < 0) {
    const w = ctx.tokens[i]!.text;
    // "are seen as" has no subject of its own; "is expected to endorse" keeps the subject before "to"
    if (
      PASSIVE.test(w) &&
      /^[a-z]+(?:ed|en)$|^seen$|^told$/.test(ctx.tokens[i + 1]!.text) &&
      ctx.tokens[i + 2]?.text !== "to"
    )
      passive = true;
    if (!(GROUP_WORD.test(w) || SKIP_BEFORE_CUE.has(w) || w === "to" || GROUP_FORM.test(w))) break;
    i--;
  }
  if (passive || i === c - 1 || i < floor) return null;
  return leftSubject(ctx, i + 1, floor);
}

/**
 * The subject of a cue the tagger found with no source: the subject before it, or before its verb group; for a
 * participle after a comma ("Vale spoke for an hour, decrying …"), the main clause's subject.
 */
export function taggedCueSubject(ctx: Ctx, c: number, floor: number): SourceSpan | null {
  const left = leftSubject(ctx, c, floor);
  if (left && plausibleSubject(ctx, left)) return left;
  const group = verbGroupSubject(ctx, c, floor);
  if (group && plausibleSubject(ctx, group)) return group;
  const direct = left ?? group;
  if (direct || !/^[a-z]+ing$/.test(ctx.tokens[c]!.text)) return direct;
  return mainSubject(ctx, floor, c);
}

const NOT_LAST = wordRegex([...SUBJECT_PREPOSITIONS, ...PERSON_POSSESSIVES, ...ARTICLES, ...NOT_SUBJECT_ENDINGS]);

/**
 * A subject the readers found before a tagged cue is a noun phrase: it opens with a capital, a pronoun, a determiner
 * or a number, holds no verb form (`chastised Snyder for`, `I waited`) and ends in no preposition, article or adverb
 * (`back away from his`, `twice`).
 */
export function plausibleSubject(ctx: Ctx, s: SourceSpan): boolean {
  if (s.pronoun) return true;
  const first = ctx.tokens[s.first]!.text;
  const opens = isCap(first) || DETERMINERS.has(first.toLowerCase()) || /^\p{N}/u.test(first);
  if (!opens) return false;
  const last = ctx.tokens[s.last]!.text;
  if (NOT_LAST.test(last) || /^[a-z]+ly$/.test(last)) return false;
  for (let t = s.first + 1; t <= s.last; t++) {
    const w = ctx.tokens[t]!.text;
    if (/^[a-z]+(?:ed|ing)$/.test(w) && !DETERMINERS.has(ctx.tokens[t - 1]!.text.toLowerCase())) return false;
  }
  return true;
}
