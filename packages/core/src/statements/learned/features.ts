// Static features of the attribution tagger: words, shapes, quote state, entity mentions and what the rules found around a token.
import { hashString as hashStringImport, mixBits } from "../../ner/hash.ts";
import type { Ctx } from "../context.ts";
import { CUES } from "../lexicon.ts";
import { PRONOUNS } from "../lexicon-pronouns.ts";
import { allUpper, startsLower, startsUpper } from "../../util/letters.ts";
import { CLUSTER_LEVELS, clusterIds, crudeLemma, type WordClusters } from "./word-classes.ts";

// tsx and vitest compile imports into getter calls; the per-token loop uses local copies. Every mix goes into a
// Uint32Array, so the signed variant stores the same bits and never boxes its result
const hashString = hashStringImport;
const mix = mixBits;

/** Bump when a template changes: a model trained on other features must not be read. */
export const ATTR_FEATURE_VERSION = 3;

/** Template ids, hashed with the values (changing one invalidates trained models). */
const NAMES = [
  "Bias",
  "W",
  "Wm1",
  "Wp1",
  "Wm2",
  "Wp2",
  "Bi",
  "BiR",
  "Suf2",
  "Suf3",
  "Shape",
  "Quote",
  "QuoteM1",
  "QuoteP1",
  "Rule",
  "RuleM1",
  "RuleP1",
  "RuleM2",
  "RuleP2",
  "RuleW",
  "Ment",
  "MentM1",
  "MentP1",
  "MentW",
  "Cue",
  "CueM1",
  "CueP1",
  "CueThat",
  "First",
  "Pos",
  "SentRule",
  "SentQuote",
  "Pron",
  "WRuleM1",
  "Para0",
  "Tri",
  "CueMent",
  "RuleBI",
  "Ahead",
  "AheadW",
  "AheadC",
  "C0",
  "C1",
  "C2",
  "C1M1",
  "C1P1",
  "C2M1",
  "C2P1",
  "C1Rule",
  "C2Rule",
  "C1Quote",
  "C2Ment",
  "C2That",
  "Lem",
  "LemP1",
  "LemRule",
] as const;
const F = Object.fromEntries(NAMES.map((n, i) => [n, 1001 + i])) as Record<(typeof NAMES)[number], number>;

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

/** Distance buckets to the next rule cue or content: 1 next word, 2 within 3, 3 within 7, 4 farther. */
const aheadBucket = (d: number) => (d <= 1 ? 1 : d <= 3 ? 2 : d <= 7 ? 3 : 4);

/** A cue-lexicon code for a word: 0 none, else a hash of the base verb and its kind. */
function cueCode(lower: string): number {
  const info = CUES.get(lower);
  return info ? hashString(`${info.kind}|${info.weak ? "w" : "s"}`) : 0;
}

export interface SentenceFeats {
  /** first and last token of the sentence in the document */
  first: number;
  last: number;
  /** hashed features; token i (relative) uses feats[off[i] .. off[i + 1]) */
  feats: Uint32Array;
  off: Uint32Array;
}

/** Per sentence, per token hashed features (tag-independent). */
export function documentFeatures(
  ctx: Ctx,
  sentences: readonly { firstToken: number; lastToken: number; paragraph: number }[],
  rules: Uint8Array,
  ments: Uint8Array,
  clusters: WordClusters | null,
): SentenceFeats[] {
  const toks = ctx.tokens;
  const n = toks.length;
  const lw = new Uint32Array(n);
  const cue = new Uint32Array(n);
  const shp = new Uint8Array(n);
  const qs = new Uint8Array(n);
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
  // only the tokens of the sentences asked for (features never look across a sentence's ends): the tagger skips most
  const wanted = new Uint8Array(n);
  for (const s of sentences) wanted.fill(1, s.firstToken, s.lastToken + 1);
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
    const q = ctx.qidx[t]!;
    // 0 outside, 1 the opening mark, 2 inside, 3 the closing mark
    qs[t] = q < 0 ? 0 : ctx.qOpenTok[q] === t ? 1 : ctx.qCloseTok[q] === t ? 3 : 2;
  }
  // every sentence's features and offsets are views into one buffer per document, and the look-ahead buckets share
  // one scratch row: a typed array over 64 bytes is a backing store of its own, which the collector frees one by one
  let total = 0;
  let longest = 0;
  for (const s of sentences) {
    total += s.lastToken - s.firstToken + 1;
    longest = Math.max(longest, s.lastToken - s.firstToken + 1);
  }
  const allFeats = new Uint32Array(total * PER_TOKEN);
  const allOff = new Uint32Array(total + sentences.length);
  const ahead = new Uint8Array(longest);
  const aheadC = new Uint8Array(longest);
  let featsAt = 0;
  let offAt = 0;
  const out: SentenceFeats[] = [];
  for (const s of sentences) {
    const a = s.firstToken;
    const b = s.lastToken;
    let sentRule = 0;
    let sentQuote = 0;
    for (let t = a; t <= b; t++) {
      if (rules[t] === 1) sentRule = 1;
      if (qs[t]) sentQuote = 1;
    }
    // how far the next cue the rules found lies to the right (`ahead`): an outer frame stands before an inner
    // attribution ("glosses over the fact that Vale said …"), and PolNeAR marks the outer one; …and how far the next
    // content the rules found opens (`aheadC`: "the fact that <the rules' clause>"). Every slot a..b is written below.
    for (let t = b, next = -1, nextC = -1; t >= a; t--) {
      ahead[t - a] = next < 0 ? 0 : aheadBucket(next - t);
      aheadC[t - a] = nextC < 0 ? 0 : aheadBucket(nextC - t);
      if (rules[t] === 1) next = t;
      if (rules[t]! >= 3 && (t === a || rules[t - 1] !== rules[t])) nextC = t;
    }
    const feats = allFeats.subarray(featsAt, (featsAt += (b - a + 1) * PER_TOKEN));
    const off = allOff.subarray(offAt, (offAt += b - a + 2));
    let j = 0;
    for (let t = a; t <= b; t++) {
      off[t - a] = j;
      const w = lw[t]!;
      const m1 = t > a;
      const m2 = t - 1 > a;
      const p1 = t < b;
      const p2 = t + 1 < b;
      const wm1 = m1 ? lw[t - 1]! : 1;
      const wp1 = p1 ? lw[t + 1]! : 2;
      const r = rules[t]!;
      const rm1 = m1 ? rules[t - 1]! : 9;
      const mm1 = m1 ? ments[t - 1]! : 9;
      // a rule label's begin/inside position: where a rule span starts tells the tagger where a B tag goes
      const rBegin = r && (m1 ? rules[t - 1]! : 0) !== r ? 1 : 0;
      feats[j++] = mix(F.Bias, 0);
      feats[j++] = mix(F.W, w);
      feats[j++] = mix(F.Wm1, wm1);
      feats[j++] = mix(F.Wp1, wp1);
      feats[j++] = mix(F.Wm2, m2 ? lw[t - 2]! : 1);
      feats[j++] = mix(F.Wp2, p2 ? lw[t + 2]! : 2);
      feats[j++] = mix(F.Bi, wm1, w);
      feats[j++] = mix(F.BiR, w, wp1);
      feats[j++] = mix(F.Tri, wm1, mix(w, wp1));
      feats[j++] = mix(F.Suf2, suf2[t]!);
      feats[j++] = mix(F.Suf3, suf3[t]!);
      feats[j++] = mix(F.Shape, shp[t]!, m1 ? shp[t - 1]! : 0);
      feats[j++] = mix(F.Quote, qs[t]!);
      feats[j++] = mix(F.QuoteM1, m1 ? qs[t - 1]! : 9);
      feats[j++] = mix(F.QuoteP1, p1 ? qs[t + 1]! : 9);
      feats[j++] = mix(F.Rule, r);
      feats[j++] = mix(F.RuleBI, r, rBegin);
      feats[j++] = mix(F.RuleM1, rm1);
      feats[j++] = mix(F.RuleP1, p1 ? rules[t + 1]! : 9);
      feats[j++] = mix(F.RuleM2, m2 ? rules[t - 2]! : 9);
      feats[j++] = mix(F.RuleP2, p2 ? rules[t + 2]! : 9);
      feats[j++] = mix(F.RuleW, r, w);
      feats[j++] = mix(F.WRuleM1, w, rm1);
      feats[j++] = mix(F.Ment, ments[t]!);
      feats[j++] = mix(F.MentM1, mm1);
      feats[j++] = mix(F.MentP1, p1 ? ments[t + 1]! : 9);
      feats[j++] = mix(F.MentW, w, mm1);
      feats[j++] = mix(F.Cue, cue[t]!);
      feats[j++] = mix(F.CueM1, m1 ? cue[t - 1]! : 0);
      feats[j++] = mix(F.CueP1, p1 ? cue[t + 1]! : 0);
      feats[j++] = mix(F.CueThat, w, w === THAT ? 1 : (p1 ? lw[t + 1]! : 0) === THAT ? 2 : 0);
      feats[j++] = mix(F.CueMent, cue[t]!, mm1);
      feats[j++] = mix(F.First, t === a ? 1 : 0, t === b ? 1 : 0);
      feats[j++] = mix(F.Pos, Math.min(t - a, 6));
      feats[j++] = mix(F.SentRule, sentRule, r);
      feats[j++] = mix(F.SentQuote, sentQuote, qs[t]);
      feats[j++] = mix(F.Pron, pron[t]!, shp[t]);
      feats[j++] = mix(F.Para0, s.paragraph === 0 ? 1 : 0);
      feats[j++] = mix(F.Ahead, ahead[t - a]!, r);
      feats[j++] = mix(F.AheadW, w, ahead[t - a]! > 0 ? 1 : 0);
      feats[j++] = mix(F.AheadC, aheadC[t - a]!, r);
      // word classes: a word unseen in training shares its cluster's and its lemma's weights with the words it was
      const k2 = c2[t]!;
      feats[j++] = mix(F.C0, c0[t]!);
      feats[j++] = mix(F.C1, c1[t]!);
      feats[j++] = mix(F.C2, k2);
      feats[j++] = mix(F.C1M1, m1 ? c1[t - 1]! : -1);
      feats[j++] = mix(F.C1P1, p1 ? c1[t + 1]! : -1);
      feats[j++] = mix(F.C2M1, m1 ? c2[t - 1]! : -1);
      feats[j++] = mix(F.C2P1, p1 ? c2[t + 1]! : -1);
      feats[j++] = mix(F.C1Rule, c1[t]!, r);
      feats[j++] = mix(F.C2Rule, k2, r);
      feats[j++] = mix(F.C1Quote, c1[t]!, qs[t]);
      feats[j++] = mix(F.C2Ment, k2, mm1);
      feats[j++] = mix(F.C2That, k2, w === THAT ? 1 : (p1 ? lw[t + 1]! : 0) === THAT ? 2 : 0);
      feats[j++] = mix(F.Lem, lem[t]!);
      feats[j++] = mix(F.LemP1, lem[t]!, wp1);
      feats[j++] = mix(F.LemRule, lem[t]!, r);
    }
    off[b - a + 1] = j;
    out.push({ first: a, last: b, feats, off });
  }
  return out;
}

/** features per token, written in a fixed order (decoding reads the word's own feature at offset 1) */
const PER_TOKEN = 56;
const THAT = hashString("that");
