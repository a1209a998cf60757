// Organisations the lexicon cannot know: acronyms defined in the article, and state bodies named by demonym ("Russian defense ministry").
import type { Token } from "../schema/stages.ts";
import { cand, type Cand } from "./cand.ts";
import type { Lexicon } from "./lexicon/index.ts";
import { ORG_SMALL_WORDS } from "./lexicon/function-words.ts";
import { wordRegex } from "../util/word-regex.ts";
import { ORG_BODY_WORDS, ORG_HEAD_WORDS } from "./lexicon/name-words.ts";
import { mapPacked } from "../util/arrays.ts";

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !ORG_SMALL_WORDS.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join("");
}

/** "the Transpontic Gas Company (TGC)": the acronym and its later uses are the same organisation. */
export function linkAcronyms(_text: string, tokens: Token[], cands: Cand[]): Cand[] {
  const covered = new Set<number>();
  for (const c of cands) for (let i = c.first; i <= c.last; i++) covered.add(i);
  const defs = new Map<string, Cand>();
  for (const c of cands) {
    if (c.kind !== "organization" || c.rule.startsWith("lexicon")) continue;
    const acr = tokens[c.last + 2];
    if (
      tokens[c.last + 1]?.text === "(" &&
      tokens[c.last + 3]?.text === ")" &&
      acr &&
      /^\p{Lu}{2,}$/u.test(acr.text) &&
      initials(c.name) === acr.text
    )
      defs.set(acr.text, c);
  }
  if (defs.size === 0) return [];
  const out: Cand[] = [];
  tokens.forEach((t, i) => {
    const def = defs.get(t.text);
    if (def && !covered.has(i) && i > def.last) out.push(cand(i, i, "organization", def.name, "acronym"));
  });
  return out;
}

const BODY = wordRegex(ORG_BODY_WORDS);
const HEAD = wordRegex(ORG_HEAD_WORDS);

/** "the Russian defense ministry" → an organisation that is part of Russia. */
export function stateBodies(text: string, tokens: Token[], cands: Cand[], lex: Lexicon): Cand[] {
  const out: Cand[] = [];
  for (const c of cands) {
    if (c.rule !== "lexicon:demonym" || !c.iso) continue;
    let j = c.last;
    while (j + 1 < tokens.length && j - c.last < 3 && BODY.test(tokens[j + 1]!.text.toLowerCase())) j++;
    while (j > c.last && !HEAD.test(tokens[j]!.text.toLowerCase())) j--;
    if (j === c.last) continue;
    const name = text.slice(tokens[c.first]!.start, tokens[j]!.end);
    const canon = name.replace(/\b\p{Ll}/gu, (m) => m.toUpperCase());
    out.push(
      cand(c.first, j, "organization", canon, "demonym+state-body", {
        iso: c.iso,
        org: { name: canon, forms: [], country: c.iso, rel: "part_of" },
      }),
    );
  }
  void lex;
  return out;
}

/**
 * One word, one type per document: a lone name the model tags as a person in one place and as an organisation in
 * another ("Gartner said" / "analysts at Gartner") is the organisation, unless a full person name contains it.
 */
export function oneTypePerName(text: string, tokens: Token[], cands: Cand[]): Cand[] {
  const model = (c: Cand) => /^(ner:|rule:|test:)/.test(c.rule);
  const orgWords = new Set<string>();
  const nameWords = new Set<string>();
  for (const c of cands) {
    if (c.kind === "organization" && c.first === c.last && model(c)) orgWords.add(tokens[c.first]!.text);
    if (c.kind === "person" && c.last > c.first) for (let i = c.first; i <= c.last; i++) nameWords.add(tokens[i]!.text);
  }
  if (orgWords.size === 0) return cands;
  return mapPacked(cands, (c) => {
    if (c.kind !== "person" || c.first !== c.last || !model(c)) return c;
    const w = tokens[c.first]!.text;
    if (!orgWords.has(w) || nameWords.has(w)) return c;
    return cand(
      c.first,
      c.last,
      "organization",
      text.slice(tokens[c.first]!.start, tokens[c.first]!.end),
      `${c.rule}+org-elsewhere`,
    );
  });
}
