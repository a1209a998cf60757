// Word shapes inside a model's span: connectors, divisions and numbers of organisations, titles that only name people.
import type { Token } from "../schema/stages.ts";
import { DIVISION } from "./lexicon/shape-words.ts";
import { FORMER, NOT_NAME, SUFFIXES, TITLE_WORDS } from "./lexicon/titles.ts";
import { wordRegex } from "../util/word-regex.ts";
import { NAME_PARTICLES, ORG_CONNECTORS } from "./lexicon/name-words.ts";
import { hasAnyLetter, isAcronym, isInitial, startsUpper } from "../util/letters.ts";

const DOTS_AND_DASHES = /[.-]/g;

/** "4" of "Channel 4", "1" of "Radio 1". */
export const SMALL_NUMBER = /^\d{1,2}$/;

export const CONNECTOR = wordRegex(ORG_CONNECTORS);
/** Heads of broadcasters' names that go on with a number ("Channel 4", "Radio 1"). */
export const BROADCAST = new Set(["Channel", "Radio"]);

export function division(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++)
    if (!DIVISION.has(tokens[i]!.text) && !SMALL_NUMBER.test(tokens[i]!.text)) return false;
  return from <= to;
}

/** The rest of a title-led span goes on as a name: a capital, or "and"/"&" before one ("Trade and Industry"). */
export function orgGoesOn(tokens: Token[], a: number): boolean {
  return (
    startsUpper(tokens[a]!.text) ||
    ((tokens[a]!.text === "and" || tokens[a]!.text === "&") && startsUpper(tokens[a + 1]?.text ?? ""))
  );
}

/** tokens[from..to) are capitalised words no other mention took. */
export function capitalRun(tokens: Token[], covered: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (covered[i] || !startsUpper(tokens[i]!.text)) return false;
  return from < to;
}

/** Some token in [a, b] has a letter: "9.7%", "2005" and "&" name nothing. */
export function hasLetter(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (hasAnyLetter(tokens[i]!.text)) return true;
  return false;
}

/** A title or "former", in any case ("Minister", "ex-"). */
function titleWord(w: string): boolean {
  const low = w.toLowerCase();
  return TITLE_WORDS.has(low) || FORMER.has(low);
}

/** A title or "former" before a name. */
export const isTitle = (t: Token | undefined) => !!t && titleWord(t.text);

/** Does this token fit inside a person name? */
export function nameToken(t: Token): boolean {
  return (
    (startsUpper(t.text) && !isAcronym(t.text.replace(DOTS_AND_DASHES, "")) && !NOT_NAME.has(t.text)) ||
    NAME_PARTICLES.has(t.text) ||
    SUFFIXES.has(t.text) ||
    isInitial(t.text) ||
    t.text === "-"
  );
}

/** A capitalised word: one capital, then lower-case letters. */
export const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

/** Two tokens one space apart on one line. */
export const glued = (text: string, a: Token, b: Token) => text.slice(a.end, b.start) === " ";

/** A title, "former" or a word that is never a name: no part of a name's start. */
export const titleLike = (w: string) => titleWord(w) || NOT_NAME.has(w);
