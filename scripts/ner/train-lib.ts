// Training of the two-pass NER model as one function, shared by pnpm train:ner and the cross-validation script.
import { extractSentence, newWordCache, type SentenceFeatures } from "../../packages/core/src/ner/features.ts";
import type { ConllDoc } from "../../packages/core/src/ner/conll.ts";
import type { NerLexicon } from "../../packages/core/src/ner/lexicon.ts";
import { NUM_TAGS, tagIndex } from "../../packages/core/src/ner/iob.ts";
import { denseLayout, type RowLayout } from "../../packages/core/src/ner/rows.ts";
import { decodeSentence, documentFeatures, type DocFeatureFn } from "../../packages/core/src/ner/decode.ts";
import { decodeBeamDense, newBeamBuffers } from "../../packages/core/src/ner/beam.ts";
import { trainStructured } from "../../packages/core/src/ner/structured.ts";
import { pruneRows, quantise } from "../../packages/core/src/ner/model.ts";
import { trainPerceptron, type TrainItem } from "../../packages/core/src/ner/train.ts";

export interface TrainSettings {
  bits: number;
  epochs: number;
  /** jackknife folds for the second pass's first-pass tags */
  folds: number;
  passes: number;
  seed: number;
  /** add an upper-cased copy of every capsEvery-th document (0 = none) */
  capsEvery: number;
  /** shuffles per shipped table, their weights averaged (1 = one shuffle); the jackknife models use one */
  seeds: number;
  /** shipped rows whose quantised weights all lie within ±prune are dropped (0 = keep all), see pruneRows */
  prune: number;
  /** decoding beam width: 1 = greedy decoding and per-token perceptron, more = structured perceptron (structured.ts) */
  beam: number;
}

/** Weights averaged over `n` training runs that differ only in the shuffling seed. */
function trainSeeds(
  items: TrainItem[],
  opts: { bits: number; epochs: number; seed: number; beam: number; log?: (m: string) => void },
  n: number,
): Float32Array {
  const train = opts.beam > 1 ? (i: TrainItem[], o: typeof opts) => trainStructured(i, o) : trainPerceptron;
  const w = train(items, opts);
  for (let k = 1; k < n; k++) {
    const v = train(items, { ...opts, seed: opts.seed + 1000 * k, log: undefined });
    for (let i = 0; i < w.length; i++) w[i]! += v[i]!;
  }
  if (n > 1) for (let i = 0; i < w.length; i++) w[i]! /= n;
  return w;
}

/** Greedy decoding, or the beam a structured model was trained with (training layout). */
function decodeWith(w: Int16Array, sf: SentenceFeatures, layout: RowLayout, beam: number): Uint8Array {
  return beam <= 1 ? decodeSentence(w, sf, layout, null) : decodeBeamDense(w, sf, layout, null, newBeamBuffers(beam));
}

/** Features and gold classes of a document set, extracted once and reused by every training run over it. */
export interface Prepared {
  feats: SentenceFeatures[][];
  gold: Uint8Array[][];
  /** index of the original document each entry came from (an upper-cased copy shares its source's index) */
  source: number[];
}

export function prepare(docs: readonly ConllDoc[], lex: NerLexicon, bits: number, capsEvery: number): Prepared {
  const layout = denseLayout(bits, NUM_TAGS);
  const all: ConllDoc[] = [...docs];
  const source = docs.map((_, i) => i);
  if (capsEvery > 0) {
    docs.forEach((d, i) => {
      if (i % capsEvery !== 0) return;
      all.push({ sentences: d.sentences.map((s) => ({ ...s, words: s.words.map((w) => w.toUpperCase()) })) });
      source.push(i);
    });
  }
  const cache = newWordCache();
  return {
    feats: all.map((d) => d.sentences.map((s) => extractSentence(s.words, lex, layout, cache))),
    gold: all.map((d) => d.sentences.map((s) => Uint8Array.from(s.tags, tagIndex))),
    source,
  };
}

/** Train on the prepared entries whose source document passes `use`; returns the quantised tables per pass. */
export function trainTables(
  p: Prepared,
  use: (source: number) => boolean,
  s: TrainSettings,
  log?: (m: string) => void,
): Int16Array[] {
  const layout = denseLayout(s.bits, NUM_TAGS);
  const all = p.feats.map((_, i) => i).filter((d) => use(p.source[d]!));
  const items = (idx: number[], docFns: DocFeatureFn[][] | null): TrainItem[] =>
    idx.flatMap((d) => p.feats[d]!.map((sf, k) => ({ sf, gold: p.gold[d]![k]!, doc: docFns ? docFns[d]![k]! : null })));
  const w1 = trainSeeds(
    items(all, null),
    { bits: s.bits, epochs: s.epochs, seed: s.seed, beam: s.beam, log: log && ((m) => log(`pass 1 ${m}`)) },
    s.seeds,
  );
  const shipped = (w: Float32Array) => {
    const q = quantise(w);
    if (s.prune > 0) pruneRows(q, s.prune);
    return q;
  };
  const tables = [shipped(w1)];
  if (s.passes > 1) {
    // Jackknife: first-pass tags for each fold come from a model that never saw that fold,
    // so the second pass learns how far to trust first-pass predictions on unseen text.
    const pass1: Uint8Array[][] = p.feats.map(() => []);
    for (let f = 0; f < s.folds; f++) {
      const inFold = (d: number) => p.source[d]! % s.folds === f;
      const wf = quantise(
        trainSeeds(
          items(
            all.filter((d) => !inFold(d)),
            null,
          ),
          { bits: s.bits, epochs: s.epochs, seed: s.seed + f + 1, beam: s.beam },
          1,
        ),
      );
      for (const d of all.filter(inFold)) pass1[d] = p.feats[d]!.map((sf) => decodeWith(wf, sf, layout, s.beam));
      log?.(`fold ${f + 1}/${s.folds} done`);
    }
    const docFns: DocFeatureFn[][] = p.feats.map(() => []);
    for (const d of all) docFns[d] = documentFeatures(p.feats[d]!, pass1[d]!, layout);
    const w2 = trainSeeds(
      items(all, docFns),
      { bits: s.bits, epochs: s.epochs, seed: s.seed + 100, beam: s.beam, log: log && ((m) => log(`pass 2 ${m}`)) },
      s.seeds,
    );
    tables.push(shipped(w2));
  }
  return tables;
}
