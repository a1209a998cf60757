// The shipped statement models our training scripts make, in the order they are made, and the byte comparison check:models runs.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** One shipped file under packages/core/models/ and the training script that makes it. */
export interface ChainModel {
  /** file name under packages/core/models/ */
  file: string;
  /** the training script, under scripts/attribution/ */
  script: string;
  /** its arguments besides `--out FILE`; `DIR` stands for the cache folder (document stages and fold taggers) */
  args: readonly string[];
  /** the shipped models its training data reads (retrain them first) */
  reads: readonly string[];
}

/**
 * The order to retrain in: the document stages (the NER model, its clusters and gazetteer) feed every one; the fold
 * taggers, trained inside each run (kept in the cache), feed the four models after the tagger; statement-keep alone
 * reads two shipped models (quote-keep and the chooser run before it in its examples), so it comes last. The tagger
 * reads no other statement model.
 */
export const MODEL_CHAIN: readonly ChainModel[] = [
  { file: "content-ends.json", script: "train-content-ends.ts", args: ["--cache", "DIR"], reads: [] },
  { file: "quote-keep.json", script: "train-quote-keep.ts", args: ["--split", "train", "--cache", "DIR"], reads: [] },
  { file: "source-chooser.json", script: "train-source-chooser.ts", args: ["--cache", "DIR"], reads: [] },
  {
    file: "statement-keep.json",
    script: "train-statement-keep.ts",
    args: ["--split", "train", "--cache", "DIR"],
    reads: ["quote-keep.json", "source-chooser.json"],
  },
  { file: "attribution.bin.gz", script: "train.ts", args: [], reads: [] },
];

/** The pnpm command that regenerates a model (package.json's `train:*` scripts). */
export function commandOf(m: ChainModel): string {
  const name = m.script === "train.ts" ? "attribution" : m.script.replace(/^train-/, "").replace(/\.ts$/, "");
  return ["pnpm", `train:${name}`, ...m.args].join(" ");
}

/** What a byte comparison found for one model: null when the retrained file equals the shipped one. */
export function compareModel(m: ChainModel, shippedDir: string, retrainedDir: string): string | null {
  const shipped = path.join(shippedDir, m.file);
  const fresh = path.join(retrainedDir, m.file);
  if (!existsSync(fresh))
    return `newsgraph/check-models: ${m.file} was not retrained (its script failed: see its output above); regenerate it with \`${commandOf(m)}\``;
  if (!existsSync(shipped))
    return `newsgraph/check-models: ${m.file} is not shipped under ${shippedDir}; make it with \`${commandOf(m)}\``;
  const a = readFileSync(shipped);
  const b = readFileSync(fresh);
  if (a.equals(b)) return null;
  const at = firstDifference(a, b);
  const after = m.reads.length ? ` after ${m.reads.join(" and ")}` : "";
  return `newsgraph/check-models: ${m.file} differs from what its script makes today (${a.length} shipped bytes against ${b.length}, first difference at byte ${at}); regenerate it with \`${commandOf(m)}\`${after}, run its tests and record the figures`;
}

/** The offset of the first byte where two buffers differ (the shorter one's length when one is a prefix). */
export function firstDifference(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return n;
}
