// PolNeAR's source span: the whole noun phrase around the speaker span (appositions, descriptors, shares, "according to" objects).
import { CLAUSE_WORDS, CUES, PRONOUNS, SKIP_BEFORE_CUE } from "./lexicon.ts";
import { DETERMINERS, PERSON_RELATIVES, QUANTIFIERS } from "./lexicon-pronouns.ts";
import {
  ADVERBIAL_OPENERS,
  PLACE_TIME_OPENERS,
  SUBJECT_PREPOSITIONS,
  TIME_NOUNS,
  WEEKDAYS,
} from "./lexicon-function-words.ts";
import {
  ADVERBIAL_SUFFIXES,
  APPOSITION_ENDERS,
  APPROXIMATORS,
  MONTHS,
  SHARE_NOUNS,
  SUBORDINATORS,
  VERB_GROUP_SUFFIXES,
} from "./lexicon-sources.ts";
import { PAST_IRREGULAR } from "./lexicon-verbs.ts";
import { NUMBER_WORDS } from "../entities/lexicon/function-words.ts";
import { alternation, wordRegex } from "../util/word-regex.ts";
import { clauseStart, isCap, isWord, type Ctx } from "./context.ts";
import { FINITE, npLeft, type SourceSpan } from "./source.ts";

// ", of Brevik" after a name is its place, not a discourse adverbial
const ENDER = wordRegex([...APPOSITION_ENDERS, ...ADVERBIAL_OPENERS.filter((w) => w !== "of")], "i");
const SHARE = wordRegex(SHARE_NOUNS, "i");
const QUANTIFIER = wordRegex(QUANTIFIERS, "i");
const NUMBER = wordRegex(NUMBER_WORDS, "i");
const TIME = wordRegex([...TIME_NOUNS, ...WEEKDAYS], "i");
const MONTH = wordRegex(MONTHS);
const OPENER = wordRegex([...PLACE_TIME_OPENERS, ...SUBJECT_PREPOSITIONS], "i");
const STOP = /^(?:[.!?;:…]+|—|–|--|-)$/;
const ADVERBIAL_FORM = new RegExp(String.raw`(?:${alternation(ADVERBIAL_SUFFIXES)})$`);
const LINK_FORM = new RegExp(String.raw`^[a-z]+(?:${alternation(VERB_GROUP_SUFFIXES.filter((x) => x !== "ly"))})$`);
// "who"/"whom" only: a "that" after the head may open the reported clause itself
const RELATIVE = wordRegex(
  PERSON_RELATIVES.filter((w) => w !== "that"),
  "i",
);
const SUBORDINATOR = wordRegex(SUBORDINATORS, "i");
const BRACKET = /^[()[\]]$/;
/** An approximator right before a source ("more than", "about"), matched against the text before it. */
const APPROX = new RegExp(String.raw`(?:^|\s)(?:${alternation(APPROXIMATORS)})\s+$`, "i");

/** May token t join the source whose speaker span is `own`? Not in a quote, another statement's content or cue, or another source. */
export type FreeToken = (t: number) => boolean;

/** A count ("10", "six"), never a year: "In 2004 Vale said" keeps the year out. */
const isNumber = (s: string) => (/^[0-9][0-9,.]*$/.test(s) && !/^(?:1[89]|20)\d\d$/.test(s)) || NUMBER.test(s);

/**
 * The PolNeAR source span around a speaker span, as inclusive token indexes. `after`: the source follows its cue
 * ("said Ann Vale, a broker in Brevik", "according to a count by the agency"); `open`: words after it belong to it up
 * to the clause's end ("according to" objects and common nouns). The speaker span itself stays the entity link.
 */
export function polnearSource(
  ctx: Ctx,
  src: SourceSpan,
  cue: [number, number] | null,
  free: FreeToken,
  open: boolean,
): [number, number] {
  if (src.pronoun) return [src.first, src.last];
  const after = !!cue && src.first > cue[1];
  if (after) return [src.first, widenRight(ctx, src.last, free, open || !isCap(ctx.tokens[src.last]!.text))];
  const [first, last] = trimOpener(ctx, widenLeft(ctx, src, free), toCue(ctx, src, cue, free));
  return [first, cutAdjunct(ctx, first, last, free)];
}

/** After a name: a bracketed tag, "of X", and appositions set off by commas, to the clause's end. */
function widenRight(ctx: Ctx, from: number, free: FreeToken, open: boolean): number {
  const { tokens } = ctx;
  const para = ctx.para[from];
  const ok = (t: number) => t < tokens.length && ctx.para[t] === para && free(t);
  let last = from;
  // "Rep. Ann Vale (D-Va.)": a party or place tag
  if (tokens[last + 1]?.text === "(") {
    let k = last + 2;
    while (k - last < 9 && ok(k) && tokens[k]!.text !== ")") k++;
    if (ok(k) && tokens[k]!.text === ")") last = k;
  }
  let ofName = false;
  // the last word before the apposition being read: an apposition a quote or another statement cuts off is dropped
  let settled = last;
  for (let t = last + 1; t < tokens.length && ctx.para[t] === para && t - from < 60; t++) {
    if (!free(t)) {
      last = settled;
      break;
    }
    const w = tokens[t]!.text;
    // an abbreviation's period ("Tampa, Fla., who …") is no sentence end
    if ((STOP.test(w) && (w !== "." || ctx.ends[t])) || BRACKET.test(w)) break;
    if (w === ",") {
      if (!appositionAfter(ctx, t, free)) break;
      settled = last;
      open = true;
      continue;
    }
    // "said Ann Vale on Tuesday", "according to a poll released last week by …": a time phrase is no part of a name
    if (TIME.test(w) || (OPENER.test(w) && TIME.test(tokens[t + 1]?.text ?? ""))) break;
    if (!open) {
      // a name takes only "of Brevik" after it: "said Ann Vale at a rally" ends at the name
      if (w === "of" && isCap(tokens[t + 1]?.text ?? "")) ofName = true;
      else if (!(ofName && isCap(w))) break;
    }
    last = t;
  }
  return last;
}

/**
 * Does the comma at token k open an apposition (", a broker", ", who …", ", 21,")? Not before an adjunct or a new clause
 * (", adding …", ", in an interview", ", he said", ", was any mention …", ", compared with …").
 */
function appositionAfter(ctx: Ctx, k: number, free: FreeToken): boolean {
  const n = ctx.tokens[k + 1]?.text ?? "";
  if (!free(k + 1) || ctx.para[k + 1] !== ctx.para[k] || ENDER.test(n) || TIME.test(n) || FINITE.has(n)) return false;
  const info = CUES.get(n);
  return info?.kind !== "participle" && info?.kind !== "verb" && !/^[a-z]+(?:ing|ed)$/.test(n) && !/ly$/.test(n);
}

/** Before the cue: "Ann Vale, who runs the port, said" keeps the relative clause or apposition up to the verb. */
function toCue(ctx: Ctx, src: SourceSpan, cue: [number, number] | null, free: FreeToken): number {
  const { tokens } = ctx;
  const c = cue?.[0] ?? -1;
  // "The New York Times made …": the rest of a name a tagged source run left out, up to the cue
  let named = src.last;
  while (named + 1 < c && free(named + 1) && isCap(tokens[named + 1]!.text) && isCap(tokens[named]!.text)) named++;
  if (named > src.last) return named;
  if (c <= src.last + 2 || tokens[src.last + 1]?.text !== ",") return src.last;
  let close = c - 1;
  while (close > src.last && SKIP_BEFORE_CUE.has(tokens[close]!.text.toLowerCase())) close--;
  if (tokens[close]!.text !== "," || close - src.last > 40 || !appositionAfter(ctx, src.last + 1, free))
    return src.last;
  for (let t = src.last + 1; t < close; t++) if (!free(t) || ctx.ends[t]) return src.last;
  return close - 1;
}

/** Leftwards: "he and Vale", "Six in 10 voters", "a majority of voters", "Vale’ aides", "the TV interviewer". */
function widenLeft(ctx: Ctx, src: SourceSpan, free: FreeToken): number {
  const { tokens } = ctx;
  const floor = clauseStart(ctx, src.first);
  const ok = (t: number) => t >= floor && free(t);
  let first = src.first;
  for (let guard = 0; guard < 8; guard++) {
    const p = first - 1;
    if (!ok(p)) break;
    const w = tokens[p]!.text;
    const low = w.toLowerCase();
    // "Six in 10 voters", "4 in 10"
    if (low === "in" && isNumber(tokens[first]!.text) && ok(p - 1) && isNumber(tokens[p - 1]!.text)) first = p - 1;
    // "a majority of voters", "half of Democrats", "54 percent of voters"
    else if (low === "of" && ok(p - 1) && (SHARE.test(tokens[p - 1]!.text) || isNumber(tokens[p - 1]!.text)))
      first = p - 1;
    // "a CNN/ORC poll": two names joined by a slash
    else if (w === "/" && ok(p - 1) && isCap(tokens[p - 1]!.text)) first = p - 1;
    // "Vale’ aides": a plural possessive, its apostrophe a token of its own
    else if (/^['’]$/.test(w) && ok(p - 1) && /s$/.test(tokens[p - 1]!.text))
      first = nameStart(ctx, p - 1, floor, free);
    // "he and Vale", "Ann Vale and Ivo Reyl": a compound source, when the first part opens the clause
    else if (low === "and" && ok(p - 1)) {
      const s = nameStart(ctx, p - 1, floor, free);
      if (s > p - 1 || !(s === floor || tokens[s - 1]!.text === ",")) break;
      first = s;
    } else if (DETERMINERS.has(low) || QUANTIFIER.test(w) || isNumber(w) || nounPart(ctx, p, src)) first = p;
    else break;
  }
  // "Ann Vale, 21, a broker from Brevik, Hesse, said": pieces of one noun phrase joined by commas, from the clause start
  let chain = first;
  for (let n = 0; n < 4 && ok(chain - 1) && tokens[chain - 1]!.text === ","; n++) {
    const piece = npLeft(ctx, chain - 2, floor);
    if (!piece || !ok(piece.first) || !namePiece(ctx, piece.first, piece.last)) break;
    chain = piece.first;
    if (chain === floor) first = chain;
  }
  // "Exit polls taken in Brevik found", "Friends of Vale who met him say": the subject's head and its modifiers
  if (first > floor && headChunk(ctx, floor, first - 1, free)) first = floor;
  // "about 4 in 10", "more than half of voters"
  const approx = APPROX.exec(
    ctx.text.slice(Math.max(tokens[floor]!.start, tokens[first]!.start - 15), tokens[first]!.start),
  );
  if (approx && first > floor) {
    const at = tokens[first]!.start - approx[0].trimStart().length;
    let t = first;
    while (t > floor && tokens[t - 1]!.start >= at && free(t - 1)) t--;
    first = t;
  }
  return first;
}

/**
 * Tokens a..b, from the clause start to a source, are its head and modifiers: they open like a noun phrase and hold a
 * preposition, participle or relative pronoun, with no comma, no finite verb and no personal pronoun outside a relative
 * clause ("In May Vale said" and "Vale says the poll found" are not).
 */
function headChunk(ctx: Ctx, a: number, b: number, free: FreeToken): boolean {
  const w0 = ctx.tokens[a]!.text;
  const low0 = w0.toLowerCase();
  const opens =
    DETERMINERS.has(low0) ||
    QUANTIFIER.test(w0) ||
    isNumber(w0) ||
    (isCap(w0) && !ENDER.test(w0) && !OPENER.test(w0) && !TIME.test(w0) && !CLAUSE_WORDS.has(low0)) ||
    ADVERBIAL_FORM.test(low0);
  if (!opens || b - a > 20 || SKIP_BEFORE_CUE.has(low0) || /ly$/.test(low0)) return false;
  let relative = false;
  let link = false;
  for (let t = a; t <= b; t++) {
    const w = ctx.tokens[t]!.text;
    const low = w.toLowerCase();
    if (!free(t) || ctx.ends[t] || !isWord(w)) return false;
    if (RELATIVE.test(w)) relative = link = true;
    else if (!relative && (FINITE.has(low) || CUES.get(w)?.kind === "verb" || PRONOUNS.get(low) === "person"))
      return false;
    // "Vale used his speech", "the council on Wednesday approved": a verb after a name is the clause's, not a modifier
    else if (SUBORDINATOR.test(w) || (!relative && t > a && isCap(ctx.tokens[t - 1]!.text) && finiteForm(w)))
      return false;
    else if (OPENER.test(w) || LINK_FORM.test(w)) link = true;
  }
  return link;
}

/** A past verb form ("approved", "made"); a present "-s" would be a plural noun as often ("Exit polls"). */
const finiteForm = (w: string) => /^[a-z]+ed$/.test(w) || PAST_IRREGULAR.has(w);

/** A word inside a noun phrase before its head: a title or name ("Sen.", "Judge"), or an adjective before a common noun. */
function nounPart(ctx: Ctx, t: number, src: SourceSpan): boolean {
  const w = ctx.tokens[t]!.text;
  const low = w.toLowerCase();
  if (!isWord(w) || CLAUSE_WORDS.has(low) || SKIP_BEFORE_CUE.has(low) || PRONOUNS.has(low) || CUES.has(low))
    return false;
  if (/ly$/.test(low) || TIME.test(w) || OPENER.test(w)) return false;
  if (isCap(w)) return true;
  // lower-case words only before a common-noun head ("the TV interviewer"), never a verb form
  return !isCap(ctx.tokens[src.last]!.text) && !/(?:ed|ing)$/.test(low);
}

/** A piece of a subject before a comma ends in a name and opens with no adverb, participle or ordinal ("Earlier in May,"). */
function namePiece(ctx: Ctx, first: number, last: number): boolean {
  const w = ctx.tokens[first]!.text;
  if (!isCap(ctx.tokens[last]!.text) || ENDER.test(w) || OPENER.test(w) || TIME.test(w) || NUMBER.test(w)) return false;
  return !ADVERBIAL_FORM.test(w.toLowerCase()) || isCap(ctx.tokens[first + 1]?.text ?? "");
}

/**
 * "Vale, in a brief interview, said", "Vale, however, said": a phrase after a comma that opens no apposition ends the
 * source before it, and a sentence adverb at its end ("Carter however") is dropped.
 */
function cutAdjunct(ctx: Ctx, first: number, last: number, free: FreeToken): number {
  for (let k = first + 1; k < last; k++)
    if (ctx.tokens[k]!.text === "," && !appositionAfter(ctx, k, free)) return k - 1;
  // (lower case only: "in late May" ends in a month, not the modal)
  while (last > first && SKIP_BEFORE_CUE.has(ctx.tokens[last]!.text)) last--;
  return last;
}

/** First token of the name or pronoun ending at t ("Ann Vale", "he"); t + 1 when there is none. */
function nameStart(ctx: Ctx, t: number, floor: number, free: FreeToken): number {
  const w = ctx.tokens[t]!.text;
  if (PRONOUNS.get(w.toLowerCase()) === "person") return t;
  let s = t + 1;
  while (
    s - 1 >= floor &&
    free(s - 1) &&
    (isCap(ctx.tokens[s - 1]!.text) || /^[A-Z][a-z]*\.$/.test(ctx.tokens[s - 1]!.text))
  )
    s--;
  return s;
}

/**
 * "On Sunday, former President Vale said", "Significantly, the judge said": a short opening phrase before a comma is no
 * part of the source (the speaker span may keep it; the entity link does not change).
 */
function trimOpener(ctx: Ctx, first: number, last: number): [number, number] {
  const { tokens } = ctx;
  // "In May Vale said": a month after a preposition is a time phrase
  if (first < last && OPENER.test(tokens[first - 1]?.text ?? "") && MONTH.test(tokens[first]!.text)) first++;
  // "Then Mr. Rubin asked": a sentence adverb before the subject
  while (
    first < last &&
    ENDER.test(tokens[first]!.text) &&
    isCap(tokens[first]!.text) &&
    !PRONOUNS.has(tokens[first]!.text.toLowerCase())
  )
    first++;
  for (let k = first; k < last && k - first <= 3; k++) {
    if (tokens[k]!.text !== ",") continue;
    const before = tokens[first - 1]?.text ?? "";
    const piece = tokens.slice(first, k).map((x) => x.text);
    const opening = OPENER.test(before) || (piece.length === 1 && (/ly$/.test(piece[0]!) || TIME.test(piece[0]!)));
    return opening ? [k + 1, last] : [first, last];
  }
  return [first, last];
}
