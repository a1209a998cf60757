// Person names: parsing, normalisation, transliteration keys and nickname tables shared by the entities and resolve stages.
import { SUFFIXES } from "./lexicon/titles.ts";
import { NAME_PARTICLES } from "./lexicon/name-words.ts";
import { alternation } from "../util/word-regex.ts";
import { NAME_ENDINGS_AS_I } from "./lexicon/name-words.ts";

const ENDS_AS_I = new RegExp(`(${alternation(NAME_ENDINGS_AS_I)})$`);

export interface PersonName {
  /** name tokens without titles, e.g. ["Harold", "Brenner"] */
  parts: string[];
  first: string;
  last: string;
  /** middle names or initials */
  middle: string[];
  /** "Jr.", "III": part of the identity */
  suffix: string;
}

export function parseName(text: string): PersonName {
  const toks = text
    .replace(/['’]s$/, "")
    .split(/\s+/)
    .filter(Boolean);
  let suffix = "";
  while (toks.length > 1 && SUFFIXES.has(toks[toks.length - 1]!.replace(/,$/, ""))) suffix = norm(toks.pop()!);
  if (toks.length > 1) toks[toks.length - 2] = toks[toks.length - 2]!.replace(/,$/, "");
  // surname particles belong to the surname: "Ursula von der Leyen"
  let lastStart = toks.length - 1;
  while (lastStart > 1 && NAME_PARTICLES.has(toks[lastStart - 1]!.toLowerCase())) lastStart--;
  const last = toks.slice(lastStart).join(" ");
  const first = lastStart > 0 ? toks[0]! : "";
  return { parts: toks, first, last, middle: toks.slice(1, Math.max(1, lastStart)), suffix };
}

/** Lowercase, strip diacritics, apostrophes, dots and hyphens. */
export function norm(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’.\-\s]/g, "");
}

/** A key that is equal for common romanisation variants: Zelensky/Zelenskyy/Zelenskiy, Sergei/Sergey, Andrii/Andriy. */
export function translit(s: string): string {
  return norm(s)
    .replace(/kh/g, "h")
    .replace(/ph/g, "f")
    .replace(/w/g, "v")
    .replace(ENDS_AS_I, "i")
    .replace(/ey/g, "ei")
    .replace(/(.)\1/g, "$1");
}

const NICK_GROUPS = [
  "robert rob bob bobby robbie",
  "william bill will billy willie",
  "david dave davey",
  "michael mike mick mickey",
  "james jim jimmy jamie",
  "thomas tom tommy",
  "anthony tony",
  "richard dick rick ricky rich",
  "benjamin ben benny",
  "steven steve stephen stevie",
  "christopher chris kit",
  "alexander alex sasha alexandr aleksandr sandy",
  "joseph joe joey",
  "edward ed eddie ted ned",
  "andrew andy drew",
  "daniel dan danny",
  "samuel sam sammy",
  "nicholas nick nicky",
  "patrick pat paddy",
  "matthew matt",
  "peter pete",
  "jonathan jon jonny",
  "john jack johnny",
  "katherine kate katie cathy catherine kathy kath",
  "elizabeth liz lizzie beth betty eliza",
  "jennifer jen jenny",
  "susan sue susie",
  "timothy tim timmy",
  "gregory greg",
  "jeffrey jeff geoffrey geoff",
  "kenneth ken kenny",
  "lawrence larry laurence",
  "ronald ron ronnie",
  "donald don donnie",
  "gerald gerry jerry",
  "charles charlie chuck",
  "frederick fred freddie",
  "harold harry hal",
  "henry harry hank",
  "vladimir vlad volodymyr",
  "mikhail misha",
  "dmitry dima dmitri dmitriy",
  "margaret maggie meg peggy",
  "victoria vicky",
  "rebecca becky",
  "deborah debbie deb",
  "abigail abby",
  "philip phil",
  "raymond ray",
  "douglas doug",
  "leonard len lenny",
  "stanley stan",
  "francis frank",
  "vincent vince",
  "nathaniel nate nathan",
  "zachary zach",
  "joshua josh",
  "jacob jake",
];
const NICK = new Map<string, Set<string>>();
for (const g of NICK_GROUPS) {
  const names = g.split(" ");
  for (const n of names) {
    const s = NICK.get(n) ?? new Set<string>();
    for (const m of names) s.add(m);
    NICK.set(n, s);
  }
}

export type FirstMatch = "same" | "transliteration" | "initial" | "nickname" | null;

/** How two first names relate; null when they name different people. */
export function firstNames(a: string, b: string): FirstMatch {
  if (!a || !b) return null;
  const na = norm(a),
    nb = norm(b);
  if (na === nb) return "same";
  if (translit(a) === translit(b)) return "transliteration";
  if ((/^\p{Lu}\.?$/u.test(a) && nb.startsWith(na)) || (/^\p{Lu}\.?$/u.test(b) && na.startsWith(nb))) return "initial";
  if (NICK.get(na)?.has(nb)) return "nickname";
  return null;
}

/** Middle names conflict when both give one and they differ ("George W. Bush" vs "George H. W. Bush"). */
export function middlesConflict(a: PersonName, b: PersonName): boolean {
  if (a.middle.length === 0 || b.middle.length === 0) return false;
  return a.middle.map((m) => norm(m)[0]).join("") !== b.middle.map((m) => norm(m)[0]).join("");
}

/** Edit distance capped at 2 (for a typo'd surname back-reference in the same document). */
export function closeSpelling(a: string, b: string): boolean {
  if (a.length < 6 || b.length < 6 || Math.abs(a.length - b.length) > 1) return false;
  const x = norm(a),
    y = norm(b);
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  let j = 0;
  while (j < x.length - i && j < y.length - i && x[x.length - 1 - j] === y[y.length - 1 - j]) j++;
  return Math.max(x.length, y.length) - i - j <= 1 && i >= 3;
}
