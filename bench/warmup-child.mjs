// Child of bench/warmup.ts (compiled packages, as the CLI runs them): extracts two interleaved halves of a JSONL corpus
// in one fresh process, A cold, then B, B again and A again, and prints one JSON line per pass with the CPU seconds of
// the main thread and of the whole process (the difference: V8's compiler and garbage-collector helper threads).
// Usage: node bench/warmup-child.mjs corpus.jsonl MAX_DOCS
import { readFileSync } from "node:fs";
import { extractBatch } from "../packages/core/dist/index.js";
import { loadDefaultResources } from "../packages/cli/dist/resources.js";
import { processCpu, threadCpu } from "./cpu-clock.mjs";

const [file, max] = process.argv.slice(2);
const docs = readFileSync(file, "utf8")
  .split("\n")
  .filter(Boolean)
  .slice(0, Number(max))
  .map((line) => ({ doc: JSON.parse(line), withText: false }));
const halves = [docs.filter((_, i) => i % 2 === 0), docs.filter((_, i) => i % 2 === 1)];

const res = loadDefaultResources();
for (const [label, half] of [
  ["A, cold", 0],
  ["B, after A", 1],
  ["B again", 1],
  ["A again", 0],
]) {
  const set = halves[half];
  const [m0, p0] = [threadCpu(), processCpu()];
  for (let i = 0; i < set.length; i += 64) extractBatch(set.slice(i, i + 64), res);
  const [m1, p1] = [threadCpu(), processCpu()];
  console.log(JSON.stringify({ label, docs: set.length, main: m1 - m0, all: p1 - p0 }));
}
