// PolNeAR source spans leftwards of a speaker span: shares, compounds, titles, the head and its modifiers from the clause start.
import { CUES } from "./lexicon.ts";
import { CLAUSE_WORDS, SKIP_BEFORE_CUE } from "./lexicon-clause-words.ts";
import { PRONOUNS, DETERMINERS } from "./lexicon-pronouns.ts";
import { PAST_IRREGULAR } from "./lexicon-verbs.ts";
import { clauseStart, isCap, isWord, type Ctx } from "./context.ts";
import { FINITE, npLeft, type SourceSpan } from "./source.ts";
import {
  ADVERBIAL_FORM,
  APPROX,
  ENDER,
  LINK_FORM,
  NUMBER,
  OPENER,
  QUANTIFIER,
  RELATIVE,
  SHARE,
  SUBORDINATOR,
  TIME,
  isNumber,
  type FreeToken,
} from "./source-np-words.ts";

/** Leftwards: "he and Vale", "Six in 10 voters", "a majority of voters", "Vale’ aides", "the TV interviewer". */
export function widenLeft(ctx: Ctx, src: SourceSpan, free: FreeToken): number {
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
export function nounPart(ctx: Ctx, t: number, src: SourceSpan): boolean {
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
