// Span repairs after typing, in order: platform "X", first names the model left out, bare head nouns; organisation names in org-spans.ts.
import { flatMapPacked, mapPacked } from "../util/arrays.ts";
import { cand, coveredTokens, fromModel, recand, type Cand } from "./cand.ts";
import { ORG_HEADS } from "./lexicon/orgs.ts";
import { PARTY_WORDS } from "./lexicon/titles.ts";
import { BARE_HEADS, EVENT_HEADS } from "./lexicon/things.ts";
import { CAPITALISED, glued, titleLike } from "./shapes.ts";
import { orgHeadRuns, splitCoordinations, type SpanContext } from "./org-spans.ts";
import { isInitial, startsUpper } from "../util/letters.ts";

// word shapes, compiled once (a regex literal in a loop is a new RegExp object each time it runs)
const STARTS_DIGIT = /^\d/;

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
  const out = cands.filter((c) => !(c.first === c.last && fromModel(c) && isInitial(tokens[c.first]!.text)));
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
    if (!fromModel(c)) return [c];
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
  return mapPacked(cands, (c) => {
    if (c.kind !== "person" || c.first !== c.last || !fromModel(c)) return c;
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
    if (!fromModel(c)) return true;
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
