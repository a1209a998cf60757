// A second tagging pass over our own contents: a frame nested inside one becomes a statement of its own, the outer content staying whole.
import type { Mention, Segmentation } from "../../schema/stages.ts";
import { wordRegex } from "../../util/word-regex.ts";
import { PRONOUNS } from "../lexicon-pronouns.ts";
import { clauseStart, type Ctx } from "../context.ts";
import { candidate, recandidate, type Candidate } from "../candidate.ts";
import { contentEnd } from "./content-end.ts";
import { taggedCueSubject } from "../main-subject.ts";
import { firstTokenEndingAfter } from "../../text/token-search.ts";
import { groupSentence } from "./group.ts";
import { innerFeatures, type InnerRun } from "./inner.ts";
import { decodeOnce, decodeSentence, type Weights } from "./perceptron.ts";
import { documentFeatures } from "./features.ts";
import { mentionKinds, ruleLabels } from "./token-labels.ts";
import type { WordClusters } from "./word-classes.ts";

/** The inner pass's weights and where it runs. */
export interface InnerModel extends Weights {
  /** contents of fewer tokens are not read (the gate that keeps its cost small) */
  minTokens: number;
  /** a tagged cue whose margin (trained units) is below this is dropped */
  minMargin: number;
  /** false: the attribution tagger's own weights, read over the run as over a sentence (no inner features) */
  innerFeatures: boolean;
  /**
   * what becomes of the outer content: "cut" ends it before the inner frame (PolNeAR never nests a frame in another's
   * content; a host left shorter than MIN_HOST_CHARS keeps the frame out), "drop" as cut but a short host goes instead,
   * "keep" leaves it whole, "replace" drops a host the tagger made (rule `…model…`) and leaves the rules' alone
   */
  host: "cut" | "drop" | "keep" | "replace";
}

/** The host clause's part left before the inner frame must still be a clause (as split.ts). */
const MIN_HOST_CHARS = 12;

const HAS_WORD = /[\p{L}\p{N}]/u;
const SUBJECT_PRONOUN = wordRegex([...PRONOUNS.keys(), "who"]);

/** `cands` with the frames the inner pass finds inside their contents added (rule `<kind>:inner-model`). */
export function withInner(
  M: InnerModel,
  ctx: Ctx,
  cands: readonly Candidate[],
  mentions: readonly Mention[],
  clusters: WordClusters | null,
  seg: Segmentation,
): Candidate[] {
  const paragraphOf = (t: number) => seg.sentences.find((x) => x.firstToken <= t && x.lastToken >= t)?.paragraph ?? 1;
  const { tokens, text } = ctx;
  const runs: InnerRun[] = [];
  const hostOf: number[] = [];
  for (const [ci, c] of cands.entries()) {
    if (c.kind === "direct") continue;
    const a = firstTokenEndingAfter(tokens, c.start);
    let b = a - 1;
    while (b + 1 < tokens.length && tokens[b + 1]!.start < c.end) b++;
    if (b - a + 1 < M.minTokens) continue;
    runs.push({ firstToken: a, lastToken: b, paragraph: paragraphOf(a), cue: c.cue });
    hostOf.push(ci);
  }
  if (!runs.length) return [...cands];
  // tokens a statement already uses as its cue or source: a frame there is already ours
  const framed = new Uint8Array(tokens.length);
  for (const c of cands) {
    if (c.cue) framed.fill(1, c.cue[0], c.cue[1] + 1);
    if (c.source) framed.fill(1, c.source.first, c.source.last + 1);
  }
  const labels = ruleLabels(ctx, cands);
  const ments = mentionKinds(ctx, mentions);
  const feats = M.innerFeatures
    ? innerFeatures(ctx, runs, labels, ments, clusters)
    : documentFeatures(ctx, runs, labels, ments, clusters);
  const out: (Candidate | null)[] = [...cands];
  for (const [r, sf] of feats.entries()) {
    const hi = hostOf[r]!;
    const margins = new Float64Array(sf.last - sf.first + 1);
    for (const a of groupSentence((M.innerFeatures ? decodeOnce : decodeSentence)(M, sf, margins), sf.first, margins)) {
      if (a.margin / (M.stack ?? M).scale < M.minMargin || framed[a.cue[0]] || framed[a.cue[1]]) continue;
      const host = out[hi];
      if (!host || a.content[0] <= a.cue[1]) continue;
      const source = a.source
        ? {
            first: a.source[0],
            last: a.source[1],
            pronoun: a.source[0] === a.source[1] && SUBJECT_PRONOUN.test(tokens[a.source[0]]!.text.toLowerCase()),
          }
        : taggedCueSubject(ctx, a.cue[0], Math.max(sf.first, clauseStart(ctx, a.cue[0])));
      // the host ends before the inner frame's source when that lies inside it
      const first = source && source.first > sf.first ? Math.min(source.first, a.cue[0]) : a.cue[0];
      let hostEnd = tokens[first]!.start;
      while (hostEnd > host.start && /[\s,;:—–-]/.test(text[hostEnd - 1]!)) hostEnd--;
      const short = hostEnd - host.start < MIN_HOST_CHARS;
      if (short && M.host === "cut") continue;
      if (M.host === "replace" && !host.rule.includes("model")) continue;
      const last = contentEnd(ctx, a.content[1], (t) => tokens[t]!.end > host.end);
      let s = tokens[a.content[0]]!.start;
      let e = Math.min(tokens[last]!.end, host.end);
      while (s < e && /[\s,;:—–-]/.test(text[s]!)) s++;
      while (e > s && /[\s,;:—–.-]/.test(text[e - 1]!)) e--;
      if (e - s < 2 || !HAS_WORD.test(text.slice(s, e))) continue;
      const kind: Candidate["kind"] = ctx.quotes.some((q) => q.open < e && q.close > s) ? "mixed" : "indirect";
      if (M.host === "replace") out[hi] = null;
      else if (M.host !== "keep")
        out[hi] = short ? null : recandidate(host, { end: hostEnd, claim: [host.start, hostEnd] });
      out.push(
        candidate({
          kind,
          start: s,
          end: e,
          cue: a.cue,
          source,
          rule: `${kind}:inner-model`,
          inherit: false,
          mediumFrom: null,
          priority: 3,
        }),
      );
      framed.fill(1, a.cue[0], a.cue[1] + 1);
    }
  }
  return out.filter((c): c is Candidate => c !== null);
}
