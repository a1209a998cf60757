// Grammatical gender of the people in one document, from the text only: titles, gendered role nouns, and the pronoun that follows a mention.
import type { DocEntities, Mention, Segmentation, Token } from "../schema/stages.ts";
import type { Entity } from "../schema/record.ts";
import { FEMALE_PRONOUNS, FEMALE_TITLES, MALE_PRONOUNS, MALE_TITLES } from "./lexicon/gender-words.ts";
import { alternation, wordRegex } from "../util/word-regex.ts";
import { tokenHolding } from "../text/token-search.ts";
import { FEMALE_ROLE_NOUNS, GENDERED_SUBJECTS, MALE_ROLE_NOUNS } from "./lexicon/gender-words.ts";

/** The record schema's person gender ("female" | "male"), defined once there. */
export type Gender = NonNullable<Entity["gender"]>;

/** Role nouns that carry gender; "chairman" and "actor" are used for women too and are left out. */
const FEMALE_ROLE = new RegExp(String.raw`\b(\p{L}*woman|${alternation(FEMALE_ROLE_NOUNS)})\b`, "iu");
const MALE_ROLE = new RegExp(String.raw`\b(${alternation(MALE_ROLE_NOUNS)})\b`, "iu");
const QUOTE = /["“”]/;
const SUBJECT = wordRegex(GENDERED_SUBJECTS, "i");

/** Evidence weights: a title or a role noun says it outright, a following pronoun only suggests it. */
const STRONG = 3,
  WEAK = 1;

/**
 * Person entity id → gender, for the people the text genders consistently (a 3:1 majority, and more than one pronoun).
 * People without evidence, or with mixed evidence, are left out: a pronoun resolver should then treat them as either.
 */
export function personGenders(text: string, seg: Segmentation, ents: DocEntities): Map<string, Gender> {
  const votes = new Map<string, { f: number; m: number }>();
  const vote = (id: string, g: Gender, w: number) => {
    const v = votes.get(id) ?? { f: 0, m: 0 };
    if (g === "female") v.f += w;
    else v.m += w;
    votes.set(id, v);
  };
  for (const e of ents.entities) {
    if (e.kind !== "person") continue;
    for (const r of e.roles ?? []) {
      const g = roleGender(r.role);
      if (g) vote(e.id, g, STRONG);
    }
  }
  const persons = ents.mentions.filter((m) => m.kind === "person").sort((a, b) => a.start - b.start);
  const { tokens, sentences } = seg;
  // offsets of gendered common nouns per sentence, found once per sentence however many people it names
  const nounsOf = new Map<number, number[]>();
  const nouns = (s: number) => {
    let v = nounsOf.get(s);
    if (!v) {
      v = [];
      const sen = sentences[s]!;
      for (const hit of text.slice(sen.start, sen.end).matchAll(GENDERED_NOUN)) v.push(sen.start + hit.index);
      nounsOf.set(s, v);
    }
    return v;
  };
  for (let i = 0; i < persons.length; i++) {
    const m = persons[i]!;
    const k = tokenHolding(tokens, m.start);
    if (k < 0) continue;
    const title = titleGender(text, tokens, k);
    if (title) vote(m.entity, title, STRONG);
    for (const g of followingPronouns(text, tokens, sentences, nouns, m, persons[i - 1], persons[i + 1]))
      vote(m.entity, g, WEAK);
  }
  const out = new Map<string, Gender>();
  for (const [id, v] of [...votes].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // one pronoun alone is too weak ("host Ann Vale said he was lovely" speaks of someone else): two, or a title
    if (v.f >= 3 * v.m && v.f >= 2) out.set(id, "female");
    else if (v.m >= 3 * v.f && v.m >= 2) out.set(id, "male");
  }
  return out;
}

/** The gender a role says outright ("spokeswoman", "Queen"); null for neutral roles ("minister", "chairman"). */
export function roleGender(role: string | null | undefined): Gender | null {
  if (!role) return null;
  return FEMALE_ROLE.test(role) ? "female" : MALE_ROLE.test(role) ? "male" : null;
}

/** "Mrs Varnik", "Sir Tomas Reuel": the word right before the mention (token k), on the same line. */
export function titleGender(text: string, tokens: Token[], k: number): Gender | null {
  const prev = tokens[k - 1];
  if (!prev || text.slice(prev.end, tokens[k]!.start) !== " ") return null;
  const w = prev.text.toLowerCase();
  return MALE_TITLES.has(w) ? "male" : FEMALE_TITLES.has(w) ? "female" : null;
}

/** Common nouns that name a gendered person: with one in the sentence, a pronoun may be theirs ("A spokeswoman said Peters would stay. She said ..."). */
const GENDERED_NOUN =
  /\b(?:(?!human)[a-z]+(?:wo)?m[ae]n|[Ww]om[ae]n|[Mm][ae]n|[Gg]irls?|[Bb]oys?|[Ww]i(?:fe|ves)|[Hh]usbands?|[Mm]others?|[Ff]athers?|[Ss]ons?|[Dd]aughters?|[Ss]isters?|[Bb]rothers?|[Aa]ctress(?:es)?|[Ww]idows?|[Qq]ueens?|[Kk]ings?|[Pp]rinces(?:s|ses)?)\b/g;

/**
 * The pronouns that continue the mention: the first he/she (or himself/herself) after it in its sentence, and a he/she
 * opening the next sentence of the paragraph. Only for the first person named in the sentence (the subject, most often),
 * when no other person is named in between, no quotation opens before it and no gendered common noun could be the antecedent.
 */
function followingPronouns(
  text: string,
  tokens: Token[],
  sentences: Segmentation["sentences"],
  nouns: (s: number) => number[],
  m: Mention,
  prev: Mention | undefined,
  next: Mention | undefined,
): Gender[] {
  const out: Gender[] = [];
  const s = sentenceOf(sentences, m.start);
  if (s < 0) return out;
  const here = sentences[s]!,
    after = sentences[s + 1];
  if (prev && prev.start >= here.start && prev.entity !== m.entity) return out; // not the first person in its sentence
  if (nouns(s).some((at) => at < m.start || at >= m.end)) return out;
  for (let k = tokenHolding(tokens, m.start); k >= 0 && k <= here.lastToken; k++) {
    const t = tokens[k]!;
    if (t.start < m.end) continue;
    if ((next && next.start <= t.start) || QUOTE.test(t.text)) return out;
    const g = pronounGender(t.text);
    if (!g) continue;
    if (SUBJECT.test(t.text)) out.push(g); // "to enhance her performance" is often someone named later, or a common noun's
    break;
  }
  if (!after || after.paragraph !== here.paragraph || (next && next.start < after.end)) return out;
  const opener = tokens[after.firstToken]!.text.toLowerCase();
  if (opener === "he" || opener === "she") out.push(pronounGender(opener)!);
  return out;
}

function pronounGender(word: string): Gender | null {
  const w = word.toLowerCase();
  return MALE_PRONOUNS.has(w) ? "male" : FEMALE_PRONOUNS.has(w) ? "female" : null;
}

function sentenceOf(sentences: Segmentation["sentences"], off: number): number {
  let lo = 0,
    hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (off < s.start) hi = mid - 1;
    else if (off >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
