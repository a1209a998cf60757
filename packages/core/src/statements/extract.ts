// Stage `statements`: who said what — candidates from cue patterns, conflicts settled, continuations, speakers, media.
import { recandidate } from "./candidate.ts";
import { extend } from "../util/extend.ts";
import { pushAll, objectArray } from "../util/arrays.ts";
import type { DocEntities, Document, Segmentation, StatementsResult } from "../schema/stages.ts";
import { buildContext, type Ctx } from "./context.ts";
import { findCandidates, type Candidate } from "./patterns.ts";
import { addContinuations } from "./continuations.ts";
import { SpanSet } from "./spans.ts";
import { nounCueCandidates, phrasalCandidates, stanceCandidates } from "./generic.ts";
import { dashSigned, transcriptTurns, uncued } from "./fallback.ts";
import { raisingCandidates } from "./cue-raising.ts";
import { evidenceCandidates, pollFrameCandidates } from "./cue-evidence.ts";
import { asPutItCandidates, asQuoteCandidates } from "./as-phrases.ts";
import { colonFrames, lateContinuations, nearbyCues } from "./frames.ts";
import { headlineFrames } from "./headline-frames.ts";
import { quoteTails } from "./quote-tail.ts";
import { nearerCues } from "./nearer-cue.ts";
import { leadingAdjuncts, mediumTails, polnearSources } from "./span-conventions.ts";
import { withTagger } from "./learned/learned.ts";
import { withInner, type InnerModel } from "./learned/inner-pass.ts";
import type { ContentEndModel } from "./content-ends.ts";
import { cutRuleClauses } from "./rule-clause-ends.ts";
import type { AttributionModel } from "./learned/model.ts";
import type { QuoteKeepModel } from "./learned/quote-keep.ts";
import { finishStatements } from "./finish.ts";
import { interruptedClauses } from "./interrupted.ts";
import { passiveSubjects } from "./passive-frames.ts";
import { frontedSubjects } from "./fronted-subject.ts";
import { clauseSubjects } from "./clause-subject.ts";
import { wideSubjects } from "./wide-subject.ts";
import { outerAccording } from "./outer-according.ts";
import { lateSpans } from "./late-spans.ts";
import { quotesRunOn } from "./quote-runs-on.ts";
import { chooseSources, type SourceChooserModel } from "./source-chooser.ts";
import { nearCueSources } from "./near-sources.ts";
import { issuerSources } from "./issuer-sources.ts";
import { asideSources } from "./aside-sources.ts";
import { keepStatements, type StatementKeepModel } from "./learned/statement-keep.ts";
import { outerHosts } from "./outer-hosts.ts";
import { outerThat } from "./outer-that.ts";
import { thatStarts } from "./that-starts.ts";

const MIN_CLAUSE_CHARS = 12;

/** What the `statements` stage reads: the attribution tagger; absent or null, the rules alone. */
export interface StatementResources {
  attribution?: AttributionModel | null;
  /** where reported clauses end at a comma (content-ends.ts); absent or null: the tagger's contents end at a comma */
  contentEnds?: ContentEndModel | null;
  /** keeps some tagged clauses the one-word scare rule drops (learned/quote-keep.ts); absent or null: it drops them all */
  quoteKeep?: QuoteKeepModel | null;
  /** false: the statements before `late-spans.ts` (the content-end model's training and its analysis script read those) */
  lateSpans?: boolean;
  /** the learned source chooser (source-chooser.ts); absent or null: the readers' sources stand */
  sourceChooser?: SourceChooserModel | null;
  /** drops the least likely indirect statements (learned/statement-keep.ts); absent or null: every statement stays */
  statementKeep?: StatementKeepModel | null;
  /** false: no frame governing a that-clause replaces the statements inside it (outer-that.ts; its before/after figures) */
  outerThat?: boolean;
  /** the inner pass (learned/inner-pass.ts): frames nested inside our contents; absent or null: none */
  inner?: InnerModel | null;
  /** false: that-contents keep the "that" the rules chose after a clause or infinitive (that-starts.ts; its before/after figures) */
  thatStarts?: boolean;
}

export function extractStatements(
  doc: Document,
  seg: Segmentation,
  ents: DocEntities,
  res: StatementResources,
): StatementsResult {
  return extractWithContext(doc, seg, ents, res).result;
}

/** The statements and the context they were made in: its `tagged` holds the tagger's margins statement-keep reads. */
export function extractWithContext(
  doc: Document,
  seg: Segmentation,
  ents: DocEntities,
  res: StatementResources,
): { result: StatementsResult; ctx: Ctx } {
  const { ctx, accepted, mentions, lost } = beforeSources(doc, seg, ents, res);
  const result = afterSources(
    doc,
    ctx,
    ents,
    chooseSources(ctx, accepted, mentions, res.sourceChooser ?? null, res.attribution?.clusters ?? null),
    res,
    lost,
  );
  return { result, ctx };
}

/** The attributions up to the source chooser (`source-chooser.ts`): its training reads them there. */
export function beforeSources(
  doc: Document,
  seg: Segmentation,
  ents: DocEntities,
  res: StatementResources,
): { ctx: Ctx; accepted: Candidate[]; mentions: DocEntities["mentions"]; lost: Candidate[] } {
  const rules = ruleCandidates(doc, seg, ents);
  const { ctx, mentions } = rules;
  // the tagger adds what the rules left free: the open class of cues, noun and stance frames
  const model = res.attribution ?? null;
  const ends = res.contentEnds ?? null;
  const tagged = cutRuleClauses(
    ctx,
    ends,
    model
      ? withTagger(
          model,
          ctx,
          seg,
          rules.accepted,
          mentions,
          extend(model.meta, { contentEnds: ends, quoteKeep: res.quoteKeep ?? model.meta.quoteKeep ?? null }),
        )
      : rules.accepted,
  );
  // frames with no verb and PolNeAR's span conventions, after both the rules and the tagger had their say
  const framed = headlineFrames(
    ctx,
    nearbyCues(ctx, lateContinuations(ctx, colonFrames(ctx, quoteTails(ctx, nearerCues(ctx, tagged))))),
    mentions,
    model?.cueWords ?? null,
  );
  const outer = leadingAdjuncts(ctx, mediumTails(ctx, framed));
  const accepted = res.inner ? withInner(res.inner, ctx, outer, mentions, model?.clusters ?? null, seg) : outer;
  accepted.sort((a, b) => a.start - b.start);
  return {
    ctx,
    mentions,
    accepted: clauseSubjects(ctx, wideSubjects(ctx, frontedSubjects(ctx, accepted))),
    lost: rules.lost,
  };
}

/** The statements from the attributions with their sources chosen: PolNeAR's source spans, speakers, late spans. */
export function afterSources(
  doc: Document,
  ctx: Ctx,
  ents: DocEntities,
  accepted: Candidate[],
  res: StatementResources,
  /** the rules' frames the settle dropped (outer-hosts.ts); absent: none come back */
  lost?: readonly Candidate[],
): StatementsResult {
  const result = finishStatements(
    doc,
    ctx,
    ents,
    polnearSources(ctx, issuerSources(ctx, nearCueSources(ctx, asideSources(ctx, accepted)))),
  );
  const done = interruptedClauses(ctx, passiveSubjects(ctx.text, outerAccording(ctx, result)));
  if (res.lateSpans === false) return done;
  // the frame governing a that-clause after statement-keep, so no model reads what it changes
  const kept = keepStatements(
    ctx,
    outerHosts(ctx, ents, quotesRunOn(ctx, lateSpans(ctx, done)), lost),
    res.statementKeep ?? null,
  );
  if (res.outerThat === false) return kept;
  const hosted = outerThat(ctx, ents, kept);
  return res.thatStarts === false ? hosted : thatStarts(ctx, hosted);
}

/** The rules' attributions, before the tagger (the tagger reads them as features; training reads them too). */
export function ruleCandidates(
  doc: Document,
  seg: Segmentation,
  ents: DocEntities,
): { ctx: Ctx; accepted: Candidate[]; mentions: DocEntities["mentions"]; lost: Candidate[] } {
  const ctx = buildContext(doc.text, seg);
  const mentions = [...ents.mentions].sort((a, b) => a.start - b.start);
  const cands = findCandidates(ctx);
  pushAll(
    cands,
    stanceCandidates(ctx, mentions),
    nounCueCandidates(ctx),
    phrasalCandidates(ctx),
    asPutItCandidates(ctx),
    asQuoteCandidates(ctx),
    evidenceCandidates(ctx),
    pollFrameCandidates(ctx),
    raisingCandidates(ctx),
  );
  for (let q = 0; q < ctx.quotes.length; q++) {
    const d = dashSigned(ctx, q);
    if (d) cands.push(d);
  }
  const lost: Candidate[] = objectArray();
  const accepted = settle(ctx, cands, lost);
  addTranscriptTurns(ctx, accepted, mentions);
  addContinuations(ctx, accepted);
  addUncued(ctx, accepted);
  return { ctx, accepted, mentions, lost };
}

/**
 * Direct quotes first, then clauses by position; a clause colliding with an accepted span is cut to its longest free
 * part. A clause dropped whole because another frame lies in it goes to `lost` (outer-hosts.ts may bring it back).
 */
function settle(ctx: Ctx, cands: Candidate[], lost: Candidate[]): Candidate[] {
  cands.sort((a, b) => a.priority - b.priority || a.start - b.start);
  const taken = new SpanSet();
  // cue and source tokens of accepted attributions: a cut-down clause holding one is another attribution's frame
  const frames = new SpanSet();
  const out: Candidate[] = objectArray();
  // an accepted candidate blocks its claim for the others, and its cue and source tokens become a frame
  const accept = (c: Candidate) => {
    taken.add(...(c.claim ?? [c.start, c.end]));
    out.push(c);
    for (const r of [c.cue, c.source ? [c.source.first, c.source.last] : null]) {
      if (!r) continue;
      const s = ctx.tokens[r[0]!]!.start;
      const e = ctx.tokens[r[1]!]!.end;
      if (!frames.overlaps(s, e)) frames.add(s, e);
    }
  };
  for (const c of cands) {
    const [cs, ce] = c.claim ?? [c.start, c.end];
    if (!taken.overlaps(cs, ce)) {
      accept(c);
      continue;
    }
    if (c.kind === "direct") {
      const alt = c.alt !== undefined ? ctx.quotes[c.alt]! : null;
      if (alt && !taken.overlaps(alt.open, alt.close))
        accept(recandidate(c, { start: alt.start, end: alt.end, claim: [alt.open, alt.close] }));
      continue;
    }
    const free = taken.longestFree(c.start, c.end);
    if (!free || free[1] - free[0] < MIN_CLAUSE_CHARS) {
      if (frames.overlaps(cs, ce)) lost.push(c);
      continue;
    }
    const [s, e] = trim(ctx.text, free[0], free[1]);
    if (e - s < MIN_CLAUSE_CHARS || frames.overlaps(s, e)) {
      if (frames.overlaps(cs, ce)) lost.push(c);
      continue;
    }
    const kind: Candidate["kind"] = quoteInside(ctx, s, e) ? "mixed" : "indirect";
    accept(recandidate(c, { start: s, end: e, kind, rule: c.rule.replace(RULE_KIND, `${kind}:`), claim: [s, e] }));
  }
  return out;
}

// compiled once: a regex literal in a function is a new RegExp object on every call
const RULE_KIND = /^\w+:/;
const LEADING = /[\s,;:—–”"-]/;
const TRAILING = /[\s,;:—–“"-]/;

function trim(text: string, s: number, e: number): [number, number] {
  while (s < e && LEADING.test(text[s]!)) s++;
  while (e > s && TRAILING.test(text[e - 1]!)) e--;
  return [s, e];
}

function quoteInside(ctx: Ctx, s: number, e: number): boolean {
  return ctx.quotes.some((q) => q.open >= s && q.close <= e);
}

function takenBy(accepted: Candidate[]): SpanSet {
  const taken = new SpanSet();
  for (const c of [...accepted].sort((a, b) => a.start - b.start)) taken.add(...(c.claim ?? [c.start, c.end]));
  return taken;
}

/**
 * Transcript turns ("PENCE: …") and headline labels ("Vale: Budget Is Safe"). PolNeAR reads the label's colon as the
 * frame of the whole turn, so a turn whose claim holds only attributions framed inside it (`FALLIN: Well, I think …`)
 * replaces them; a turn colliding with anything else stays out.
 */
function addTranscriptTurns(ctx: Ctx, accepted: Candidate[], mentions: DocEntities["mentions"]): void {
  const named = (s: number, e: number) => mentions.some((m) => m.start < e && m.end > s);
  for (const t of transcriptTurns(ctx, named)) {
    const [s, e] = t.claim ?? [t.start, t.end];
    const from = ctx.tokens[t.cue![0]]!.start;
    const inner = accepted.filter((c) => {
      const [cs, ce] = c.claim ?? [c.start, c.end];
      return cs < e && ce > s;
    });
    if (inner.some((c) => c.start < from || c.end > e || !c.cue || ctx.tokens[c.cue[0]]!.start < from)) continue;
    for (const c of inner) accepted.splice(accepted.indexOf(c), 1);
    accepted.push(t);
  }
}

/** Long quotes nobody attributed, kept as speech with an unknown speaker. */
function addUncued(ctx: Ctx, accepted: Candidate[]): void {
  const taken = takenBy(accepted);
  const usedCues = new Set<number>();
  for (const c of accepted) if (c.cue) usedCues.add(c.cue[0]);
  for (let q = 0; q < ctx.quotes.length; q++) {
    const quote = ctx.quotes[q]!;
    if (taken.overlaps(quote.open, quote.close)) continue;
    const u = uncued(ctx, q, usedCues);
    if (!u) continue;
    taken.add(quote.open, quote.close);
    accepted.push(u);
  }
}
