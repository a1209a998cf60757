// The tagger's per-word values (hashed word, cue code, shape, suffixes, pronoun, clusters, lemma), once per distinct word.
import { hashString as hashStringImport } from "../../ner/hash.ts";
import { allUpper, startsLower, startsUpper } from "../../util/letters.ts";
import type { Ctx } from "../context.ts";
import { CUES } from "../lexicon.ts";
import { PRONOUNS } from "../lexicon-pronouns.ts";
import { CLUSTER_LEVELS, clusterIds, crudeLemma, type WordClusters } from "./word-classes.ts";

// tsx and vitest compile imports into getter calls; the per-token loop uses a local copy
const hashString = hashStringImport;

// compiled once: a regex literal in a function is a new RegExp object on every call
const STARTS_NUMBER = /^\p{N}/u;
const ALL_QUOTES = /^["“”'‘’]+$/;
const CLAUSE_PUNCT = /^[,;:]$/;
const END_PUNCT = /^[.!?…]+$/;
const DASH = /^(?:—|–|--|-)$/;

function shape(s: string): number {
  if (allUpper(s)) return 1;
  if (startsUpper(s)) return 2;
  if (startsLower(s)) return 3;
  if (STARTS_NUMBER.test(s)) return 4;
  if (ALL_QUOTES.test(s)) return 5;
  if (CLAUSE_PUNCT.test(s)) return 6;
  if (END_PUNCT.test(s)) return 7;
  if (DASH.test(s)) return 8;
  return 9;
}

/** A cue-lexicon code for a word: 0 none, else a hash of the base verb and its kind. */
function cueCode(lower: string): number {
  const info = CUES.get(lower);
  return info ? hashString(`${info.kind}|${info.weak ? "w" : "s"}`) : 0;
}

/** Each wanted token's word values; a token not wanted keeps zeros. */
export interface WordValues {
  lw: Uint32Array;
  cue: Uint32Array;
  shp: Uint8Array;
  suf2: Uint32Array;
  suf3: Uint32Array;
  pron: Uint8Array;
  /** cluster ids + 1 (0: no cluster) at the three levels */
  c0: Int32Array;
  c1: Int32Array;
  c2: Int32Array;
  /** the crude lemma's hash */
  lem: Uint32Array;
}

export function wordValues(ctx: Ctx, wanted: Uint8Array, clusters: WordClusters | null): WordValues {
  const toks = ctx.tokens;
  const n = toks.length;
  const lw = new Uint32Array(n);
  const cue = new Uint32Array(n);
  const shp = new Uint8Array(n);
  const suf2 = new Uint32Array(n);
  const suf3 = new Uint32Array(n);
  const pron = new Uint8Array(n);
  // cluster ids + 1 (0: no cluster) at the three levels, and the crude lemma's hash
  const c0 = new Int32Array(n);
  const c1 = new Int32Array(n);
  const c2 = new Int32Array(n);
  const lem = new Uint32Array(n);
  const ids = new Int32Array(CLUSTER_LEVELS);
  // a word's own values, computed once per distinct word of the document (a speed-up only)
  const memo = new Map<string, number>();
  for (let t = 0; t < n; t++) {
    if (!wanted[t]) continue;
    const word = toks[t]!.text;
    const m = memo.get(word);
    if (m === undefined) {
      memo.set(word, t);
      const l = ctx.keys[t]!;
      lw[t] = hashString(l);
      cue[t] = cueCode(l);
      shp[t] = shape(word);
      suf2[t] = hashString(l.slice(-2));
      suf3[t] = hashString(l.slice(-3));
      pron[t] = PRONOUNS.has(l) ? 1 : 0;
      clusterIds(word, l, clusters, ids);
      c0[t] = ids[0]! + 1;
      c1[t] = ids[1]! + 1;
      c2[t] = ids[2]! + 1;
      lem[t] = hashString(crudeLemma(l));
    } else {
      lw[t] = lw[m]!;
      cue[t] = cue[m]!;
      shp[t] = shp[m]!;
      suf2[t] = suf2[m]!;
      suf3[t] = suf3[m]!;
      pron[t] = pron[m]!;
      c0[t] = c0[m]!;
      c1[t] = c1[m]!;
      c2[t] = c2[m]!;
      lem[t] = lem[m]!;
    }
  }
  return { lw, cue, shp, suf2, suf3, pron, c0, c1, c2, lem };
}
