// Per-word feature information (everything that does not depend on neighbours), memoised per model.
// every mix here goes through rowOf (\`h & mask\`): the signed variant gives the same rows, and arrays of small
// integers keep one elements kind (unsigned hashes above 2^31 made some arrays doubles, and deoptimised their users)
import { hashRange, hashString, mixBits as mix } from "./hash.ts";
import { Int32Arena } from "./arena.ts";
import type { SharedWordTable, WordCache, WordInfo } from "./word-info.ts";
import { rowOf, type RowLayout } from "./rows.ts";
import { D, T } from "./templates.ts";
import { clusterOf, type NerLexicon } from "./lexicon.ts";
import { hasLetter, isAllCaps, isCapitalised, shortShape, titleCase, wordShape } from "./shape.ts";

export type { WordCache, WordInfo } from "./word-info.ts";

const AFFIX = [1, 2, 3, 4, 5];
/** tokens after which a capital letter says nothing (sentence openers) */
const OPENERS = new Set(['"', "\u201c", "'", "\u2018", "(", "[", ":", "-", "--", "\u2014", "\u2013", "*"]);

/** Int32 values per chunk of the memo's arrays (256 KiB) */
const WORDS_CHUNK = 1 << 16;

export function newWordCache(): WordCache {
  // every field from the start, the ones filled later too (the tagger's arena and beam, sums.ts's shape sums, the
  // boundary): each added key was a new hidden class, and the tagger's functions were optimised on one of them
  return {
    plain: new Map(),
    caps: new Map(),
    boundary: undefined,
    shapeIds: new Map(),
    shapeSums: undefined,
    arena: undefined,
    beam: undefined,
    words: new Int32Arena(WORDS_CHUNK),
    // small at first, so the growth path runs in the first sentences (type feedback before the tagger is optimised)
    tagStore: new Int32Array(18 * 16),
    tagCount: 0,
    shared: undefined,
  };
}
const CACHE_LIMIT = 200_000;

const TYPOGRAPHIC = /[\u2018\u2019\u201c\u201d\u201e\u2013\u2014]/;

/** The form features see: ASCII quotes, and the usual casing of a word inside an all-caps sentence. */
export function featureForm(word: string, caps: boolean, lex: NerLexicon): string {
  if (TYPOGRAPHIC.test(word))
    word = word
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/[\u201c\u201d\u201e]/g, '"')
      .replace(/^[\u2013\u2014]$/, "--");
  if (!caps || !hasLetter(word)) return word;
  const lower = word.toLowerCase();
  const tc = lex.truecase.get(lower);
  if (tc !== undefined) return tc;
  if (lex.clusterIndex.has(lower)) return lower;
  return word.length <= 2 ? word : titleCase(word);
}

export function wordInfo(word: string, caps: boolean, lex: NerLexicon, layout: RowLayout, cache: WordCache): WordInfo {
  // both maps are read on every call: all-caps sentences are rare, and a load that had never run when the tagger
  // was optimised threw the optimised code away at the first one, in every thread
  const plain = cache.plain;
  const upper = cache.caps;
  const map = caps ? upper : plain;
  const hit = map.get(word);
  if (hit) return hit;
  const shared = cache.shared;
  const at = shared ? shared.find(word, caps) : -1;
  if (at >= 0) return remember(map, word, fromShared(shared!, at, word, caps, lex, cache));
  const f = featureForm(word, caps, lex);
  const lo = f.toLowerCase();
  const levels = lex.clusterLevels.length;
  const w = hashString(f);
  const l = hashString(lo);
  const ss = hashString(shortShape(f));
  const clus = cache.words.alloc(levels).fill(-1);
  const ci = clusterOf(lex, f, lo);
  if (ci !== undefined) for (let k = 0; k < levels; k++) clus[k] = lex.clusterLevels[k]![ci]!;
  // the word's own feature rows in a fixed order, written to a scratch buffer rather than built as arrays: a new
  // word cost about 25 µs that way, and every thread meets each word of its corpus once
  const rows = scratchFor(levels);
  let n = 0;
  rows[n++] = rowOf(mix(T.Bias, 0), layout);
  rows[n++] = rowOf(mix(T.W, w), layout);
  rows[n++] = rowOf(mix(T.L, l), layout);
  rows[n++] = rowOf(mix(T.Shape, hashString(wordShape(f))), layout);
  rows[n++] = rowOf(mix(T.SS, ss), layout);
  for (const k of AFFIX) if (lo.length > k) rows[n++] = rowOf(mix(T.Pre + 100 * k, hashRange(lo, 0, k)), layout);
  for (const k of AFFIX)
    if (lo.length > k) rows[n++] = rowOf(mix(T.Suf + 100 * k, hashRange(lo, lo.length - k, lo.length)), layout);
  if (levels && clus[0] === -1) rows[n++] = rowOf(mix(T.NoClus, ss), layout);
  const casing = usualCasing(lo, lex);
  rows[n++] = rowOf(mix(T.Casing, casing, ss), layout);
  for (let k = 0; k < levels; k++) if (clus[k]! >= 0) rows[n++] = rowOf(mix(T.C0 + 100 * k, clus[k]!), layout);
  const own = weighted(rows, n, cache.words);
  const letter = hasLetter(word);
  const c0 = f.charCodeAt(0);
  const tagAt = storeTags(cache);
  const store = cache.tagStore;
  for (let k = 0; k < 18; k++) store[tagAt + k] = rowOf(k < 9 ? mix(D.PrevL, k, l) : mix(D.PrevS, k - 9, ss), layout);
  // a view of the store as it is now: a later growth copies the values and leaves this array as it was
  const tagRows = store.subarray(tagAt, tagAt + 18);
  const nb = neighbourFeatures(w, l, clus, layout, cache.words);
  const info: WordInfo = {
    form: f,
    lower: lo,
    w,
    l,
    ss,
    clus,
    letter,
    casing,
    opener: OPENERS.has(word),
    upper: letter && isAllCaps(word),
    upperStart: isCapitalised(f) || (c0 >= 48 && c0 <= 57),
    name: isCapitalised(f) && hasLetter(f),
    own,
    gaz: lex.gazetteer.get(lo),
    asPrev: nb.asPrev,
    asNext: nb.asNext,
    asPrev2: nb.asPrev2,
    asNext2: nb.asNext2,
    tagRows,
    tagAt,
    sid: shapeId(ss, cache),
    sums: null,
  };
  if (shared) info.sums = shared.publish(word, caps, info);
  return remember(map, word, info);
}

function remember(map: Map<string, WordInfo>, word: string, info: WordInfo): WordInfo {
  if (map.size >= CACHE_LIMIT) map.clear();
  map.set(word, info);
  return info;
}

/** A word another thread computed: its numbers from shared memory, its strings and shape id this thread's own. */
function fromShared(
  shared: SharedWordTable,
  at: number,
  word: string,
  caps: boolean,
  lex: NerLexicon,
  cache: WordCache,
): WordInfo {
  const f = featureForm(word, caps, lex);
  const lo = f.toLowerCase();
  // the shared entry's tag offsets are copied into this thread's store, where the decoder reads them
  const tagAt = storeTags(cache);
  const x = shared.info(at, f, lo, lex.gazetteer.get(lo), shapeId(shared.shortShapeHash(at), cache), tagAt);
  for (let k = 0, store = cache.tagStore; k < 18; k++) store[tagAt + k] = x.tagRows[k]!;
  return x;
}

/** Room for one word's 18 tag offsets at the end of cache.tagStore (which may be a new array after this call). */
function storeTags(cache: WordCache): number {
  const at = cache.tagCount;
  if (at + 18 > cache.tagStore.length) {
    const bigger = new Int32Array(2 * cache.tagStore.length);
    bigger.set(cache.tagStore);
    cache.tagStore = bigger;
  }
  cache.tagCount = at + 18;
  return at;
}

const NO_VALUE = 0x5f3759df;

function shapeId(ss: number, cache: WordCache): number {
  let id = cache.shapeIds.get(ss);
  if (id === undefined) cache.shapeIds.set(ss, (id = cache.shapeIds.size + 1));
  return id;
}

/** Scratch rows for one new word at a time: 18 fixed slots at most, plus two per cluster level. */
let scratch = new Int32Array(64);
function scratchFor(levels: number): Int32Array {
  if (scratch.length < 18 + 2 * levels) scratch = new Int32Array(18 + 2 * levels);
  return scratch;
}

/** The first n rows that carry a weight (>= 0), in order, as their own array. */
function weighted(rows: Int32Array, n: number, words: Int32Arena): Int32Array {
  let kept = 0;
  for (let i = 0; i < n; i++) if (rows[i]! >= 0) kept++;
  const out = words.alloc(kept);
  for (let i = 0, j = 0; i < n; i++) if (rows[i]! >= 0) out[j++] = rows[i]!;
  return out;
}

/** Features a word contributes to its neighbours depend on the word alone, so they are computed once per word. */
function neighbourFeatures(
  w: number,
  l: number,
  clus: Int32Array,
  layout: RowLayout,
  words: Int32Arena,
): Pick<WordInfo, "asPrev" | "asNext" | "asPrev2" | "asNext2"> {
  const rows = scratchFor(clus.length);
  const side = (tl: number, tw: number, tc: number): Int32Array => {
    let n = 0;
    rows[n++] = rowOf(mix(tl, l), layout);
    rows[n++] = rowOf(mix(tw, w), layout);
    for (let k = 0; k < clus.length; k++) rows[n++] = rowOf(mix(tc + 100 * k, clus[k]!), layout);
    return weighted(rows, n, words);
  };
  const one = (t: number): Int32Array => {
    rows[0] = rowOf(mix(t, l), layout);
    return weighted(rows, 1, words);
  };
  return {
    asPrev: side(T.Lm1, T.Wm1, T.Cm1),
    asNext: side(T.Lp1, T.Wp1, T.Cp1),
    asPrev2: one(T.Lm2),
    asNext2: one(T.Lp2),
  };
}

/** The sentence boundary as a neighbour: the same templates with the "no word" values. */
export function boundaryInfo(lex: NerLexicon, layout: RowLayout, cache: WordCache): WordInfo {
  if (cache.boundary) return cache.boundary;
  const info = { ...wordInfo("\u0000", false, lex, layout, newWordCache()) };
  Object.assign(
    info,
    neighbourFeatures(NO_VALUE, NO_VALUE, new Int32Array(lex.clusterLevels.length).fill(-2), layout, cache.words),
  );
  cache.boundary = info;
  return info;
}

function usualCasing(lo: string, lex: NerLexicon): number {
  const tc = lex.truecase.get(lo);
  if (tc === undefined) return lex.clusterIndex.has(lo) ? 1 : 0;
  if (isAllCaps(tc)) return 3;
  return isCapitalised(tc) ? 2 : 4;
}
