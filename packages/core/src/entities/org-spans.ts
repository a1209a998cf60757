// Organisation names the model missed, cut short or fused: a run of capitalised words ending in a head word, coordinations split.
import { flatMapPacked, mapPacked, objectArray } from "../util/arrays.ts";
import type { Token } from "../schema/stages.ts";
import { cand, coveredTokens, fromModel, recand, type Cand } from "./cand.ts";
import type { Lexicon } from "./lexicon/index.ts";
import { LEGAL_FORMS, ORG_HEADS } from "./lexicon/orgs.ts";
import { PLURAL_HEADS } from "./lexicon/things.ts";
import { AMBIGUOUS_HEADS, NAME_CONNECTORS } from "./lexicon/name-words.ts";
import { AFTER_HEAD } from "./lexicon/function-words.ts";
import { CAPITALISED, glued, titleLike } from "./shapes.ts";
import { wordRegex } from "../util/word-regex.ts";
import { allUpper, hasAnyLetter, isAcronym, startsLower, startsUpper } from "../util/letters.ts";

/** What the span repairs read besides the candidates (here and in spans.ts). */
export interface SpanContext {
  text: string;
  tokens: Token[];
  lex: Lexicon;
  /** lower-case words the article writes in lower case somewhere (ordinary words) */
  vocab: Set<string>;
  sentenceStarts: Set<number>;
}

// compiled once (a regex literal in a loop is a new RegExp object each time it runs)
const AND = /^(and|&)$/;
const POSSESSIVE_MARK = /^['’]s?$/;
const NAME_CONNECTOR = wordRegex(NAME_CONNECTORS);

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
export function splitCoordinations(ctx: SpanContext, cands: Cand[]): Cand[] {
  const { text, tokens } = ctx;
  return flatMapPacked(cands, (c) => {
    const fused = c.kind === "organization" ? legalFormSplit(text, tokens, c) : null;
    if (fused) return fused;
    const single = PLURAL_HEADS[tokens[c.last]!.text];
    if (c.kind !== "organization" || !single || !fromModel(c)) return [c];
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
export function orgHeadRuns(ctx: SpanContext, cands: Cand[]): Cand[] {
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
  cands = mapPacked(cands, (c) => {
    if (c.kind !== "organization" || !fromModel(c) || !ORG_HEADS.has(tokens[c.last]!.text)) return c;
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
  cands = mapPacked(cands, (c) => {
    const j = c.last + 1;
    if (c.kind !== "organization" || !fromModel(c) || j >= tokens.length || covered.has(j)) return c;
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
  const found: Cand[] = objectArray();
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
