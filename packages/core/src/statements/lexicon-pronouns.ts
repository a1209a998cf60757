// Pronouns, relative words, articles, determiners and quantifiers the attribution rules read, one list per concept.
import { ARTICLES } from "../text/closed-class.ts";

/** Determiners that may open a subject noun phrase ("the", "his", "several"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "his",
  "her",
  "their",
  "its",
  "our",
  "some",
  "many",
  "several",
  "two",
  "three",
  "most",
  "other",
  "both",
  "one",
  "all",
  "few",
]);

/** First words of an apposition after a name and a comma ("Vale, a former officer,", "Vale, who …"). */
export const APPOSITION_START: ReadonlySet<string> = new Set([
  "a",
  "an",
  "the",
  "who",
  "which",
  "former",
  "now",
  "then",
  "its",
  "his",
  "her",
  "their",
]);

/** Third-person singular personal pronouns: a gendered speaker, or the reporter's narration about one. */
export const GENDERED_PRONOUNS: readonly string[] = ["he", "she"];
/** Personal pronouns that stand for a person or a group of people as a speaker. */
export const PERSON_PRONOUNS: readonly string[] = [...GENDERED_PRONOUNS, "they"];
/** The generic "one" that may stand where a speaker's pronoun does ("as one put it"). */
export const GENERIC_PRONOUN = "one";
/** Object pronouns: after a noun-like cue they make it a verb ("calls it her “gene”"). */
export const OBJECT_PRONOUNS: readonly string[] = ["it", "him", "her", "them", "me", "us"];
/** Possessive pronouns of people: the holder of a noun cue ("his claim that …"). */
export const PERSON_POSSESSIVES: readonly string[] = ["his", "her", "their"];
/** Possessive pronouns, people's and things'. */
export const POSSESSIVES: readonly string[] = [...PERSON_POSSESSIVES, "its"];
/**
 * Words PolNeAR marks as the source themselves, not their antecedent, when they stand just before the cue: the relative
 * pronoun of a relative clause ("a museum which promotes …", after adverbs and auxiliaries) and the holder of a noun cue
 * right before it ("his criticism of …", OWNER_POSSESSIVES). Train CV chose them (docs/guide/statements.md, near-cue sources).
 */
export const NEAR_CUE_RELATIVES: readonly string[] = ["who", "which"];
/**
 * Words before such a possessive that leave it the source ("persistent in her criticism", "with his promise to …"); after a
 * verb the noun cue is the verb's object and the verb's subject is the source ("repeated his claim", "keeping up his
 * criticism"), so a possessive counts only after one of these or at a sentence's start.
 */
export const NEAR_CUE_POSSESSIVE_AFTER: readonly string[] = [
  "in",
  "with",
  "of",
  "to",
  "on",
  "beyond",
  "from",
  "for",
  "about",
  "at",
  "by",
  "despite",
  "after",
  "before",
  "over",
  "against",
  "during",
  "under",
  "through",
  "amid",
];
/** The personal pronoun a possessive source stands for, so its speaker is resolved as that pronoun's ("his" as "he"). */
export const POSSESSIVE_PERSONS: ReadonlyMap<string, string> = new Map([
  ["his", "he"],
  ["her", "she"],
  ["their", "they"],
  ["its", "it"],
  ["my", "i"],
  ["our", "we"],
  ["your", "you"],
]);
/** Demonstratives. */
export const DEMONSTRATIVES: readonly string[] = ["this", "these", "those"];
/**
 * Words whose "'s" is a contraction of "is" or "has", not a possessive ("he's said", "there's", "what's"), so the cue
 * after them stays a verb.
 */
export const CONTRACTION_HOSTS: readonly string[] = [
  "he",
  "she",
  "it",
  "who",
  "that",
  "there",
  "what",
  "where",
  "here",
];

/** Relative words that open a clause about the name before them: "Vale, who …", "the group, whose …". */
export const RELATIVE_WH: readonly string[] = ["who", "whose", "which"];
/** Relative words before a pronoun and a cue: "who he dubbed", "that she called". */
export const RELATIVE_OBJECT: readonly string[] = ["who", "whom", "which", "that"];
/** Relative words between a person's name and the clause about them: "Vale, who …", "the envoy whom …". */
export const PERSON_RELATIVES: readonly string[] = ["who", "whom", "that"];

/** Indefinite determiners: "a firm called …", "one called …". */
export const INDEFINITES: readonly string[] = ["a", "an", GENERIC_PRONOUN];
/** Determiners allowed between "as" and the quoted name it gives ("as a “decent man”", "as some “mistake”"). */
export const AS_NAME_DETERMINERS: readonly string[] = [...ARTICLES, "some", GENERIC_PRONOUN];
/** Quantifiers that stand alone as a subject ("Some chanted …", "Many warned that …"). */
export const QUANTIFIERS: readonly string[] = ["some", "many", "most", "several", "both", "all", "few", "others"];
/** Relative words that open a content PolNeAR splits around its frame: "what he calls …", "which officials said …". */
export const RELATIVE_HEADS: readonly string[] = ["what", "which", "who", "whom"];

export const PRONOUNS: ReadonlyMap<string, "person" | "thing" | "plural" | "self"> = new Map([
  ["he", "person"],
  ["she", "person"],
  ["it", "thing"],
  ["they", "plural"],
  ["we", "self"],
  ["i", "self"],
  ["you", "self"],
]);
