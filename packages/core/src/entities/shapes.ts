// Word shapes inside a model's span: connectors, divisions and numbers of organisations, titles that only name people.
import type { Token } from "../schema/stages.ts";
import { HONORIFICS, RANKS } from "./lexicon/titles.ts";

export const CONNECTOR = /^(of|for|the)$/;
/** Heads of broadcasters' names that go on with a number ("Channel 4", "Radio 1"). */
export const BROADCAST = new Set(["Channel", "Radio"]);
/** Words that name a division of the organisation before them ("BBC News", "BBC World Service", "BBC Radio Five Live"). */
const DIVISION = new Set([
  "News",
  "Radio",
  "Sport",
  "Online",
  "Television",
  "TV",
  "World",
  "Service",
  "Channel",
  "Live",
  "One",
  "Two",
  "Three",
  "Four",
  "Five",
]);

export function division(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++)
    if (!DIVISION.has(tokens[i]!.text) && !/^\d{1,2}$/.test(tokens[i]!.text)) return false;
  return from <= to;
}
/** Title words that name a person's position, not part of an organisation's name ("Professor", unlike "National" or "Liberal"). */
export const PERSONAL = new Set([
  ...HONORIFICS,
  ...RANKS,
  "professor",
  "president",
  "minister",
  "chancellor",
  "secretary",
  "senator",
  "governor",
  "mayor",
  "ambassador",
  "envoy",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "chief",
  "commissioner",
  "director",
  "chairman",
  "chairwoman",
  "ceo",
  "coach",
  "manager",
  "king",
  "queen",
  "prince",
  "princess",
  "pope",
  "judge",
  "speaker",
  "adviser",
  "advisor",
  "analyst",
  "economist",
  "editor",
  "correspondent",
  "leader",
  "head",
  "founder",
  "deputy",
  "vice",
  "prime",
  "boss",
]);

/** Titles that only ever stand before a person's name ("Professor Quillan", "Lord Ashcroft"; unlike "General Electric", "Queen Mother"). */
export const ONE_NAME_TITLES = new Set([
  ...HONORIFICS,
  "professor",
  "president",
  "senator",
  "governor",
  "mayor",
  "chancellor",
  "ambassador",
  "chairman",
  "chairwoman",
  "baroness",
  "baron",
]);

/** The rest of a title-led span goes on as a name: a capital, or "and"/"&" before one ("Trade and Industry"). */
export function orgGoesOn(tokens: Token[], a: number): boolean {
  return (
    /^\p{Lu}/u.test(tokens[a]!.text) ||
    (/^(and|&)$/.test(tokens[a]!.text) && /^\p{Lu}/u.test(tokens[a + 1]?.text ?? ""))
  );
}

/** tokens[from..to) are capitalised words no other mention took. */
export function capitalRun(tokens: Token[], covered: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (covered[i] || !/^\p{Lu}/u.test(tokens[i]!.text)) return false;
  return from < to;
}

/** Acronyms of common nouns the model tags as organisations ("a laptop PC", "on DVD", "R&B"). */
export const COMMON_ACRONYMS = new Set([
  "PC",
  "PCs",
  "TV",
  "TVs",
  "DVD",
  "DVDs",
  "CD",
  "CDs",
  "ID",
  "IDs",
  "GSM",
  "R&B",
  "PR",
  "LCD",
  "RSS",
  "PVR",
  "VHS",
  "VCR",
  "HD",
  "SMS",
  "MP3",
  "GDP",
  "CEO",
  "IT",
  "HIV",
  "VAT",
  "GPS",
  "PDA",
  "PIN",
  "DNA",
  "IQ",
  "ATM",
  "3G",
  "MP",
  "MPs",
  "MEP",
  "MEPs",
  "MSP",
  "MSPs",
  "LNG",
]);
/** Members named after their body: "Labour MPs" is the party's members, the organisation is "Labour". */
export const MEMBERS = new Set(["MP", "MPs", "MEP", "MEPs", "MSP", "MSPs", "AM", "AMs", "peers", "councillors"]);

/** Some token in [a, b] has a letter: "9.7%", "2005" and "&" name nothing. */
export function hasLetter(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (/\p{L}/u.test(tokens[i]!.text)) return true;
  return false;
}
