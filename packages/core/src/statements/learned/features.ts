// Static features of the attribution tagger: words, shapes, quote state, entity mentions and what the rules found around a token.
import { hashString as hashStringImport, mixBits } from "../../ner/hash.ts";
import type { Ctx } from "../context.ts";
import type { WordClusters } from "./word-classes.ts";
import { wordValues } from "./word-values.ts";
import { objectArray } from "../../util/arrays.ts";

// tsx and vitest compile imports into getter calls; the per-token loop uses local copies. Every mix goes into a
// Uint32Array, so the signed variant stores the same bits and never boxes its result
const hashString = hashStringImport;
const mix = mixBits;

/** Bump when a template changes: a model trained on other features must not be read. */
export const ATTR_FEATURE_VERSION = 3;

/**
 * The templates of a token's features in the order they are written (decoding reads the word's own, `W`, at 1), each
 * with the id it is hashed with. The ids are the templates' places in the first list of version 3, so they are not in
 * order here: changing one invalidates trained models (bump ATTR_FEATURE_VERSION).
 */
const TEMPLATE_IDS = {
  Bias: 1001,
  W: 1002,
  Wm1: 1003,
  Wp1: 1004,
  Wm2: 1005,
  Wp2: 1006,
  Bi: 1007,
  BiR: 1008,
  Tri: 1036,
  Suf2: 1009,
  Suf3: 1010,
  Shape: 1011,
  Quote: 1012,
  QuoteM1: 1013,
  QuoteP1: 1014,
  Rule: 1015,
  RuleBI: 1038,
  RuleM1: 1016,
  RuleP1: 1017,
  RuleM2: 1018,
  RuleP2: 1019,
  RuleW: 1020,
  WRuleM1: 1034,
  Ment: 1021,
  MentM1: 1022,
  MentP1: 1023,
  MentW: 1024,
  Cue: 1025,
  CueM1: 1026,
  CueP1: 1027,
  CueThat: 1028,
  CueMent: 1037,
  First: 1029,
  Pos: 1030,
  SentRule: 1031,
  SentQuote: 1032,
  Pron: 1033,
  Para0: 1035,
  Ahead: 1039,
  AheadW: 1040,
  AheadC: 1041,
  C0: 1042,
  C1: 1043,
  C2: 1044,
  C1M1: 1045,
  C1P1: 1046,
  C2M1: 1047,
  C2P1: 1048,
  C1Rule: 1049,
  C2Rule: 1050,
  C1Quote: 1051,
  C2Ment: 1052,
  C2That: 1053,
  Lem: 1054,
  LemP1: 1055,
  LemRule: 1056,
} as const;
/** the template ids in writing order: `va[k]`, `vb[k]` below hold template k's values */
const TEMPLATES = Uint32Array.from(Object.values(TEMPLATE_IDS));
/** features per token */
const PER_TOKEN = TEMPLATES.length;

/** Distance buckets to the next rule cue or content: 1 next word, 2 within 3, 3 within 7, 4 farther. */
const aheadBucket = (d: number) => (d <= 1 ? 1 : d <= 3 ? 2 : d <= 7 ? 3 : 4);

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
  const n = ctx.tokens.length;
  // only the tokens of the sentences asked for (features never look across a sentence's ends): the tagger skips most
  const wanted = new Uint8Array(n);
  for (const s of sentences) wanted.fill(1, s.firstToken, s.lastToken + 1);
  const { lw, cue, shp, suf2, suf3, pron, c0, c1, c2, lem } = wordValues(ctx, wanted, clusters);
  const qs = new Uint8Array(n);
  for (let t = 0; t < n; t++) {
    if (!wanted[t]) continue;
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
  // a token's template values (two per template, the second 0 when it has one): one loop then hashes them all, where
  // 56 calls written out left most of them beyond V8's inlining budget, each then a call
  const va = new Int32Array(PER_TOKEN);
  const vb = new Int32Array(PER_TOKEN);
  const aheadC = new Uint8Array(longest);
  let featsAt = 0;
  let offAt = 0;
  const out: SentenceFeats[] = objectArray();
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
      va[0] = 0; // Bias
      va[1] = w; // W
      va[2] = wm1; // Wm1
      va[3] = wp1; // Wp1
      va[4] = m2 ? lw[t - 2]! : 1; // Wm2
      va[5] = p2 ? lw[t + 2]! : 2; // Wp2
      va[6] = wm1; // Bi
      vb[6] = w;
      va[7] = w; // BiR
      vb[7] = wp1;
      va[8] = wm1; // Tri
      vb[8] = mix(w, wp1);
      va[9] = suf2[t]!; // Suf2
      va[10] = suf3[t]!; // Suf3
      va[11] = shp[t]!; // Shape
      vb[11] = m1 ? shp[t - 1]! : 0;
      va[12] = qs[t]!; // Quote
      va[13] = m1 ? qs[t - 1]! : 9; // QuoteM1
      va[14] = p1 ? qs[t + 1]! : 9; // QuoteP1
      va[15] = r; // Rule
      va[16] = r; // RuleBI
      vb[16] = rBegin;
      va[17] = rm1; // RuleM1
      va[18] = p1 ? rules[t + 1]! : 9; // RuleP1
      va[19] = m2 ? rules[t - 2]! : 9; // RuleM2
      va[20] = p2 ? rules[t + 2]! : 9; // RuleP2
      va[21] = r; // RuleW
      vb[21] = w;
      va[22] = w; // WRuleM1
      vb[22] = rm1;
      va[23] = ments[t]!; // Ment
      va[24] = mm1; // MentM1
      va[25] = p1 ? ments[t + 1]! : 9; // MentP1
      va[26] = w; // MentW
      vb[26] = mm1;
      va[27] = cue[t]!; // Cue
      va[28] = m1 ? cue[t - 1]! : 0; // CueM1
      va[29] = p1 ? cue[t + 1]! : 0; // CueP1
      va[30] = w; // CueThat
      vb[30] = w === THAT ? 1 : (p1 ? lw[t + 1]! : 0) === THAT ? 2 : 0;
      va[31] = cue[t]!; // CueMent
      vb[31] = mm1;
      va[32] = t === a ? 1 : 0; // First
      vb[32] = t === b ? 1 : 0;
      va[33] = Math.min(t - a, 6); // Pos
      va[34] = sentRule; // SentRule
      vb[34] = r;
      va[35] = sentQuote; // SentQuote
      vb[35] = qs[t]!;
      va[36] = pron[t]!; // Pron
      vb[36] = shp[t]!;
      va[37] = s.paragraph === 0 ? 1 : 0; // Para0
      va[38] = ahead[t - a]!; // Ahead
      vb[38] = r;
      va[39] = w; // AheadW
      vb[39] = ahead[t - a]! > 0 ? 1 : 0;
      va[40] = aheadC[t - a]!; // AheadC
      vb[40] = r;
      // word classes: a word unseen in training shares its cluster's and its lemma's weights with the words it was
      const k2 = c2[t]!;
      va[41] = c0[t]!; // C0
      va[42] = c1[t]!; // C1
      va[43] = k2; // C2
      va[44] = m1 ? c1[t - 1]! : -1; // C1M1
      va[45] = p1 ? c1[t + 1]! : -1; // C1P1
      va[46] = m1 ? c2[t - 1]! : -1; // C2M1
      va[47] = p1 ? c2[t + 1]! : -1; // C2P1
      va[48] = c1[t]!; // C1Rule
      vb[48] = r;
      va[49] = k2; // C2Rule
      vb[49] = r;
      va[50] = c1[t]!; // C1Quote
      vb[50] = qs[t]!;
      va[51] = k2; // C2Ment
      vb[51] = mm1;
      va[52] = k2; // C2That
      vb[52] = w === THAT ? 1 : (p1 ? lw[t + 1]! : 0) === THAT ? 2 : 0;
      va[53] = lem[t]!; // Lem
      va[54] = lem[t]!; // LemP1
      vb[54] = wp1;
      va[55] = lem[t]!; // LemRule
      vb[55] = r;
      for (let k = 0; k < PER_TOKEN; k++) feats[j + k] = mix(TEMPLATES[k]!, va[k]!, vb[k]);
      j += PER_TOKEN;
    }
    off[b - a + 1] = j;
    out.push({ first: a, last: b, feats, off });
  }
  return out;
}

const THAT = hashString("that");
