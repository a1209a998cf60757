// Lexicon scan: longest-match lookup of countries, demonyms, capitals, organisations and places over the tokens.
import type { Token } from "../schema/stages.ts";
import type { LexHit, Lexicon } from "./lexicon/index.ts";
import { alternation } from "../util/word-regex.ts";
import { COMPOUND_SUFFIXES } from "./lexicon/function-words.ts";
import { hasAnyLetter, startsUpper } from "../util/letters.ts";

export interface LexMatch {
  /** token indices, inclusive */
  first: number;
  last: number;
  hits: LexHit[];
  /** set when the phrase is only the head of a compound token: "UN" in "UN-led"; always present, so that every match
   * has one hidden class (a match with the field and one without were two shapes for every reader: a "wrong map") */
  endChar: number | undefined;
}

const COMPOUND = new RegExp(`^(.+?)-(${alternation(COMPOUND_SUFFIXES)})$`);

/** Dateline capitals ("CHISINAU —") are looked up in title case as well: the title-case key, or undefined. */
function titleKey(t: string): string | undefined {
  return t.length > 3 && ALL_UPPER.test(t) ? t[0] + t.slice(1).toLowerCase() : undefined;
}
const ALL_UPPER = /^\p{Lu}+$/u;

function matchAt(tokens: Token[], i: number, lex: Lexicon): LexMatch | null {
  const text = tokens[i]!.text;
  // most tokens have no inner hyphen: skip the compound regex for them (it runs once per token)
  const m = text.indexOf("-", 1) > 0 ? COMPOUND.exec(text) : null;
  if (m) {
    const e = lex.byFirst.get(m[1]!)?.find((x) => x.tokens.length === 1);
    return e ? { first: i, last: i, hits: e.hits, endChar: tokens[i]!.start + m[1]!.length } : null;
  }
  // a token whose first character (ASCII) starts no phrase needs neither look-up (the title-case key starts alike)
  const c = text.charCodeAt(0);
  if (c < 128 && !lex.firstAscii[c]) return null;
  const hit = matchKey(tokens, i, text, lex);
  if (hit) return hit;
  const tk = titleKey(text);
  return tk === undefined ? null : matchKey(tokens, i, tk, lex);
}

/** The first lexicon phrase starting with `key` that the tokens from i spell out (later tokens may be in capitals). */
function matchKey(tokens: Token[], i: number, key: string, lex: Lexicon): LexMatch | null {
  const list = lex.byFirst.get(key);
  if (!list) return null;
  for (const e of list) {
    if (i + e.tokens.length > tokens.length) continue;
    let ok = true;
    for (let j = 1; j < e.tokens.length && ok; j++) {
      const t = tokens[i + j]!.text;
      ok = t === e.tokens[j] || titleKey(t) === e.tokens[j];
    }
    // a phrase must be contiguous with single spaces/commas between tokens, never across lines
    if (ok) return { first: i, last: i + e.tokens.length - 1, hits: e.hits, endChar: undefined };
  }
  return null;
}

export function scanLexicon(text: string, tokens: Token[], lex: Lexicon): LexMatch[] {
  const out: LexMatch[] = [];
  for (let i = 0; i < tokens.length;) {
    const m = matchAt(tokens, i, lex);
    if (m && !text.slice(tokens[m.first]!.start, tokens[m.last]!.end).includes("\n")) {
      out.push(m);
      i = m.last + 1;
    } else i++;
  }
  return out;
}

/** Is this token a capitalised word that could belong to a name (not sentence punctuation, not lowercase)? */
export function isCap(t: Token | undefined): boolean {
  return !!t && startsUpper(t.text) && hasAnyLetter(t.text);
}
