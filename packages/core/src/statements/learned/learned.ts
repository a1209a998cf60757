// The learned tagger joined to the rules: it adds attributions whose cue and content the rules left free (the open class of cues).
import type { Mention, Segmentation } from "../../pipeline/types.ts";
import type { Ctx } from "../context.ts";
import type { Candidate } from "../clause.ts";
import { SpanSet } from "../spans.ts";
import { documentFeatures, mentionKinds, ruleLabels } from "./features.ts";
import { groupSentence, type TaggedAttribution } from "./group.ts";
import { decodeSentence, type Weights } from "./perceptron.ts";

export const MODEL_RULE = "model:perceptron";
const MIN_CONTENT_CHARS = 12;

/** Every attribution the tagger finds in the document, rules' output given as features. */
export function tagAttributions(W: Weights, ctx: Ctx, seg: Segmentation, accepted: readonly Candidate[], mentions: readonly Mention[]): TaggedAttribution[] {
  const feats = documentFeatures(ctx, seg.sentences, ruleLabels(ctx, accepted), mentionKinds(ctx, mentions));
  const out: TaggedAttribution[] = [];
  for (const sf of feats) out.push(...groupSentence(decodeSentence(W, sf), sf.first));
  return out;
}

/** Candidates for the tagger's attributions that collide with no rule's cue, source or content. */
export function learnedCandidates(W: Weights, ctx: Ctx, seg: Segmentation, accepted: readonly Candidate[], mentions: readonly Mention[]): Candidate[] {
  const { tokens, text } = ctx;
  const taken = new SpanSet();
  for (const c of [...accepted].sort((a, b) => (a.claim?.[0] ?? a.start) - (b.claim?.[0] ?? b.start))) {
    const [s, e] = c.claim ?? [c.start, c.end];
    if (!taken.overlaps(s, e)) taken.add(s, e);
  }
  // the rules' frames: a model cue on one of them is the rules' attribution seen again
  const frames: [number, number][] = [];
  for (const c of accepted) {
    if (c.cue) frames.push([tokens[c.cue[0]]!.start, tokens[c.cue[1]]!.end]);
    if (c.source) frames.push([tokens[c.source.first]!.start, tokens[c.source.last]!.end]);
  }
  const inFrame = (s: number, e: number) => frames.some(([a, b]) => a < e && b > s);
  const out: Candidate[] = [];
  for (const a of tagAttributions(W, ctx, seg, accepted, mentions)) {
    const cs = tokens[a.cue[0]]!.start;
    const ce = tokens[a.cue[1]]!.end;
    if (taken.overlaps(cs, ce) || inFrame(cs, ce)) continue;
    let [s, e] = trim(text, tokens[a.content[0]]!.start, tokens[a.content[1]]!.end);
    if (taken.overlaps(s, e)) {
      const free = taken.longestFree(s, e);
      if (!free) continue;
      [s, e] = trim(text, free[0], free[1]);
    }
    if (e - s < MIN_CONTENT_CHARS || inFrame(s, e)) continue;
    const kind: Candidate["kind"] = ctx.quotes.some((q) => q.open >= s && q.close <= e) ? "mixed" : "indirect";
    out.push({
      kind, start: s, end: e, cue: a.cue, source: a.source ? sharedSource(ctx, accepted, a.source) : null, rule: `${kind}:model`,
      inherit: false, mediumFrom: null, priority: 3, claim: [s, e],
    });
    taken.add(s, e);
    frames.push([cs, ce]);
  }
  return out;
}

/** A source overlapping a rule's source is that source (sources are shared identically or disjoint). */
function sharedSource(ctx: Ctx, accepted: readonly Candidate[], [first, last]: [number, number]): Candidate["source"] {
  for (const c of accepted) if (c.source && c.source.first <= last && c.source.last >= first) return c.source;
  const one = first === last ? ctx.tokens[first]!.text.toLowerCase() : "";
  return { first, last, pronoun: /^(?:he|she|they|it|we|i|you|who)$/.test(one) };
}

function trim(text: string, s: number, e: number): [number, number] {
  while (s < e && /[\s,;:—–-]/.test(text[s]!)) s++;
  while (e > s && /[\s,;:—–-]/.test(text[e - 1]!)) e--;
  return [s, e];
}
