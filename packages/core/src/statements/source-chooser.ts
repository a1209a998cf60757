// A learned source chooser: per attribution, rank the rules' or the tagger's source against the noun phrases of its sentence.
import { z } from "zod";
import { parseModelJson } from "./model-json.ts";
import type { Mention } from "../schema/stages.ts";
import type { Ctx } from "./context.ts";
import type { Candidate } from "./clause.ts";
import type { WordClusters } from "./learned/word-classes.ts";
import { npToken, type SourceSpan } from "./source.ts";
import { plausibleSubject } from "./main-subject.ts";
import { DOUBTFUL_SOURCE_OPENERS } from "./lexicon-sources.ts";
import { HASH_CODER, hashedWeights } from "./source-chooser-hash.ts";
import { sourceOptions, type SourceOption } from "./source-chooser-features.ts";
import { chooserDoc, roleMap, settledSource, type ChooserDoc, type RoleMap } from "./source-chooser-doc.ts";
import { recandidate } from "./candidate.ts";
import { mapPacked } from "../util/arrays.ts";

/**
 * Which attributions the chooser may change: every one with a cue; the tagger's, the unsourced and the rules' sources
 * that read as no subject ("doubtful"); the tagger's and the unsourced; or the unsourced only.
 */
export const chooserScopeSchema = z.enum(["all", "doubtful", "tagger", "unsourced"]);
export type ChooserScope = z.infer<typeof chooserScopeSchema>;

/** The chooser's file (`models/source-chooser.json`, made by `pnpm train:source-chooser`): a linear score per option. */
export const sourceChooserSchema = z.object({
  kind: z.literal("newsgraph-source-chooser"),
  version: z.literal(1),
  /** a candidate replaces the current source only when it scores this much above it (chosen by train CV) */
  margin: z.number(),
  scope: chooserScopeSchema,
  weights: z.record(z.string(), z.number()),
  meta: z.record(z.string(), z.unknown()).optional(),
});

export interface SourceChooserModel {
  margin: number;
  scope: ChooserScope;
  weights: ReadonlyMap<string, number>;
}

/** Parse and check the model file's text; the error names the module and the fix. */
export function parseSourceChooser(json: string): SourceChooserModel {
  const m = parseModelJson(json, sourceChooserSchema, "source-chooser");
  return { margin: m.margin, scope: m.scope, weights: new Map(Object.entries(m.weights)) };
}

/** Which attributions the chooser may touch: one with a cue, not a raising frame (its subject is content) nor "according to". */
export const chooserSite = (c: Candidate) =>
  !!c.cue && !c.rule.endsWith(":raising") && !c.rule.endsWith("according-to");

/** "tagger": the tagger's attributions and the unsourced (the rules' sources cost the stage more than they gain, docs/guide/statements.md). */
const inScope = (ctx: Ctx, c: Candidate, scope: ChooserScope) =>
  scope === "all" ||
  !c.source ||
  (scope !== "unsourced" && c.rule.includes("model")) ||
  (scope === "doubtful" && doubtfulSource(ctx, c.source));

const OPENERS: ReadonlySet<string> = new Set(DOUBTFUL_SOURCE_OPENERS);

/**
 * A rules' source that reads as no subject: not a pronoun, and not a plausible subject phrase, or headed by a word no
 * noun phrase ends with, or opened by a linking adverb ("There", "So", "published Wednesday", "award for"). The rules'
 * sources are right 9 times in 10, so only these are worth the chooser's options (docs/guide/statements.md).
 */
export function doubtfulSource(ctx: Ctx, s: SourceSpan): boolean {
  if (s.pronoun) return false;
  return OPENERS.has(ctx.keys[s.first]!) || !plausibleSubject(ctx, s) || !npToken(ctx, s.last);
}

/**
 * Each attribution with a cue takes the best option when it beats keeping its source by the model's margin. Runs after
 * the subject readers and before `polnearSources`, so a chosen phrase grows to PolNeAR's span and its speaker is resolved
 * as any source's (`finish.ts`). Train CV chose what it may change (see docs/guide/statements.md).
 */
export function chooseSources(
  ctx: Ctx,
  accepted: Candidate[],
  mentions: readonly Mention[],
  model: SourceChooserModel | null,
  clusters: WordClusters | null,
): Candidate[] {
  if (!model) return accepted;
  // built at the first attribution in scope: most documents' attributions are all settled by the readers
  let doc: ChooserDoc | null = null;
  let role: RoleMap | null = null;
  const table = hashedWeights(model.weights);
  return mapPacked(accepted, (c) => {
    if (!chooserSite(c) || !inScope(ctx, c, model.scope)) return c;
    doc ??= chooserDoc(ctx, mentions, clusters);
    if (settledSource(ctx, doc, c)) return c;
    role ??= roleMap(ctx, accepted);
    // features as hashes: no strings are built, and each is one probe of the model's table
    const opts = sourceOptions(ctx, doc, role, c, HASH_CODER);
    const keep = table.score(opts[0]!.feats);
    let best: SourceOption<number> | null = null;
    let bestScore = keep + model.margin;
    for (let i = 1; i < opts.length; i++) {
      const s = table.score(opts[i]!.feats);
      if (s > bestScore) {
        bestScore = s;
        best = opts[i]!;
      }
    }
    return best?.span ? recandidate(c, { source: best.span, inherit: false, rule: `${c.rule}+chosen-source` }) : c;
  });
}
