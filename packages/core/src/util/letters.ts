// Letter-class tests on words, each regular expression compiled once: a regex literal inside a function is a new RegExp object every time it runs.
const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_LOWER = /^\p{Ll}/u;
const ANY_LETTER = /\p{L}/u;
const ALL_UPPER = /^\p{Lu}+$/u;
const ALL_LOWER = /^\p{Ll}+$/u;
const ACRONYM = /^\p{Lu}{2,}$/u;
const INITIAL = /^\p{Lu}\.$/u;

/** "Vale's": the possessive that ends a name's surface (not global, so safe to share between callers). */
export const POSSESSIVE_END = /['’]s$/;

/** The word starts with an upper-case letter ("Smith", "ÉDF"). */
export const startsUpper = (s: string): boolean => STARTS_UPPER.test(s);
/** The word starts with a lower-case letter (in ASCII only a–z are, so most words skip the regex). */
export function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return STARTS_LOWER.test(s);
}
/** The word has a letter somewhere ("9.7%" and "&" have none). */
export const hasAnyLetter = (s: string): boolean => ANY_LETTER.test(s);
/** Every character is an upper-case letter ("NATO", "KYIV"). */
export const allUpper = (s: string): boolean => ALL_UPPER.test(s);
/** Every character is a lower-case letter. */
export const allLower = (s: string): boolean => ALL_LOWER.test(s);
/** Two upper-case letters or more and nothing else ("BBC", "UN"). */
export const isAcronym = (s: string): boolean => ACRONYM.test(s);
/** An initial: one upper-case letter and a full stop ("F."). */
export const isInitial = (s: string): boolean => INITIAL.test(s);

const TYPOGRAPHIC_QUOTE = /[“”„«»‘’]/;
const DOUBLE_QUOTES = /[“”„«»]/g;
const SINGLE_QUOTES = /[‘’]/g;

/** Lower case with typographic quotes as ASCII ("’s" → "'s"), the form word lists are keyed by; most words have no such quote and skip the two replacements. */
export function lowerAsciiQuotes(word: string): string {
  const lower = word.toLowerCase();
  return TYPOGRAPHIC_QUOTE.test(lower) ? lower.replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, "'") : lower;
}
