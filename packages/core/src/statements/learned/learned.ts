// The learned tagger joined to the rules: it frames quotes the rules left without a cue, and adds attributions in text the rules left free.
import type { Mention, Segmentation } from "../../schema/stages.ts";
import { clauseStart, type Ctx } from "../context.ts";
import type { Candidate } from "../clause.ts";
import { taggedCueSubject } from "../main-subject.ts";
import { SpanSet } from "../spans.ts";
import { pushAll, objectArray } from "../../util/arrays.ts";
import { documentFeatures } from "./features.ts";
import { mentionKinds, ruleLabels } from "./token-labels.ts";
import { mayHoldCue } from "./gate.ts";
import { contentEnd, framesClause } from "./content-end.ts";
import type { ContentEndModel } from "../content-ends.ts";
import { groupSentence, type TaggedAttribution } from "./group.ts";
import { splitHosts } from "./split.ts";
import { decodeScratch, decodeSentence, type Weights } from "./perceptron.ts";
import { wordRegex } from "../../util/word-regex.ts";
import { PRONOUNS } from "../lexicon-pronouns.ts";
import { keepsScare, type QuoteKeepModel } from "./quote-keep.ts";
import { candidate, modelCandidate, recandidate } from "../candidate.ts";

/** A personal pronoun or "who": a one-word source that is a pronoun. */
const SUBJECT_PRONOUN = wordRegex([...PRONOUNS.keys(), "who"]);

const MIN_CONTENT_CHARS = 2;
// compiled once: a regex literal in a function is a new RegExp object on every call
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;

/** Decision settings tuned by cross-validation on train; the model file carries them in its header. */
export interface TaggerOptions {
  /** a tagged cue whose margin (in trained weight units) is below this is dropped */
  minMargin?: number;
  /** a new attribution needs a source (tagged, or found by the rules' subject reader) */
  requireSource?: boolean;
  /** a tagged clause overlapping an unclaimed quote of at most this many words is dropped (scare quotes, titles) */
  scareWords?: number;
  /** where a content ends at a comma (content-ends.ts; absent: at every comma after the tagged run) */
  contentEnds?: ContentEndModel | null;
  /** a tagged frame inside a reported clause cuts the clause before it (learned/split.ts) */
  split?: boolean;
  /** sentences whose free words are only inside the rules' reported clauses are tagged too */
  tagClauses?: boolean;
  /** keeps some clauses the one-word scare rule drops (quote-keep.ts; absent or null: it drops them all) */
  quoteKeep?: QuoteKeepModel | null;
  /** training: every such clause is kept, and its features and content span are reported here */
  quoteKeepProbe?: (feats: string[], start: number, end: number) => void;
}

/** Every attribution the tagger finds in the document, rules' output given as features. */
export function tagAttributions(
  W: Weights,
  ctx: Ctx,
  seg: Segmentation,
  accepted: readonly Candidate[],
  mentions: readonly Mention[],
  covered?: (s: number, e: number) => boolean,
  withMargins = true,
): TaggedAttribution[] {
  // a sentence whose every word the rules already hold can add nothing (its cues would collide), nor can one without a
  // free word the tagger ever learned as a cue: neither is tagged
  const vocab = W.cueWords;
  const sentences = covered
    ? seg.sentences.filter(
        (s) =>
          (!vocab || mayHoldCue(ctx.tokens, s.firstToken, s.lastToken, vocab, covered, ctx.keys)) &&
          hasFreeWord(ctx, s.firstToken, s.lastToken, covered),
      )
    : seg.sentences;
  const feats = documentFeatures(
    ctx,
    sentences,
    ruleLabels(ctx, accepted),
    mentionKinds(ctx, mentions),
    W.clusters ?? null,
  );
  const out: TaggedAttribution[] = objectArray();
  let longest = 0;
  for (const sf of feats) longest = Math.max(longest, sf.last - sf.first + 1);
  // one row for every sentence: decodeSentence writes each token's margin (or none, leaving zeros) and groupSentence
  // reads them before the next sentence is decoded
  const margins = new Float64Array(longest);
  const scratch = decodeScratch(longest);
  for (const sf of feats) {
    // margins cost a second pass over the tags per token (zero without them)
    pushAll(out, groupSentence(decodeSentence(W, sf, withMargins ? margins : undefined, scratch), sf.first, margins));
  }
  return out;
}

/** A token of first..last with a letter or digit that no rule holds (`covered`): the tagger may add something there. */
function hasFreeWord(ctx: Ctx, first: number, last: number, covered: (s: number, e: number) => boolean): boolean {
  for (let t = first; t <= last; t++) {
    const tok = ctx.tokens[t]!;
    if (HAS_WORD_CHAR.test(tok.text) && !covered(tok.start, tok.end)) return true;
  }
  return false;
}

/**
 * The rules' candidates with the tagger's work added: a quote the rules kept without a cue (`direct:uncued`) takes the
 * cue and source the tagger found for it ("as X observed, …: “…”"); an attribution whose cue and content collide with no
 * rule's becomes a new candidate. The rules' cues, sources and contents are never changed otherwise.
 */
export function withTagger(
  W: Weights,
  ctx: Ctx,
  seg: Segmentation,
  accepted: readonly Candidate[],
  mentions: readonly Mention[],
  opts: TaggerOptions = {},
): Candidate[] {
  const minMargin = opts.minMargin ?? -Infinity;
  const scareWords = opts.scareWords ?? 1;
  const { tokens, text } = ctx;
  const out = [...accepted];
  const taken = new SpanSet();
  for (const c of [...accepted].sort((a, b) => (a.claim?.[0] ?? a.start) - (b.claim?.[0] ?? b.start))) {
    const [s, e] = c.claim ?? [c.start, c.end];
    if (!taken.overlaps(s, e)) taken.add(s, e);
  }
  // the rules' frames: a tagged cue on one of them is the rules' attribution seen again
  const frames: [number, number][] = objectArray();
  const frame = (r: [number, number]) => frames.push([tokens[r[0]]!.start, tokens[r[1]]!.end]);
  for (const c of accepted) {
    if (c.cue) frame(c.cue);
    if (c.source) frame([c.source.first, c.source.last]);
  }
  const inFrame = (s: number, e: number) => frames.some(([a, b]) => a < e && b > s);
  // quotes the rules kept without a cue stay open to the tagger
  const bareClaims = new SpanSet();
  for (const c of accepted) if (!c.cue && !c.inherit && c.claim) bareClaims.add(c.claim[0], c.claim[1]);
  const covered = (s: number, e: number) => (taken.overlaps(s, e) && !bareClaims.overlaps(s, e)) || inFrame(s, e);
  // a rule's reported clause may hold a frame of its own (split.ts): its words stay open to the tagger
  const clauses = new SpanSet();
  for (const c of accepted) if (c.kind !== "direct" && !c.inherit) clauses.add(c.start, c.end);
  const open = (s: number, e: number) => !covered(s, e) || (!inFrame(s, e) && clauses.overlaps(s, e));
  // margins always: statement-keep reads them (ctx.tagged), besides the cue-confidence threshold
  const tagged = tagAttributions(W, ctx, seg, accepted, mentions, (s, e) => !open(s, e));
  ctx.tagged = new Map(tagged.map((a) => [a.cue[0], a]));
  ctx.taggedScale = (W.stack ?? W).scale;
  const skipped: TaggedAttribution[] = objectArray();
  const taggedCues = new Set<number>();
  // a speech verb may frame an attribution nested in this one: the content stops before it when a clause opens after it
  // (train CV: the cue lexicon's words, overlap F1 78.6 and strict 55.8, against the gate's words 78.5 and 55.6; only
  // those framing a clause, content-end.ts framesClause, strict matches 11,154 -> 11,228)
  for (const a of tagged) taggedCues.add(a.cue[0]);
  for (const a of tagged) {
    const cs = tokens[a.cue[0]]!.start;
    const ce = tokens[a.cue[1]]!.end;
    // margins are the last pass's, in its weight units
    if (inFrame(cs, ce) || a.margin / (W.stack ?? W).scale < minMargin) continue;
    const last =
      a.content[0] > a.cue[1]
        ? contentEnd(
            ctx,
            a.content[1],
            (t) => taggedCues.has(t) || framesClause(ctx, t) || covered(tokens[t]!.start, tokens[t]!.end),
            opts.contentEnds
              ? { model: opts.contentEnds, site: { first: a.content[0], cue: a.cue[0], family: "model" } }
              : undefined,
          )
        : a.content[1];
    let [s, e] = trim(text, tokens[a.content[0]]!.start, tokens[last]!.end);
    const source = a.source ? sharedSource(ctx, accepted, a.source) : subjectOf(ctx, a.cue[0]);
    const bare = out.findIndex((c) => !c.cue && !c.inherit && c.start < e && c.end > s);
    if (bare >= 0 && !taken.overlaps(cs, ce)) {
      const c = out[bare]!;
      out[bare] = recandidate(c, { cue: a.cue, source: c.source ?? source, rule: `${c.rule}+model-cue` });
      frame(a.cue);
      continue;
    }
    if (taken.overlaps(cs, ce)) {
      skipped.push(a);
      continue;
    }
    const host = a.content[0] > a.cue[1] ? hostSpan(ctx, out, a.content[1], s) : null;
    if (host) {
      // PolNeAR marks one frame of a nested pair, never both, and more often the outer one when the tagger finds it
      // (train CV: overlap F1 78.6 -> 78.7, cue accuracy 88.1 -> 88.4): the frame takes its whole clause and the
      // attributions inside it go
      for (const i of host.inside.reverse()) out.splice(i, 1);
      out.push(
        candidate({
          kind: ctx.quotes.some((q) => q.open < host.end && q.close > s) ? "mixed" : "indirect",
          start: s,
          end: host.end,
          cue: a.cue,
          source,
          rule: "indirect:model-host",
          inherit: false,
          mediumFrom: null,
          priority: 3,
          claim: [s, host.end],
        }),
      );
      taken.cover(s, host.end);
      frame(a.cue);
      continue;
    }
    if (taken.overlaps(s, e)) {
      const free = taken.longestFree(s, e);
      if (!free) continue;
      [s, e] = trim(text, free[0], free[1]);
    }
    if (e - s < MIN_CONTENT_CHARS || inFrame(s, e) || (opts.requireSource && !source)) continue;
    // a short quote the rules left alone is a scare quote or a title: a clause overlapping it stays out of the graph,
    // unless the keep model reads the clause as one that quotes the word (quote-keep.ts)
    const inner = ctx.quotes.filter((q) => q.open < e && q.close > s);
    const scare = inner.find(
      (q) => !taken.overlaps(q.open, q.close) && text.slice(q.start, q.end).split(/\s+/).length <= scareWords,
    );
    if (scare && !keepsScare(ctx, a, source, scare, inner.length, [s, e], opts)) continue;
    const kind: Candidate["kind"] = inner.length ? "mixed" : "indirect";
    out.push(modelCandidate(kind, s, e, a.cue, source, "model"));
    taken.add(s, e);
    frame(a.cue);
  }
  // train CV, with the clauses open to the tagger: cue accuracy 88.4 -> 88.5, direct-quote recall +6 quotes, F1 the same
  splitHosts(ctx, skipped, out, (a) => (a.source ? sharedSource(ctx, accepted, a.source) : subjectOf(ctx, a.cue[0])));
  return out;
}

/** A source overlapping a rule's source is that source (sources are shared identically or disjoint). */
function sharedSource(ctx: Ctx, accepted: readonly Candidate[], [first, last]: [number, number]): Candidate["source"] {
  for (const c of accepted) if (c.source && c.source.first <= last && c.source.last >= first) return c.source;
  const one = first === last ? ctx.tokens[first]!.text.toLowerCase() : "";
  return { first, last, pronoun: SUBJECT_PRONOUN.test(one) };
}

/** The tagger found a cue but no source: the rules' subject reader looks left of the cue. */
function subjectOf(ctx: Ctx, cue: number): Candidate["source"] {
  return taggedCueSubject(ctx, cue, clauseStart(ctx, cue));
}

function trim(text: string, s: number, e: number): [number, number] {
  while (s < e && /[\s,;:—–-]/.test(text[s]!)) s++;
  while (e > s && /[\s,;:—–-]/.test(text[e - 1]!)) e--;
  return [s, e];
}

/**
 * The clause of a tagged frame that starts at character `s` and was tagged up to token `last`, run on to its clause's
 * end, when it holds at least one attribution whole (cue, source and content) and cuts none. A direct quote is never
 * taken in (train CV: 4 more quotes found, cue accuracy +0.1).
 */
export function hostSpan(
  ctx: Ctx,
  out: readonly Candidate[],
  last: number,
  s: number,
): { end: number; inside: number[] } | null {
  const { tokens } = ctx;
  const end = trim(ctx.text, s, tokens[contentEnd(ctx, last, () => false)]!.end)[1];
  const inside: number[] = [];
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    // its spans (claim or content, cue, source) as numbers, not arrays and closures: this runs for every candidate
    const ca = c.claim ? c.claim[0] : c.start;
    const cb = c.claim ? c.claim[1] : c.end;
    let touches = ca < end && cb > s;
    let leaves = ca < s || cb > end;
    if (c.cue) {
      const a = tokens[c.cue[0]]!.start;
      const b = tokens[c.cue[1]]!.end;
      touches ||= a < end && b > s;
      leaves ||= a < s || b > end;
    }
    if (c.source) {
      const a = tokens[c.source.first]!.start;
      const b = tokens[c.source.last]!.end;
      touches ||= a < end && b > s;
      leaves ||= a < s || b > end;
    }
    if (!touches) continue;
    if (!c.cue || c.inherit || c.kind === "direct" || leaves) return null;
    inside.push(i);
  }
  return inside.length ? { end, inside } : null;
}
