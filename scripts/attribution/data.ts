// PolNeAR split → documents with the rules' output, the tagger's features and gold tags (shared by training and evaluation).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runToEntities } from "../../packages/core/src/pipeline/pipeline.ts";
import type { DocState, Resources } from "../../packages/core/src/pipeline/state.ts";
import { extractStatements, ruleCandidates } from "../../packages/core/src/statements/extract.ts";
import { documentFeatures, type SentenceFeats } from "../../packages/core/src/statements/learned/features.ts";
import { mentionKinds, ruleLabels } from "../../packages/core/src/statements/learned/token-labels.ts";
import type { WordClusters } from "../../packages/core/src/statements/learned/word-classes.ts";
import { goldTags } from "../../packages/core/src/statements/learned/gold.ts";
import { cueVocabulary } from "../../packages/core/src/statements/learned/gate.ts";
import type { AttrTrainItem } from "../../packages/core/src/statements/learned/perceptron-train.ts";
import { parseAnn, type Attribution } from "./brat.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface PolnearDoc {
  stem: string;
  text: string;
  gold: Attribution[];
  /** the document stages run without the tagger */
  state: DocState;
  /** wall time of the stages before statements (segment, mentions, entities); NaN when read from a cache */
  stageMs: number;
}

export function polnearDir(split: string): string {
  const dir = path.resolve(repoRoot, "../shared/attribution/polnear", split);
  if (!existsSync(dir)) {
    console.error(
      `newsgraph/attribution: PolNeAR ${split} not found at ${dir}; put the shared data next to the repo (../shared).`,
    );
    process.exit(1);
  }
  return dir;
}

/** Every article of the split that has an annotation; several annotators may have marked one: the first file in sorted order is the gold. */
export function loadSplit(split: string, res: Resources): PolnearDoc[] {
  const dir = polnearDir(split);
  const annFiles = readdirSync(path.join(dir, "attributions"))
    .filter((f) => f.endsWith(".ann"))
    .sort();
  const rulesOnly: Resources = { ...res, attribution: null, contentEnds: null, sourceChooser: null };
  const out: PolnearDoc[] = [];
  for (const txt of readdirSync(path.join(dir, "text"))
    .filter((f) => f.endsWith(".txt"))
    .sort()) {
    const stem = txt.slice(0, -4);
    const ann = annFiles.find((f) => f.startsWith(stem + "_") && /^_[0-9a-f]+\.ann$/.test(f.slice(stem.length)));
    if (!ann) continue;
    const text = readFileSync(path.join(dir, "text", txt), "utf8");
    const gold = parseAnn(readFileSync(path.join(dir, "attributions", ann), "utf8"));
    const t = performance.now();
    const grouped = runToEntities({ id: stem, text }, rulesOnly);
    const stageMs = performance.now() - t;
    const state: DocState = {
      ...grouped,
      statements: extractStatements(grouped.doc, grouped.seg, grouped.ents, rulesOnly),
    };
    out.push({ stem, text, gold, state, stageMs });
  }
  return out;
}

/** The tagger's training sentences of one document: features over the rules' output, gold tags from the annotation. */
export function trainItems(d: PolnearDoc, clusters: WordClusters | null): AttrTrainItem[] {
  const { ctx, accepted, mentions } = ruleCandidates(d.state.doc, d.state.seg, d.state.ents);
  const feats: SentenceFeats[] = documentFeatures(
    ctx,
    d.state.seg.sentences,
    ruleLabels(ctx, accepted),
    mentionKinds(ctx, mentions),
    clusters,
  );
  const tags = goldTags(ctx.tokens, d.gold);
  return feats.map((sf) => ({ sf, gold: tags.subarray(sf.first, sf.last + 1) }));
}

/** The words marked as cues in these articles' annotation (with the cue lexicon): the tagger's sentence gate. */
export function cueWordsOf(docs: readonly PolnearDoc[], minRate: number): string[] {
  return cueVocabulary(
    docs.map((d) => {
      const tokens = d.state.seg?.tokens ?? [];
      return { tokens, gold: goldTags(tokens, d.gold) };
    }),
    minRate,
  );
}
