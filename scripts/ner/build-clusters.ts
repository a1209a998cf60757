// Build distributional word clusters and a truecasing table from the unlabelled text in ../shared/corpus
// (BBC, Reuters-21578, PolNeAR text, CoNLL eng.train words). Output: packages/core/models/clusters.txt.
// Method: exchange clustering of words by their bigram statistics (Brown's objective) at several numbers of
// classes; the coarse-to-fine class ids play the role of Brown-cluster bit prefixes. Deterministic.
import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { tokenize } from "../../packages/core/src/text/tokenize.ts";
import { bigrams, exchange } from "./exchange.ts";
import { arg, modelsDir, shared } from "./data.ts";

const MIN_COUNT = Number(arg("min-count", "3"));
const KS = arg("classes", "64,256,1024").split(",").map(Number);
const ITERS = Number(arg("iters", "8"));
const t0 = Date.now();
const log = (m: string) => process.stderr.write(`[build-clusters ${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}\n`);

function* texts(): Generator<string> {
  const bbc = path.join(shared, "corpus/bbc");
  for (const cat of readdirSync(bbc).filter((c) => !c.includes("."))) {
    for (const f of readdirSync(path.join(bbc, cat)).sort()) yield readFileSync(path.join(bbc, cat, f), "utf8");
  }
  for (const line of readFileSync(path.join(shared, "corpus/reuters21578.jsonl"), "utf8").split("\n")) {
    if (line.trim()) yield (JSON.parse(line) as { text: string }).text;
  }
  for (const split of ["train", "dev"]) {
    const dir = path.join(shared, "attribution/polnear", split, "text");
    if (existsSync(dir)) for (const f of readdirSync(dir).sort()) yield readFileSync(path.join(dir, f), "utf8");
  }
  const conll = readFileSync(path.join(shared, "ner/conll2003/eng.train"), "utf8");
  yield conll
    .split("\n\n")
    .map((s) =>
      s
        .split("\n")
        .map((l) => l.split(" ")[0])
        .filter((w) => w && w !== "-DOCSTART-")
        .join(" "),
    )
    .join("\n");
}

// 1. sentences of tokens; all-caps lines are left out (they would make separate upper-case word types)
const sentences: string[][] = [];
for (const t of texts()) {
  for (const line of t.split(/\n\s*\n|\r?\n(?=\s{2,}|\S)/)) {
    const words = tokenize(line).map((x) => x.text);
    const letters = words.filter((w) => /\p{L}/u.test(w));
    if (letters.length && letters.every((w) => w === w.toUpperCase())) continue;
    if (words.length) sentences.push(words);
  }
}
log(`${sentences.length} lines, ${sentences.reduce((n, s) => n + s.length, 0)} tokens`);

// 2. counts, vocabulary, truecasing (ignoring sentence-initial tokens whose capital says nothing)
const count = new Map<string, number>();
const caseCount = new Map<string, Map<string, number>>();
for (const s of sentences) {
  s.forEach((w, i) => {
    count.set(w, (count.get(w) ?? 0) + 1);
    if (i === 0 || /^["'“‘(.!?:-]+$/.test(s[i - 1]!)) return;
    const lo = w.toLowerCase();
    const m = caseCount.get(lo) ?? new Map<string, number>();
    m.set(w, (m.get(w) ?? 0) + 1);
    caseCount.set(lo, m);
  });
}
const vocab = [...count]
  .filter(([, c]) => c >= MIN_COUNT)
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .map(([w]) => w);
const vid = new Map(vocab.map((w, i) => [w, i]));
log(`vocabulary ${vocab.length} words (count ≥ ${MIN_COUNT})`);

// 3. exchange clustering at several granularities; rare words share one id, the boundary word is last
const UNK = vocab.length;
const BOUNDARY = vocab.length + 1;
const ids: number[] = [];
for (const s of sentences) {
  ids.push(BOUNDARY);
  for (const w of s) ids.push(vid.get(w) ?? UNK);
}
ids.push(BOUNDARY);
const bg = bigrams(Int32Array.from(ids), vocab.length + 2);
log(`bigram lists built`);
const levels = KS.map((k) => exchange(bg, k, ITERS, log));

// 6. write: words with their cluster path, then the truecasing table
const lines: string[] = vocab.map((w, v) => [w, ...levels.map((l) => l[v]!)].join("\t"));
for (const [lo, m] of [...caseCount].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const best = [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
  if (best[0] !== lo && best[1] >= 2 && !lo.includes("\t")) lines.push(`=${lo}\t${best[0]}`);
}
const out = path.join(modelsDir, "clusters.txt");
writeFileSync(out, lines.join("\n") + "\n");
log(`wrote ${out} (${lines.length} lines)`);
