// Span repairs after typing: first names the model left out, organisation names it missed or fused, bare head nouns.
import { flatMapPacked } from "../util/arrays.ts";
import type { Token } from "../schema/stages.ts";
import { cand, recand, type Cand } from "./cand.ts";
import type { Lexicon } from "./lexicon/index.ts";
import { LEGAL_FORMS, ORG_HEADS } from "./lexicon/orgs.ts";
import { FORMER, NOT_NAME, PARTY_WORDS, TITLE_WORDS } from "./lexicon/titles.ts";
import { BARE_HEADS, EVENT_HEADS, PLURAL_HEADS } from "./lexicon/things.ts";
import { AMBIGUOUS_HEADS } from "./lexicon/name-words.ts";
import { wordRegex } from "../util/word-regex.ts";
import { NAME_CONNECTORS } from "./lexicon/name-words.ts";
import { AFTER_HEAD } from "./lexicon/function-words.ts";
import { allUpper, hasAnyLetter, isAcronym, isInitial, startsLower, startsUpper } from "../util/letters.ts";

// word shapes, compiled once (a regex literal in a loop is a new RegExp object each time it runs)
const STARTS_DIGIT = /^\d/;
const AND = /^(and|&)$/;
const POSSESSIVE_MARK = /^['’]s?$/;

const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const NAME_CONNECTOR = wordRegex(NAME_CONNECTORS);
const model = (c: Cand) => !c.rule.startsWith("lexicon");
const glued = (text: string, a: Token, b: Token) => text.slice(a.end, b.start) === " ";
const titleLike = (w: string) => TITLE_WORDS.has(w.toLowerCase()) || FORMER.has(w.toLowerCase()) || NOT_NAME.has(w);

export interface SpanContext {
  text: string;
  tokens: Token[];
  lex: Lexicon;
  /** lower-case words the article writes in lower case somewhere (ordinary words) */
  vocab: Set<string>;
  sentenceStarts: Set<number>;
}

/** All repairs in order; each keeps the candidates sorted by position. */
export function repairSpans(ctx: SpanContext, cands: Cand[]): Cand[] {
  return orgHeadRuns(
    ctx,
    splitCoordinations(ctx, dropBareHeads(ctx, personParts(ctx, takeFirstNames(ctx, platformX(ctx, cands))))),
  );
}

/**
 * "in a post on X." at a sentence end is tokenised as an initial ("X."): after "on" it is the platform, with the mention
 * ending before the period; any other initial standing alone names nothing.
 */
function platformX(ctx: SpanContext, cands: Cand[]): Cand[] {
  const { tokens, lex } = ctx;
  const x = lex.orgs.get("X");
  const out = cands.filter((c) => !(c.first === c.last && model(c) && isInitial(tokens[c.first]!.text)));
  if (!x) return out;
  const taken = coveredTokens(out);
  tokens.forEach((t, k) => {
    if (t.text === "X." && k > 0 && tokens[k - 1]!.text === "on" && !taken.has(k)) {
      out.push(cand(k, k, "organization", "X", "lexicon:org", { org: x, outlet: !!x.outlet, endChar: t.start + 1 }));
    }
  });
  return out.sort((a, b) => a.first - b.first);
}

/**
 * Names around a person that are not the person's name:
 * - "Blairite Alan Milburn" tagged as an organisation: a known first name and a surname ending the span are the person;
 * - "Blair Labour" (a headline): a party word ending a person span is not part of the name;
 * - "Blair Babes", "the Blairs": another person's surname used as a modifier or for the family is no one's name.
 */
function personParts(ctx: SpanContext, cands: Cand[]): Cand[] {
  const { text, tokens, lex } = ctx;
  // surname → the full-name candidates ending in it
  const owners = new Map<string, Cand[]>();
  for (const c of cands)
    if (c.kind === "person" && c.last > c.first)
      owners.set(tokens[c.last]!.text, [...(owners.get(tokens[c.last]!.text) ?? []), c]);
  const surnameOfOther = (w: string, c: Cand) => (owners.get(w) ?? []).some((o) => o !== c);
  return flatMapPacked(cands, (c): Cand[] => {
    if (!model(c)) return [c];
    const first = tokens[c.first]!.text,
      last = tokens[c.last]!.text;
    if (
      c.kind !== "person" &&
      c.last - c.first >= 2 &&
      lex.firstNames.has(tokens[c.last - 1]!.text) &&
      CAPITALISED.test(last) &&
      !ORG_HEADS.has(last) &&
      !titleLike(last) &&
      !EVENT_HEADS.has(last) &&
      !ctx.vocab.has(last.toLowerCase())
    ) {
      let orgish = false;
      for (let i = c.first; i < c.last - 1; i++) orgish ||= ORG_HEADS.has(tokens[i]!.text);
      if (!orgish)
        return [
          cand(
            c.last - 1,
            c.last,
            "person",
            text.slice(tokens[c.last - 1]!.start, tokens[c.last]!.end),
            `${c.rule}+person-inside`,
          ),
        ];
    }
    if (c.kind === "person" && c.last > c.first && PARTY_WORDS.has(last)) {
      return [
        recand(c, {
          last: c.last - 1,
          name: text.slice(tokens[c.first]!.start, tokens[c.last - 1]!.end),
          rule: `${c.rule}+no-trailing-party`,
        }),
      ];
    }
    if (
      c.kind === "person" &&
      c.last === c.first + 1 &&
      surnameOfOther(first, c) &&
      !surnameOfOther(last, c) &&
      !lex.firstNames.has(first)
    )
      return [];
    if (c.first === c.last && last.endsWith("s") && surnameOfOther(last.slice(0, -1), c)) return [];
    return [c];
  });
}

/**
 * "Per Lindqvist" tagged as "Lindqvist": a capitalised word glued before a lone name is its first name when it is a
 * known first name, or when the lone name is the surname of someone else in the article and the two words recur together
 * (a second person of that surname, not a back-reference). Never a title, a function word or a word the article also
 * writes in lower case.
 */
function takeFirstNames(ctx: SpanContext, cands: Cand[]): Cand[] {
  const { text, tokens, lex, vocab } = ctx;
  const covered = coveredTokens(cands);
  const surnames = new Set<string>();
  for (const c of cands) if (c.kind === "person" && c.last > c.first) surnames.add(tokens[c.last]!.text);
  return cands.map((c) => {
    if (c.kind !== "person" || c.first !== c.last || !model(c)) return c;
    const p = c.first - 1,
      t = tokens[p];
    if (
      !t ||
      covered.has(p) ||
      !CAPITALISED.test(t.text) ||
      !glued(text, t, tokens[c.first]!) ||
      titleLike(t.text) ||
      vocab.has(t.text.toLowerCase())
    )
      return c;
    if (lex.byFirst.has(t.text) || ORG_HEADS.has(t.text)) return c;
    // the word before must itself start the name: a sentence start or after a non-capitalised word
    if (p > 0 && startsUpper(tokens[p - 1]!.text) && !ctx.sentenceStarts.has(p)) return c;
    // a known first name, or the surname of someone else and the two-word name written again ("Per Lindqvist … Per Lindqvist said")
    const twice = surnames.has(tokens[c.first]!.text) && text.split(`${t.text} ${tokens[c.first]!.text}`).length > 2;
    if (!lex.firstNames.has(t.text) && !twice) return c;
    return recand(c, { first: p, name: text.slice(t.start, tokens[c.last]!.end), rule: `${c.rule}+first-name` });
  });
}

/** A lower-case span, or one generic head noun with nothing it could refer back to ("city", "Church"), names nothing. */
function dropBareHeads(ctx: SpanContext, cands: Cand[]): Cand[] {
  const { tokens } = ctx;
  return cands.filter((c) => {
    if (!model(c)) return true;
    let lower = true;
    for (let i = c.first; i <= c.last && lower; i++)
      lower = !startsUpper(tokens[i]!.text) && !STARTS_DIGIT.test(tokens[i]!.text);
    if (lower) return false;
    // capitalised: only when the article also uses it as a common noun ("the agency"), so "the Commission" stays
    const w = tokens[c.first]!.text.toLowerCase();
    return !(
      c.first === c.last &&
      c.kind !== "person" &&
      BARE_HEADS.has(w) &&
      ctx.vocab.has(w) &&
      c.rule !== "org-head-backref"
    );
  });
}

/** "Harbor Mills Co and Kestrel North America Inc": a legal form before "and" ends the first company; null when none does. */
function legalFormSplit(text: string, tokens: Token[], c: Cand): Cand[] | null {
  for (let i = c.first + 1; i < c.last; i++) {
    const before = tokens[i - 1],
      after = tokens[i + 1],
      first = tokens[c.first],
      last = tokens[c.last];
    if (!before || !after || !first || !last || !AND.test(tokens[i]?.text ?? "")) continue;
    if (!LEGAL_FORMS.has(before.text) || !CAPITALISED.test(after.text)) continue;
    return [
      recand(c, { last: i - 1, name: text.slice(first.start, before.end), rule: `${c.rule}+coordination` }),
      recand(c, { first: i + 1, name: text.slice(after.start, last.end), rule: `${c.rule}+coordination` }),
    ];
  }
  return null;
}

/** "the Health and Education Departments": two organisations, "Health Department" and "Education Department". */
function splitCoordinations(ctx: SpanContext, cands: Cand[]): Cand[] {
  const { text, tokens } = ctx;
  return flatMapPacked(cands, (c) => {
    const fused = c.kind === "organization" ? legalFormSplit(text, tokens, c) : null;
    if (fused) return fused;
    const single = PLURAL_HEADS[tokens[c.last]!.text];
    if (c.kind !== "organization" || !single || !model(c)) return [c];
    let and = -1;
    for (let i = c.first + 1; i < c.last - 1; i++) if (AND.test(tokens[i]!.text)) and = i;
    if (and < 0) return [c];
    // "Health and Education Departments"; never "Association of Payment and Clearing Services"
    for (let i = c.first; i < c.last; i++) if (i !== and && !CAPITALISED.test(tokens[i]!.text)) return [c];
    if (and - c.first > 2 || c.last - and > 3) return [c];
    const left = text.slice(tokens[c.first]!.start, tokens[and - 1]!.end),
      right = text.slice(tokens[and + 1]!.start, tokens[c.last - 1]!.end);
    return [
      recand(c, { last: and - 1, name: `${left} ${single}`, rule: `${c.rule}+coordination` }),
      recand(c, { first: and + 1, name: `${right} ${single}`, rule: `${c.rule}+coordination` }),
    ];
  });
}

/**
 * "the Zambia Environmental Management Agency" that the model cut to "Zambia" or missed: a run of capitalised words
 * (with "of", "for", "and" inside) ending in an organisation head word, no part of it taken, is an organisation.
 * Two capitalised words at least, not a title-case headline, and not led by a title or function word.
 */
function orgHeadRuns(ctx: SpanContext, cands: Cand[]): Cand[] {
  const { text, tokens } = ctx;
  const covered = coveredTokens(cands);
  // possessive marks sit without a space: "Rail Workers' Union"
  const poss = (k: number) => POSSESSIVE_MARK.test(tokens[k]!.text);
  const joined = (k: number) =>
    glued(text, tokens[k - 1]!, tokens[k]!) || ((poss(k - 1) || poss(k)) && tokens[k - 1]!.end === tokens[k]!.start);
  const nameWord = (k: number) =>
    CAPITALISED.test(tokens[k]!.text) ||
    allUpper(tokens[k]!.text) ||
    ((poss(k) || NAME_CONNECTOR.test(tokens[k]!.text)) && k > 0 && startsUpper(tokens[k - 1]!.text));
  /** "UPS and Deutsche Post", "Times and The Sunday Telegraph": an "and" after an acronym or a head word joins two names */
  const coordinated = (k: number) =>
    AND.test(tokens[k]!.text) && k > 0 && (ORG_HEADS.has(tokens[k - 1]!.text) || isAcronym(tokens[k - 1]!.text));
  /** leftmost start of the name ending at j: capitalised words, connectors and possessive marks, none taken */
  const startOf = (j: number, from: number) => {
    let i = from;
    while (i > 0 && !covered.has(i - 1) && joined(i) && nameWord(i - 1) && !coordinated(i - 1)) i--;
    for (;;) {
      const w = tokens[i]!.text;
      const ordinary = ctx.sentenceStarts.has(i) && ctx.vocab.has(w.toLowerCase()); // "Past Congressional Budget Office"
      if (i < j && (NAME_CONNECTOR.test(w) || poss(i) || titleLike(w) || ordinary)) i++;
      else break;
    }
    return i;
  };
  const capitals = (i: number, j: number) => {
    let n = 0;
    for (let k = i; k <= j; k++) if (startsUpper(tokens[k]!.text)) n++;
    return n;
  };
  // the model's organisation span stopped short of its first words ("Workers' Union" of "the Rail Workers' Union")
  cands = cands.map((c) => {
    if (c.kind !== "organization" || !model(c) || !ORG_HEADS.has(tokens[c.last]!.text)) return c;
    const i = startOf(c.last, c.first);
    if (i >= c.first || headline(ctx, i)) return c;
    for (let k = i; k < c.first; k++) covered.add(k);
    return recand(c, {
      first: i,
      name: text.slice(tokens[i]!.start, tokens[c.last]!.end),
      rule: `${c.rule}+name-start`,
    });
  });
  // … or short of its head ("Northwind" of "Northwind TV"): a head right after it, even one too common to start a run
  cands = cands.map((c) => {
    const j = c.last + 1;
    if (c.kind !== "organization" || !model(c) || j >= tokens.length || covered.has(j)) return c;
    if (!ORG_HEADS.has(tokens[j]!.text) || text.slice(tokens[c.last]!.end, tokens[j]!.start) !== " ") return c;
    // the head must end the noun phrase: not "the CSI TV shows"
    const after = tokens[j + 1]?.text ?? "";
    if (startsLower(after) && !AFTER_HEAD.has(after)) return c;
    covered.add(j);
    return recand(c, {
      last: j,
      name: text.slice(tokens[c.first]!.start, tokens[j]!.end),
      rule: `${c.rule}+name-head`,
    });
  });
  const found: Cand[] = [];
  for (let j = 0; j < tokens.length; j++) {
    if (!ORG_HEADS.has(tokens[j]!.text) || AMBIGUOUS_HEADS.has(tokens[j]!.text) || covered.has(j)) continue;
    const i = startOf(j, j);
    if (capitals(i, j) < 2 || headline(ctx, i)) continue;
    found.push(cand(i, j, "organization", text.slice(tokens[i]!.start, tokens[j]!.end), "org-head-run"));
    for (let k = i; k <= j; k++) covered.add(k);
  }
  return found.length ? [...cands, ...found].sort((a, b) => a.first - b.first) : cands;
}

/** The sentence holding token i is a title-case headline: most of its words are capitalised. */
function headline(ctx: SpanContext, i: number): boolean {
  const { tokens, sentenceStarts } = ctx;
  let s = i;
  while (s > 0 && !sentenceStarts.has(s)) s--;
  let caps = 0,
    words = 0;
  for (let k = s; k < tokens.length && (k === s || !sentenceStarts.has(k)); k++) {
    if (!hasAnyLetter(tokens[k]!.text)) continue;
    words++;
    if (startsUpper(tokens[k]!.text)) caps++;
  }
  return words >= 4 && caps / words > 0.6;
}

function coveredTokens(cands: Cand[]): Set<number> {
  const s = new Set<number>();
  for (const c of cands) for (let i = c.first; i <= c.last; i++) s.add(i);
  return s;
}
