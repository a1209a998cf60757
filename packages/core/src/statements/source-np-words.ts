// Shared words and tests of PolNeAR source spans (source-np.ts, source-np-left.ts): what ends, links and opens a noun phrase.
import { PERSON_RELATIVES, QUANTIFIERS } from "./lexicon-pronouns.ts";
import { ADVERBIAL_OPENERS, PLACE_TIME_OPENERS, SUBJECT_PREPOSITIONS, TIME_NOUNS } from "./lexicon-function-words.ts";
import {
  ADVERBIAL_SUFFIXES,
  APPOSITION_ENDERS,
  APPROXIMATORS,
  SHARE_NOUNS,
  SUBORDINATORS,
  VERB_GROUP_SUFFIXES,
} from "./lexicon-sources.ts";
import { NUMBER_WORDS } from "../entities/lexicon/function-words.ts";
import { MONTHS, WEEKDAYS } from "../text/closed-class.ts";
import { alternation, wordRegex } from "../util/word-regex.ts";

// ", of Brevik" after a name is its place, not a discourse adverbial
export const ENDER = wordRegex([...APPOSITION_ENDERS, ...ADVERBIAL_OPENERS.filter((w) => w !== "of")], "i");
export const SHARE = wordRegex(SHARE_NOUNS, "i");
export const QUANTIFIER = wordRegex(QUANTIFIERS, "i");
export const NUMBER = wordRegex(NUMBER_WORDS, "i");
export const TIME = wordRegex([...TIME_NOUNS, ...WEEKDAYS], "i");
export const MONTH = wordRegex(MONTHS);
export const OPENER = wordRegex([...PLACE_TIME_OPENERS, ...SUBJECT_PREPOSITIONS], "i");
export const STOP = /^(?:[.!?;:…]+|—|–|--|-)$/;
export const ADVERBIAL_FORM = new RegExp(String.raw`(?:${alternation(ADVERBIAL_SUFFIXES)})$`);
export const LINK_FORM = new RegExp(
  String.raw`^[a-z]+(?:${alternation(VERB_GROUP_SUFFIXES.filter((x) => x !== "ly"))})$`,
);
// "who"/"whom" only: a "that" after the head may open the reported clause itself
export const RELATIVE = wordRegex(
  PERSON_RELATIVES.filter((w) => w !== "that"),
  "i",
);
export const SUBORDINATOR = wordRegex(SUBORDINATORS, "i");
export const BRACKET = /^[()[\]]$/;
/** An approximator right before a source ("more than", "about"), matched against the text before it. */
export const APPROX = new RegExp(String.raw`(?:^|\s)(?:${alternation(APPROXIMATORS)})\s+$`, "i");

/** May token t join the source whose speaker span is `own`? Not in a quote, another statement's content or cue, or another source. */
export type FreeToken = (t: number) => boolean;

/** A count ("10", "six"), never a year: "In 2004 Vale said" keeps the year out. */
export const isNumber = (s: string) => (/^[0-9][0-9,.]*$/.test(s) && !/^(?:1[89]|20)\d\d$/.test(s)) || NUMBER.test(s);
