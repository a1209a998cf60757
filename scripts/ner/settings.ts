// The NER training settings and their command-line flags, in one place for pnpm train:ner and pnpm cv:ner.
import path from "node:path";
import { emptyLexicon, parseClusters, parseGazetteer, type NerLexicon } from "../../packages/core/src/ner/lexicon.ts";
import { arg, modelsDir, readIfExists } from "./data.ts";
import type { TrainSettings } from "./train-lib.ts";

/** The shipped settings: each default was chosen by 5-fold cross-validation on eng.train (see README, Named-entity model). */
export const SHIPPED: TrainSettings & { clusters: boolean; gazetteer: boolean } = {
  bits: 20,
  epochs: 12,
  folds: 4,
  passes: 2,
  seed: 17,
  capsEvery: 4,
  seeds: 1,
  prune: 0,
  beam: 4,
  clusters: true,
  gazetteer: true,
};

export type Settings = typeof SHIPPED;

/** The command-line flags `settingsFromArgs` reads, for the scripts' option check. */
export const SETTINGS_FLAGS = [
  "--bits",
  "--epochs",
  "--folds",
  "--passes",
  "--seed",
  "--caps-every",
  "--seeds",
  "--prune",
  "--beam",
  "--no-clusters",
  "--no-gazetteer",
];

export function settingsFromArgs(): Settings {
  const num = (k: keyof TrainSettings, flag: string) => Number(arg(flag, String(SHIPPED[k])));
  return {
    bits: num("bits", "bits"),
    epochs: num("epochs", "epochs"),
    folds: num("folds", "folds"),
    passes: num("passes", "passes"),
    seed: num("seed", "seed"),
    capsEvery: num("capsEvery", "caps-every"),
    seeds: num("seeds", "seeds"),
    prune: num("prune", "prune"),
    beam: num("beam", "beam"),
    clusters: !process.argv.includes("--no-clusters"),
    gazetteer: !process.argv.includes("--no-gazetteer"),
  };
}

/** The lexicon files as shipped, or emptied when a flag turns a resource off. */
export function loadLexicon(s: Settings): { lex: NerLexicon; clustersText: string; gazText: string } {
  const full = readIfExists(path.join(modelsDir, "clusters.txt"));
  // without clusters the truecasing table (the `=` lines of the same file) stays: headlines still need it
  const clustersText = s.clusters
    ? full
    : full
        .split("\n")
        .filter((l) => l.startsWith("="))
        .join("\n");
  const gazText = s.gazetteer ? readIfExists(path.join(modelsDir, "gazetteer.txt")) : "";
  return {
    lex: { ...emptyLexicon(), ...parseClusters(clustersText), gazetteer: parseGazetteer(gazText) },
    clustersText,
    gazText,
  };
}
