// Document consistency after decoding: a name-like word left outside any entity takes the type it has
// everywhere else in the document ("Pitts told us" after "Dave Pitts said"). Deterministic, no weights.
import type { SentenceWords } from "./features.ts";
import { typeCounts, typeOf } from "./decode.ts";
import { GAZ_TYPES, type NerLexicon } from "./lexicon.ts";

/** Only people: a surname on its own is the common case; for other types the rule cost accuracy on testa. */
const CONS_TYPE = 1;
// compiled once: a regex literal in a function is a new RegExp object on every call
const STARTS_UPPER = /^\p{Lu}/u;

/** Tags are class indices (see TAGS) and are updated in place. */
export function enforceConsistency(sfs: readonly SentenceWords[], tags: Uint8Array[]): void {
  const counts = typeCounts(sfs, tags, "consKey");
  sfs.forEach((sf, s) => {
    const t = tags[s]!;
    for (let i = 0; i < sf.n; i++) {
      const k = sf.consKey[i]!;
      if (!k || t[i] !== 0) continue;
      // only a word standing alone: tagging it must not split or extend a neighbouring entity
      if ((i > 0 && t[i - 1] !== 0) || (i + 1 < sf.n && t[i + 1] !== 0)) continue;
      const c = counts.get(k)!;
      let best = 0;
      let bc = 0;
      for (let ty = 1; ty <= 4; ty++)
        if (c[ty]! > bc) {
          bc = c[ty]!;
          best = ty;
        }
      if (best === 0) continue;
      const named = c[1]! + c[2]! + c[3]! + c[4]!;
      // clearly a name elsewhere: at least twice as often tagged as left out, mostly with one type
      if (best === CONS_TYPE && bc >= 2 * (c[0]! - 1) + 1 && bc * 3 >= named * 2) t[i] = 2 * best - 1;
    }
  });
}

/**
 * Same string, same type: every entity chunk takes the majority type of that string in the document, counting
 * exact chunks and occurrences inside longer chunks ("Cipher Brief" inside "The Cipher Brief" votes ORG).
 * A chunk keeps its type on a tie. Tags are class indices, updated in place.
 */
export function harmoniseChunks(words: readonly (readonly string[])[], tags: Uint8Array[]): void {
  type Span = { s: number; start: number; end: number; type: number; key: string };
  const spans: Span[] = [];
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let i = 0; i < t.length;) {
      if (t[i] === 0) {
        i++;
        continue;
      }
      const type = typeOf(t[i]!);
      let j = i + 1;
      while (j < t.length && t[j] !== 0 && (t[j]! & 1) === 0 && typeOf(t[j]!) === type) j++;
      spans.push({ s, start: i, end: j, type, key: joinWords(ws, i, j) });
      i = j;
    }
  });
  const votes = new Map<string, Int32Array>();
  for (const sp of spans) {
    // every contiguous sub-span of a chunk, up to four tokens, votes for the chunk's type
    const ws = words[sp.s]!;
    for (let a = sp.start; a < sp.end; a++) {
      // the key grows a word at a time (a one-word key is the word itself), not a sliced array joined per sub-span
      let key = ws[a]!;
      for (let b = a + 1; b <= Math.min(sp.end, a + 4); b++) {
        if (b > a + 1) key = `${key} ${ws[b - 1]!}`;
        let v = votes.get(key);
        if (!v) votes.set(key, (v = new Int32Array(5)));
        v[sp.type]!++;
      }
    }
  }
  for (const sp of spans) {
    const v = votes.get(sp.key);
    if (!v) continue;
    let best = sp.type;
    for (let ty = 1; ty <= 4; ty++) if (v[ty]! > v[best]!) best = ty;
    if (best === sp.type) continue;
    const t = tags[sp.s]!;
    t[sp.start] = 2 * best - 1;
    for (let k = sp.start + 1; k < sp.end; k++) t[k] = 2 * best;
  }
}

/** words[a..b) joined by spaces. */
function joinWords(ws: readonly string[], a: number, b: number): string {
  let key = ws[a]!;
  for (let k = a + 1; k < b; k++) key = `${key} ${ws[k]!}`;
  return key;
}

/**
 * A person's name does not end in an organisation head word ("... Initiative", "... Party", "... Bank"):
 * such a PER chunk becomes ORG, absorbing capitalised words just before it that were left outside.
 */
export function fixOrganisationHeads(words: readonly (readonly string[])[], tags: Uint8Array[], lex: NerLexicon): void {
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let i = 0; i < t.length; i++) {
      if (t[i] !== 1) continue; // B-PER
      let j = i + 1;
      while (j < t.length && t[j] === 2) j++;
      if (j - i >= 2 && isOrgHead(lex, ws[j - 1]!.toLowerCase())) {
        let a = i;
        while (a > 1 && t[a - 1] === 0 && STARTS_UPPER.test(ws[a - 1]!)) a--;
        t[a] = 3;
        for (let k = a + 1; k < j; k++) t[k] = 4;
      }
      i = j - 1;
    }
  });
}

const ORGWORD = GAZ_TYPES.indexOf("orgword");
const NAME_TYPES = new Set([GAZ_TYPES.indexOf("first"), GAZ_TYPES.indexOf("last"), GAZ_TYPES.indexOf("person")]);

/** An organisation head word that is not also a name ("Bank" yes, "Young" no). */
function isOrgHead(lex: NerLexicon, lower: string): boolean {
  const single = (lex.gazetteer.get(lower) ?? []).filter((e) => e.toks.length === 1);
  return single.some((e) => e.type === ORGWORD) && !single.some((e) => NAME_TYPES.has(e.type));
}

/** Person titles that never end an organisation's or a place's name (a short list on purpose: not "General"). */
const PERSON_TITLES = new Set([
  "minister",
  "commissioner",
  "president",
  "secretary",
  "ambassador",
  "envoy",
  "chairman",
  "chairwoman",
  "spokesman",
  "spokeswoman",
  "governor",
  "senator",
  "mayor",
  "chancellor",
  "premier",
  "representative",
  "congressman",
  "congresswoman",
]);

/**
 * "EU Energy Commissioner Katrin Lindqvist" tagged as one ORG chunk: the capitalised words after a person title
 * are the person (PER), the title and the words between are outside, and the first word keeps an entity type
 * (a demonym → MISC, a country or place → LOC, otherwise the chunk's type).
 */
export function splitTitledNames(words: readonly (readonly string[])[], tags: Uint8Array[], lex: NerLexicon): void {
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let i = 0; i < t.length; i++) {
      if (t[i] === 0 || t[i] === 1 || (t[i]! & 1) === 0) continue; // a B- of ORG, LOC or MISC
      let j = i + 1;
      const inside = (t[i] ?? 0) + 1;
      while (j < t.length && t[j] === inside) j++;
      let title = -1;
      for (let k = j - 2; k > i; k--)
        if (PERSON_TITLES.has(ws[k]!.toLowerCase())) {
          title = k;
          break;
        }
      const tailLen = j - title - 1;
      if (
        title > i &&
        tailLen >= 1 &&
        tailLen <= 3 &&
        !isOrgHead(lex, ws[j - 1]!.toLowerCase()) &&
        !hasType(lex, ws[j - 1]!, LOCWORD)
      ) {
        const type = typeOf(t[i]!);
        const first = ws[i]!;
        t[i] =
          2 *
            (hasType(lex, first, DEMONYM)
              ? 4
              : hasType(lex, first, COUNTRY) || hasType(lex, first, CAPITAL)
                ? 3
                : type) -
          1;
        for (let k = i + 1; k <= title; k++) t[k] = 0;
        t[title + 1] = 1;
        for (let k = title + 2; k < j; k++) t[k] = 2;
      }
      i = j - 1;
    }
  });
}

const LOCWORD = GAZ_TYPES.indexOf("locword");
const DEMONYM = GAZ_TYPES.indexOf("demonym");
const COUNTRY = GAZ_TYPES.indexOf("country");
const CAPITAL = GAZ_TYPES.indexOf("capital");

function hasType(lex: NerLexicon, word: string, type: number): boolean {
  return (lex.gazetteer.get(word.toLowerCase()) ?? []).some((e) => e.toks.length === 1 && e.type === type);
}

/** Nouns after a person's name that make a phrase about that person's government, not an organisation's name. */
const GOVERNMENT_OF = new Set(["administration", "government", "presidency", "campaign", "era", "cabinet"]);

/**
 * "The Trump Administration" tagged ORG while Trump is a person elsewhere in the document: the name is the person and
 * the rest is outside, as CoNLL annotates "the Clinton administration".
 */
export function personalGovernments(words: readonly (readonly string[])[], tags: Uint8Array[]): void {
  const people = new Set<string>();
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let i = 0; i < t.length; i++)
      if ((t[i] === 1 || t[i] === 2) && (i + 1 >= t.length || t[i + 1] !== 2)) people.add(ws[i]!);
  });
  if (people.size === 0) return;
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let i = 0; i < t.length; i++) {
      // B-ORG, or B-MISC: the model may read "The X Administration" as a name of another kind
      if (t[i] !== 3 && t[i] !== 7) continue;
      let j = i + 1;
      while (j < t.length && t[j] === t[i]! + 1) j++;
      const k = j - 2; // the word before the last
      if (k >= i && people.has(ws[k]!) && GOVERNMENT_OF.has(ws[j - 1]!.toLowerCase())) {
        for (let m = i; m < j; m++) t[m] = 0;
        t[k] = 1;
      }
      i = j - 1;
    }
  });
}
