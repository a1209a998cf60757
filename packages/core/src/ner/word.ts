// Per-word feature information (everything that does not depend on neighbours), memoised per model.
// every mix here goes through rowOf (\`h & mask\`): the signed variant gives the same rows, and arrays of small
// integers keep one elements kind (unsigned hashes above 2^31 made some arrays doubles, and deoptimised their users)
import { hashString, mixBits as mix } from "./hash.ts";
import type { Int32Arena } from "./arena.ts";
import type { BeamBuffers } from "./beam-buffers.ts";
import { rowOf, type RowLayout } from "./rows.ts";
import { D, T } from "./templates.ts";
import type { GazEntry, NerLexicon } from "./lexicon.ts";
import { hasLetter, isAllCaps, isCapitalised, shortShape, titleCase, wordShape } from "./shape.ts";

const AFFIX = [1, 2, 3, 4, 5];
/** tokens after which a capital letter says nothing (sentence openers) */
const OPENERS = new Set(['"', "\u201c", "'", "\u2018", "(", "[", ":", "-", "--", "\u2014", "\u2013", "*"]);

export interface WordInfo {
  /** the form features see (typographic quotes made ASCII; truecased inside all-caps sentences) */
  form: string;
  lower: string;
  w: number;
  l: number;
  ss: number;
  /** has a letter and no lower-case letter (for headline detection; raw word) */
  upper: boolean;
  letter: boolean;
  /** capitalised or a digit at the start (gazetteer boundaries) */
  upperStart: boolean;
  /** capitalised word with a letter: a candidate for document-level consistency */
  name: boolean;
  /** a token after which a capital letter says nothing (quote, bracket, colon, dash) */
  opener: boolean;
  /** usual casing in the unlabelled corpus: 0 unknown, 1 lower, 2 capitalised, 3 capitals, 4 other */
  casing: number;
  clus: Int32Array;
  /** word-only feature weight offsets (see RowLayout), zero-weight features left out */
  own: Int32Array;
  /** gazetteer entries whose first token is this word */
  gaz: GazEntry[] | undefined;
  /** weight offsets of the features this word gives its neighbours: as w-1, w+1, w-2 and w+2 */
  asPrev: Int32Array;
  asNext: Int32Array;
  asPrev2: Int32Array;
  asNext2: Int32Array;
  /** offsets of (previous tag c, word) for c = 0..8, then (previous tag c, shape): -1 when without weight */
  tagRows: Int32Array;
  /** small number of the short shape within this memo (1, 2, …; 0 is the sentence edge), for sums.ts's shape memo */
  sid: number;
  /** the model's weights summed over own, asPrev, asNext, asPrev2 and asNext2 (one row each), filled by sums.ts */
  sums: Int32Array | null;
}

/** A per-model memo; tagging results never depend on it, it only saves work. Words in all-caps sentences apart. */
export interface WordCache {
  plain: Map<string, WordInfo>;
  caps: Map<string, WordInfo>;
  boundary?: WordInfo;
  /** short-shape hash → WordInfo.sid */
  shapeIds: Map<number, number>;
  /** summed rows of the five shape-window features per window of shape ids (sums.ts) */
  shapeSums: Map<number, Int32Array>;
  /** scratch memory for one document at a time (tagger.ts); nothing from it outlives a tagging call */
  arena?: Int32Arena;
  /** the beam decoder's scratch (tagger.ts), one at a time like the arena */
  beam?: BeamBuffers;
}

export function newWordCache(): WordCache {
  return { plain: new Map(), caps: new Map(), shapeIds: new Map(), shapeSums: new Map() };
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
  const map = caps ? cache.caps : cache.plain;
  const hit = map.get(word);
  if (hit) return hit;
  const f = featureForm(word, caps, lex);
  const lo = f.toLowerCase();
  const levels = lex.clusterLevels.length;
  const w = hashString(f);
  const l = hashString(lo);
  const ss = hashString(shortShape(f));
  const clus = new Int32Array(levels).fill(-1);
  const ci = lex.clusterIndex.get(f) ?? lex.clusterIndex.get(lo) ?? lex.clusterIndex.get(titleCase(f));
  if (ci !== undefined) for (let k = 0; k < levels; k++) clus[k] = lex.clusterLevels[k]![ci]!;
  const own: number[] = [
    mix(T.Bias, 0),
    mix(T.W, w),
    mix(T.L, l),
    mix(T.Shape, hashString(wordShape(f))),
    mix(T.SS, ss),
  ];
  for (const k of AFFIX) if (lo.length > k) own.push(mix(T.Pre + 100 * k, hashString(lo.slice(0, k))));
  for (const k of AFFIX) if (lo.length > k) own.push(mix(T.Suf + 100 * k, hashString(lo.slice(-k))));
  if (levels && clus[0] === -1) own.push(mix(T.NoClus, ss));
  const casing = usualCasing(lo, lex);
  own.push(mix(T.Casing, casing, ss));
  for (let k = 0; k < levels; k++) if (clus[k]! >= 0) own.push(mix(T.C0 + 100 * k, clus[k]!));
  const letter = hasLetter(word);
  const c0 = f.charCodeAt(0);
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
    own: Int32Array.from(own.map((h) => rowOf(h, layout)).filter((o) => o >= 0)),
    gaz: lex.gazetteer.get(lo),
    ...neighbourFeatures(w, l, clus, layout),
    tagRows: Int32Array.from({ length: 18 }, (_, k) =>
      rowOf(k < 9 ? mix(D.PrevL, k, l) : mix(D.PrevS, k - 9, ss), layout),
    ),
    sid: shapeId(ss, cache),
    sums: null,
  };
  if (map.size >= CACHE_LIMIT) map.clear();
  map.set(word, info);
  return info;
}

const NO_VALUE = 0x5f3759df;

function shapeId(ss: number, cache: WordCache): number {
  let id = cache.shapeIds.get(ss);
  if (id === undefined) cache.shapeIds.set(ss, (id = cache.shapeIds.size + 1));
  return id;
}

/** Features a word contributes to its neighbours depend on the word alone, so they are computed once per word. */
function neighbourFeatures(
  w: number,
  l: number,
  clus: Int32Array,
  layout: RowLayout,
): Pick<WordInfo, "asPrev" | "asNext" | "asPrev2" | "asNext2"> {
  const offsets = (hs: number[]) => Int32Array.from(hs.map((h) => rowOf(h, layout)).filter((o) => o >= 0));
  const cl = Array.from(clus);
  return {
    asPrev: offsets([mix(T.Lm1, l), mix(T.Wm1, w), ...cl.map((c, k) => mix(T.Cm1 + 100 * k, c))]),
    asNext: offsets([mix(T.Lp1, l), mix(T.Wp1, w), ...cl.map((c, k) => mix(T.Cp1 + 100 * k, c))]),
    asPrev2: offsets([mix(T.Lm2, l)]),
    asNext2: offsets([mix(T.Lp2, l)]),
  };
}

/** The sentence boundary as a neighbour: the same templates with the "no word" values. */
export function boundaryInfo(lex: NerLexicon, layout: RowLayout, cache: WordCache): WordInfo {
  if (cache.boundary) return cache.boundary;
  const info = { ...wordInfo("\u0000", false, lex, layout, newWordCache()) };
  Object.assign(info, neighbourFeatures(NO_VALUE, NO_VALUE, new Int32Array(lex.clusterLevels.length).fill(-2), layout));
  cache.boundary = info;
  return info;
}

function usualCasing(lo: string, lex: NerLexicon): number {
  const tc = lex.truecase.get(lo);
  if (tc === undefined) return lex.clusterIndex.has(lo) ? 1 : 0;
  if (isAllCaps(tc)) return 3;
  return isCapitalised(tc) ? 2 : 4;
}
