// Static (tag-independent) features of a sentence, hashed to weight-row offsets once and reused by every pass.
import { mixBits } from "./hash.ts";
import type { NerLexicon } from "./lexicon.ts";
import { offsetOf as offsetOfImport, type RowLayout } from "./rows.ts";
import { boundaryInfo, newWordCache, wordInfo as wordInfoImport, type WordCache, type WordInfo } from "./word.ts";
import { T as TImport } from "./templates.ts";
import { int32s, type Int32Arena } from "./arena.ts";

export { featureForm, newWordCache, type WordCache } from "./word.ts";
export { FEATURE_VERSION } from "./templates.ts";

// tsx and vitest compile imports into getter calls; the hot loop uses local copies. Every hash here only goes
// through at() (`h & mask`), so the signed variant gives the same offsets without boxing
const mix = mixBits;
const T = TImport;
const wordInfo = wordInfoImport;
const offsetOf = offsetOfImport;

/** room per token in the first allocation (about 33 are used on news text); the buffer grows when needed */
const FEATS_PER_TOKEN = 40;
/** more than one token can ever add (own + neighbours + pairs + gazetteer types × positions + flags) */
const TOKEN_MAX = 256;
/** more than contextFeatures can add to one token: 7 pairs, 3 × one per gazetteer type (under 16), 6 flags */
export const CONTEXT_MAX = 64;
const NO_VALUE = 0x5f3759df;
const TITLE_TYPE = 11;
const DATE_TYPE = 10;

/** What decoding and the document features read of a sentence: per-token hashes, keys and tag-feature rows. */
export interface SentenceWords {
  n: number;
  /** hash of each token's lower-case form, for tag-conjoined and document features */
  lower: Int32Array;
  /** hash of each token's short shape, for tag-conjoined features */
  shape: Int32Array;
  /** document key: lower-case hash for tokens that look like names, else 0 */
  docKey: Int32Array;
  /** like docKey, but a word usually written in lower case only counts mid-sentence (for the consistency rule) */
  consKey: Int32Array;
  /**
   * the word memo's store of 18 offsets per word, (previous tag, word) then (previous tag, shape), see
   * WordInfo.tagRows; token i's start at tagAt[i]
   */
  tagRows: Int32Array;
  tagAt: Int32Array;
}

/** A sentence with every static feature offset listed (training, and tests); tagging sums them instead (sums.ts). */
export interface SentenceFeatures extends SentenceWords {
  /** weight offsets (see RowLayout); token i uses feats[off[i] .. off[i + 1]) */
  feats: Int32Array;
  off: Int32Array;
}

/** A sentence's words looked up once, shared by the feature list (extractSentence) and the score sums (sums.ts). */
export interface PreparedSentence {
  sw: SentenceWords;
  infos: WordInfo[];
  /** the sentence boundary as a neighbour */
  edge: WordInfo;
  caps: boolean;
  row: boolean;
  gaz: { here: (number[] | undefined)[]; mask: Int32Array };
}

/** Headline-style sentence: every word with letters is in capitals, and one has two or more letters. */
function isCapsSentence(words: readonly string[], raw: WordInfo[]): boolean {
  let caps = false;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    if (!r.letter) continue;
    if (!r.upper) return false;
    if (words[i]!.length > 1) caps = true;
  }
  return caps;
}

/** Table row or results line ("Calder Rovers 2 Harwick Town 1", "1. Kelso 27"): a number and no lower-case word. */
function isRowSentence(words: readonly string[], raw: WordInfo[]): boolean {
  let digit = false;
  for (let i = 0; i < raw.length; i++) {
    const c = words[i]!.charCodeAt(0);
    if (c >= 48 && c <= 57) digit = true;
    else if (raw[i]!.letter && !raw[i]!.upperStart) return false;
  }
  return digit;
}

/** Per-word lookups, sentence flags and gazetteer matches of a sentence (see PreparedSentence). */
export function prepareSentence(
  words: readonly string[],
  lex: NerLexicon,
  layout: RowLayout,
  cache: WordCache,
  arena?: Int32Arena,
): PreparedSentence {
  const n = words.length;
  const infos = new Array<WordInfo>(n);
  for (let i = 0; i < n; i++) infos[i] = wordInfo(words[i]!, false, lex, layout, cache);
  const caps = isCapsSentence(words, infos);
  const row = isRowSentence(words, infos);
  if (caps) for (let i = 0; i < n; i++) infos[i] = wordInfo(words[i]!, true, lex, layout, cache);
  const lower = int32s(arena, n);
  const ss = int32s(arena, n);
  const docKey = int32s(arena, n);
  const consKey = int32s(arena, n);
  const tagAt = int32s(arena, n);
  for (let i = 0; i < n; i++) {
    const x = infos[i]!;
    // where the word's tag offsets are, not a copy of them: copying 18 values from each word's own array was most of
    // this function's time (a cold word's array is a cache miss)
    tagAt[i] = x.tagAt;
    lower[i] = x.l;
    ss[i] = x.ss;
    docKey[i] = x.name ? x.l || 1 : 0;
    // a capitalised word usually written in lower case counts only mid-sentence ("Corn" the name, not the crop)
    const midSentence = i > 0 && !infos[i - 1]!.opener;
    consKey[i] = x.name && (x.casing !== 1 || (midSentence && !caps)) ? x.l || 1 : 0;
  }
  // the store as it is now, after every word of the sentence was added (a later growth leaves its values in place)
  const sw: SentenceWords = { n, lower, shape: ss, docKey, consKey, tagRows: cache.tagStore, tagAt };
  return { sw, infos, edge: boundaryInfo(lex, layout, cache), caps, row, gaz: gazetteerMatches(infos, arena) };
}

/** Feature offsets follow `layout`: dense rows of 9 while training, the compact shipped table when tagging. */
/** `arena` (optional) supplies the typed arrays, see arena.ts; the features are the same with or without it. */
export function extractSentence(
  words: readonly string[],
  lex: NerLexicon,
  layout: RowLayout,
  cache: WordCache = newWordCache(),
  arena?: Int32Arena,
): SentenceFeatures {
  const ps = prepareSentence(words, lex, layout, cache, arena);
  const { infos, edge } = ps;
  const n = ps.sw.n;
  const off = int32s(arena, n + 1);
  let feats = int32s(arena, n * FEATS_PER_TOKEN + TOKEN_MAX);
  let p = 0;
  for (let i = 0; i < n; i++) {
    if (p + TOKEN_MAX > feats.length) {
      const bigger = new Int32Array(feats.length * 2);
      bigger.set(feats);
      feats = bigger;
    }
    off[i] = p;
    const own = infos[i]!.own;
    for (let k = 0; k < own.length; k++) feats[p++] = own[k]!;
    const prev = i > 0 ? infos[i - 1]! : edge;
    const next = i + 1 < n ? infos[i + 1]! : edge;
    const prev2 = i > 1 ? infos[i - 2]! : edge;
    const next2 = i + 2 < n ? infos[i + 2]! : edge;
    for (let k = 0; k < prev.asPrev.length; k++) feats[p++] = prev.asPrev[k]!;
    for (let k = 0; k < next.asNext.length; k++) feats[p++] = next.asNext[k]!;
    for (let k = 0; k < prev2.asPrev2.length; k++) feats[p++] = prev2.asPrev2[k]!;
    for (let k = 0; k < next2.asNext2.length; k++) feats[p++] = next2.asNext2[k]!;
    p = contextFeatures(ps, i, layout, feats, p);
  }
  off[n] = p;
  arena?.trim(feats, p);
  // every field written in one literal (training's hot path): a spread and then new keys is a new hidden class per call site
  const { sw } = ps;
  const { lower, shape, docKey, consKey, tagRows, tagAt } = sw;
  return { n: sw.n, lower, shape, docKey, consKey, tagRows, tagAt, feats: feats.subarray(0, p), off };
}

/**
 * The features of token i that depend on its neighbours together (word and shape pairs, gazetteer matches) or on the
 * sentence (position, capitals, table row): written into `out` from `p`, returns the new end. At most CONTEXT_MAX.
 * `shapes: false` leaves out the shape window (shapeWindow), which tagging memoises per window (sums.ts).
 */
export function contextFeatures(
  ps: PreparedSentence,
  i: number,
  layout: RowLayout,
  out: Int32Array,
  p: number,
  shapes = true,
): number {
  const { sw, gaz, caps, row } = ps;
  const n = sw.n;
  const lower = sw.lower;
  const ss = sw.shape;
  const { mask, stride, ranks } = layout;
  let o: number;
  const l0 = lower[i]!;
  const sh = ss[i]!;
  const lm1 = i > 0 ? lower[i - 1]! : NO_VALUE;
  const lp1 = i + 1 < n ? lower[i + 1]! : NO_VALUE;
  // word pairs: many values, a third of them with weight; a row without one is dropped by its bit in `ranks`
  if ((o = at(mix(T.LL, lm1, l0), mask, stride, ranks)) >= 0) out[p++] = o;
  if ((o = at(mix(T.LR, l0, lp1), mask, stride, ranks)) >= 0) out[p++] = o;
  if (shapes) p = shapeWindow(ps, i, layout, out, p);
  const g = gaz.here[i];
  if (g) for (const x of g) if ((o = at(mix(T.Gaz, x), mask, stride, ranks)) >= 0) out[p++] = o;
  for (let m = i > 0 ? gaz.mask[i - 1]! : 0, b = 0; m; b++, m >>>= 1)
    if (m & 1 && (o = at(mix(T.GazM1, b), mask, stride, ranks)) >= 0) out[p++] = o;
  for (let m = i + 1 < n ? gaz.mask[i + 1]! : 0, b = 0; m; b++, m >>>= 1)
    if (m & 1 && (o = at(mix(T.GazP1, b), mask, stride, ranks)) >= 0) out[p++] = o;
  if (i === 0 && (o = at(mix(T.First, sh), mask, stride, ranks)) >= 0) out[p++] = o;
  if (i === 0 && (o = at(mix(T.FirstCasing, ps.infos[i]!.casing, sh), mask, stride, ranks)) >= 0) out[p++] = o;
  if (i === n - 1 && (o = at(mix(T.Last, sh), mask, stride, ranks)) >= 0) out[p++] = o;
  if (caps && (o = at(mix(T.Caps, sh), mask, stride, ranks)) >= 0) out[p++] = o;
  if (row && (o = at(mix(T.Row, sh), mask, stride, ranks)) >= 0) out[p++] = o;
  if (n === 1 && (o = at(mix(T.Len1, sh), mask, stride, ranks)) >= 0) out[p++] = o;
  return p;
}

/** The five features of the short shapes around token i (pairs at distance 1 and 2, and the trigram). */
export function shapeWindow(ps: PreparedSentence, i: number, layout: RowLayout, out: Int32Array, p: number): number {
  const n = ps.sw.n;
  const ss = ps.sw.shape;
  const { mask, stride, ranks } = layout;
  let o: number;
  const sh = ss[i]!;
  const sm1 = i > 0 ? ss[i - 1]! : NO_VALUE;
  const sp1 = i + 1 < n ? ss[i + 1]! : NO_VALUE;
  const sm2 = i > 1 ? ss[i - 2]! : NO_VALUE;
  const sp2 = i + 2 < n ? ss[i + 2]! : NO_VALUE;
  if ((o = at(mix(T.SSm1, sm1, sh), mask, stride, ranks)) >= 0) out[p++] = o;
  if ((o = at(mix(T.SSp1, sh, sp1), mask, stride, ranks)) >= 0) out[p++] = o;
  if ((o = at(mix(T.SSm2, sm2, sh), mask, stride, ranks)) >= 0) out[p++] = o;
  if ((o = at(mix(T.SSp2, sh, sp2), mask, stride, ranks)) >= 0) out[p++] = o;
  if ((o = at(mix(T.SS3, mix(sm1, sh), sp1), mask, stride, ranks)) >= 0) out[p++] = o;
  return p;
}

/** Weight offset of a feature hash (rowOf without the layout object: this runs a dozen times per token). */
function at(h: number, mask: number, stride: number, ranks: Int32Array | null): number {
  return offsetOf(h & mask, stride, ranks);
}

/** Longest gazetteer match per type at each start; features carry the type and the position (U/B/I/L). */
function gazetteerMatches(infos: WordInfo[], arena?: Int32Arena): { here: (number[] | undefined)[]; mask: Int32Array } {
  const n = infos.length;
  const here = new Array<number[] | undefined>(n);
  const mask = int32s(arena, n);
  for (let i = 0; i < n; i++) {
    const list = infos[i]!.gaz;
    if (!list) continue;
    let done = 0;
    for (const e of list) {
      const len = e.toks.length;
      if (done & (1 << e.type) || i + len > n) continue;
      let ok = true;
      for (let k = 1; k < len && ok; k++) ok = e.toks[k] === infos[i + k]!.lower;
      // names must be capitalised at both ends; titles and dates may be lower case
      if (ok && e.type !== TITLE_TYPE && e.type !== DATE_TYPE)
        ok = infos[i]!.upperStart && infos[i + len - 1]!.upperStart;
      if (!ok) continue;
      done |= 1 << e.type;
      for (let k = 0; k < len; k++) {
        const pos = len === 1 ? 0 : k === 0 ? 1 : k === len - 1 ? 3 : 2;
        (here[i + k] ??= []).push(e.type * 4 + pos);
        mask[i + k]! |= 1 << e.type;
      }
    }
  }
  return { here, mask };
}
