// npx tsx --conditions=development scripts/attribution/option-words.ts [--cache DIR] [--min N]: how often a chooser option opened or headed by each word overlaps PolNeAR's source (words of options never right are pruning candidates).
import { analysisSetup } from "./cv-cache.ts";
import { TRAIN_DEFAULTS } from "./defaults.ts";
import { boundaryExamples, foldContentEnds } from "./content-ends-data.ts";
import { beforeChooser, chooserExamples } from "./source-chooser-data.ts";

const { opt, docs, models } = analysisSetup();
const min = Number(opt("--min") ?? 15);
const k = TRAIN_DEFAULTS.folds;
const ends = foldContentEnds(
  docs.map((d, i) => boundaryExamples(d, models[i % k] ?? null)),
  k,
);
const tally = new Map<string, [number, number]>();
const bump = (key: string, right: boolean) => {
  const x = tally.get(key) ?? [0, 0];
  x[0]++;
  if (right) x[1]++;
  tally.set(key, x);
};
docs.forEach((d, i) => {
  for (const ex of chooserExamples(d, beforeChooser(d, models[i % k] ?? null, ends[i % k] ?? null))) {
    ex.about.texts.forEach((t, j) => {
      if (j === 0) return;
      const words = t.split(/\s+/);
      bump(`first ${words[0]!.toLowerCase()}`, ex.right[j]!);
      bump(`last ${words[words.length - 1]!.toLowerCase()}`, ex.right[j]!);
    });
  }
});
const rows = [...tally]
  .filter(([, [n]]) => n >= min)
  .sort((a, b) => a[1][1] / a[1][0] - b[1][1] / b[1][0] || b[1][0] - a[1][0]);
for (const [key, [n, r]] of rows.slice(0, 120))
  console.log(`${String(n).padStart(6)} ${String(r).padStart(5)}  ${key}`);
