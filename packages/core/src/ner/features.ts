// Static (tag-independent) features of a sentence, hashed to weight-row offsets once and reused by every pass.
import { hashString, mix } from "./hash.ts";
import type { NerLexicon } from "./lexicon.ts";
import { hasLetter, isAllCaps, isCapitalised, shortShape, titleCase, wordShape } from "./shape.ts";
import { NUM_TAGS } from "./iob.ts";

// Template ids; changing any of them invalidates trained models (bump FEATURE_VERSION).
export const FEATURE_VERSION = 1;
const enum T {
  Bias = 1, W, L, Lm1, Lp1, Lm2, Lp2, Shape, SS, SSm1, SSp1, SS3, Pre, Suf, C0, Cm1, Cp1,
  Gaz, GazM1, GazP1, LL, LR, First, Caps, Len1, Wm1, Wp1, Last, NoClus, SSm2, SSp2,
}
const PREFIXES = [1, 2, 3, 4];
const SUFFIXES = [1, 2, 3, 4];
/** fixed features per token plus room for gazetteer matches */
const MAX_FEATS = 96;
const NO_VALUE = 0x5f3759df;

export interface SentenceFeatures {
  n: number;
  /** weight-row offsets (row × NUM_TAGS); token i uses feats[off[i] .. off[i + 1]) */
  feats: Int32Array;
  off: Int32Array;
  /** hash of each token's lower-case form, for tag-conjoined and document features */
  lower: Int32Array;
  /** hash of each token's short shape, for tag-conjoined features */
  shape: Int32Array;
  /** document key: lower-case hash for tokens that look like names, else 0 */
  docKey: Int32Array;
}

/** Is this a headline-style sentence in capitals? Then words are truecased before feature extraction. */
export function isCapsSentence(words: readonly string[]): boolean {
  let caps = 0;
  for (const w of words) {
    if (!hasLetter(w)) continue;
    if (!isAllCaps(w)) return false;
    if (w.length > 1) caps++;
  }
  return caps > 0;
}

/** The form features see: the word itself, or its usual casing inside an all-caps sentence. */
export function featureForm(word: string, caps: boolean, lex: NerLexicon): string {
  if (!caps || !hasLetter(word)) return word;
  const lower = word.toLowerCase();
  const tc = lex.truecase.get(lower);
  if (tc !== undefined) return tc;
  if (lex.clusterIndex.has(lower)) return lower;
  return word.length <= 2 ? word : titleCase(word);
}

export function extractSentence(words: readonly string[], lex: NerLexicon, rowMask: number): SentenceFeatures {
  const n = words.length;
  const caps = isCapsSentence(words);
  const forms = words.map((w) => featureForm(w, caps, lex));
  const lowers = forms.map((f) => f.toLowerCase());
  const lower = new Int32Array(n);
  const ss = new Int32Array(n);
  const docKey = new Int32Array(n);
  const clus: Int32Array[] = [];
  const levels = lex.clusterLevels.length;
  for (let i = 0; i < n; i++) {
    const f = forms[i]!;
    lower[i] = hashString(lowers[i]!);
    ss[i] = hashString(shortShape(f));
    docKey[i] = isCapitalised(f) && hasLetter(f) ? lower[i]! || 1 : 0;
    const ci = lex.clusterIndex.get(f) ?? lex.clusterIndex.get(lowers[i]!) ?? lex.clusterIndex.get(titleCase(f));
    const c = new Int32Array(levels).fill(-1);
    if (ci !== undefined) for (let k = 0; k < levels; k++) c[k] = lex.clusterLevels[k]![ci]!;
    clus.push(c);
  }
  const gaz = gazetteerMatches(forms, lowers, lex);
  const feats = new Int32Array(n * MAX_FEATS);
  const off = new Int32Array(n + 1);
  let p = 0;
  const add = (h: number) => {
    feats[p++] = (h & rowMask) * NUM_TAGS;
  };
  const at = (arr: Int32Array, i: number, pad: number) => (i < 0 || i >= n ? pad : arr[i]!);
  for (let i = 0; i < n; i++) {
    off[i] = p;
    const f = forms[i]!;
    const lo = lowers[i]!;
    const sh = ss[i]!;
    add(mix(T.Bias, 0));
    add(mix(T.W, hashString(f)));
    add(mix(T.L, lower[i]!));
    add(mix(T.Lm1, at(lower, i - 1, NO_VALUE)));
    add(mix(T.Lp1, at(lower, i + 1, NO_VALUE)));
    add(mix(T.Lm2, at(lower, i - 2, NO_VALUE)));
    add(mix(T.Lp2, at(lower, i + 2, NO_VALUE)));
    add(mix(T.Wm1, i > 0 ? hashString(forms[i - 1]!) : NO_VALUE));
    add(mix(T.Wp1, i + 1 < n ? hashString(forms[i + 1]!) : NO_VALUE));
    add(mix(T.LL, at(lower, i - 1, NO_VALUE), lower[i]!));
    add(mix(T.LR, lower[i]!, at(lower, i + 1, NO_VALUE)));
    add(mix(T.Shape, hashString(wordShape(f))));
    add(mix(T.SS, sh));
    add(mix(T.SSm1, at(ss, i - 1, NO_VALUE), sh));
    add(mix(T.SSp1, sh, at(ss, i + 1, NO_VALUE)));
    add(mix(T.SSm2, at(ss, i - 2, NO_VALUE), sh));
    add(mix(T.SSp2, sh, at(ss, i + 2, NO_VALUE)));
    add(mix(T.SS3, mix(at(ss, i - 1, NO_VALUE), sh), at(ss, i + 1, NO_VALUE)));
    for (const k of PREFIXES) if (lo.length > k) add(mix(T.Pre + 100 * k, hashString(lo.slice(0, k))));
    for (const k of SUFFIXES) if (lo.length > k) add(mix(T.Suf + 100 * k, hashString(lo.slice(-k))));
    const c0 = clus[i]!;
    if (levels && c0[0] === -1) add(mix(T.NoClus, sh));
    for (let k = 0; k < levels; k++) {
      if (c0[k]! >= 0) add(mix(T.C0 + 100 * k, c0[k]!));
      const cm = i > 0 ? clus[i - 1]![k]! : -2;
      const cp = i + 1 < n ? clus[i + 1]![k]! : -2;
      add(mix(T.Cm1 + 100 * k, cm));
      add(mix(T.Cp1 + 100 * k, cp));
    }
    for (const g of gaz.here[i]!) add(mix(T.Gaz, g));
    forBits(i > 0 ? gaz.mask[i - 1]! : 0, (b) => add(mix(T.GazM1, b)));
    forBits(i + 1 < n ? gaz.mask[i + 1]! : 0, (b) => add(mix(T.GazP1, b)));
    if (i === 0) add(mix(T.First, sh));
    if (i === n - 1) add(mix(T.Last, sh));
    if (caps) add(mix(T.Caps, sh));
    if (n === 1) add(mix(T.Len1, sh));
  }
  off[n] = p;
  return { n, feats: feats.subarray(0, p), off, lower, shape: ss, docKey };
}

function forBits(mask: number, fn: (b: number) => void): void {
  for (let b = 0; mask; b++, mask >>>= 1) if (mask & 1) fn(b);
}

/** Longest gazetteer match per type at each start; features carry the type and the position (U/B/I/L). */
function gazetteerMatches(forms: string[], lowers: string[], lex: NerLexicon): { here: number[][]; mask: Int32Array } {
  const n = forms.length;
  const here: number[][] = Array.from({ length: n }, () => []);
  const mask = new Int32Array(n);
  if (lex.gazetteer.size === 0) return { here, mask };
  for (let i = 0; i < n; i++) {
    const list = lex.gazetteer.get(lowers[i]!);
    if (!list) continue;
    let done = 0;
    for (const e of list) {
      const len = e.toks.length;
      if (done & (1 << e.type) || i + len > n) continue;
      let ok = true;
      for (let k = 1; k < len && ok; k++) ok = e.toks[k] === lowers[i + k];
      // names must be capitalised at both ends; titles and dates may be lower case
      if (ok && e.type !== 10 && e.type !== 11) ok = startsUpperOrDigit(forms[i]!) && startsUpperOrDigit(forms[i + len - 1]!);
      if (!ok) continue;
      done |= 1 << e.type;
      for (let k = 0; k < len; k++) {
        const pos = len === 1 ? 0 : k === 0 ? 1 : k === len - 1 ? 3 : 2;
        here[i + k]!.push(e.type * 4 + pos);
        mask[i + k]! |= 1 << e.type;
      }
    }
  }
  return { here, mask };
}

function startsUpperOrDigit(w: string): boolean {
  const c = w.charCodeAt(0);
  return isCapitalised(w) || (c >= 48 && c <= 57);
}
