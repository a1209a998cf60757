// Bench-only: what a cold thread pays beyond a warm one, split in two: its code's warm-up (interpreter, compiles) and
// its empty memos (the NER word memo, shape-window sums). One process, the share of one thread in a two-job run (every
// other batch of 64), three passes: fresh resources on cold code; fresh resources again on warm code; the same again.
// Usage: node bench/cold-split.mjs CORPUS.jsonl [MAX_DOCS] [CHECKOUT]   (after pnpm build; 16x budget as with two jobs)
import { readFileSync } from "node:fs";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { processCpu, threadCpu } from "./cpu-clock.mjs";

const [file, max = "1000000", checkout = path.resolve(import.meta.dirname, "..")] = process.argv.slice(2);
if (!process.execArgv.some((a) => a.includes("interrupt"))) setFlagsFromString("--interrupt-budget=1081344");
const { extractBatch } = await import(path.join(checkout, "packages/core/dist/index.js"));
const { loadDefaultResources } = await import(path.join(checkout, "packages/cli/dist/resources.js"));
const all = readFileSync(file, "utf8").split("\n").filter(Boolean).slice(0, Number(max));
const docs = all
  .map((line) => ({ doc: JSON.parse(line), withText: false }))
  .filter((_, i) => Math.floor(i / 64) % 2 === 0);

function pass(label, res) {
  const [m0, p0] = [threadCpu(), processCpu()];
  for (let i = 0; i < docs.length; i += 64) extractBatch(docs.slice(i, i + 64), res);
  const [m1, p1] = [threadCpu(), processCpu()];
  const words = res.ner.cache.plain.size;
  console.log(
    JSON.stringify({ label, docs: docs.length, thread: +(m1 - m0).toFixed(2), all: +(p1 - p0).toFixed(2), words }),
  );
}
const t0 = [threadCpu(), processCpu()];
const r1 = loadDefaultResources();
console.log(
  JSON.stringify({ label: "load", thread: +(threadCpu() - t0[0]).toFixed(2), all: +(processCpu() - t0[1]).toFixed(2) }),
);
pass("cold code, cold memo", r1);
const r2 = loadDefaultResources();
pass("warm code, cold memo", r2);
pass("warm code, warm memo", r2);
