// Bench-only: what sharing the NER word memo between two extraction threads saves. Two workers extract alternate
// batches of 64 documents of one JSONL corpus at the same time, as `--jobs 2` does, each with fresh models (an empty
// word memo) on code warmed by a first pass; rounds alternate between a memo shared by both threads and one per thread
// (as before). Prints the two threads' CPU together per round, and the words each computed. Records are compared
// between the two ways in every round (they must be the same).
// Usage: node bench/shared-words-ab.mjs CORPUS.jsonl [ROUNDS=4] [MAX_DOCS=8000]   (after pnpm build; Linux)
import { readFileSync } from "node:fs";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { loadAverage } from "./ab.mjs";
import { threadCpu } from "./cpu-clock.mjs";

const root = path.resolve(import.meta.dirname, "..");
const cliDist = (f) => path.join(root, "packages/cli/dist", f);
const coreDist = path.join(root, "packages/core/dist/index.js");

if (isMainThread) {
  const [file, rounds = "4", max = "8000"] = process.argv.slice(2);
  if (!file) throw new Error("bench/shared-words-ab.mjs: give a JSONL corpus (e.g. one written by bench/corpus.ts)");
  // the extraction budget of a multi-job run (packages/cli/src/pool/tiering.ts); process-wide, so the workers too
  setFlagsFromString("--interrupt-budget=1081344");
  const { readModelBytes } = await import(cliDist("resources.js"));
  const { newSharedWordBuffers } = await import(coreDist);
  const lines = readFileSync(file, "utf8").split("\n").filter(Boolean).slice(0, Number(max));
  const docs = lines.map((l) => JSON.parse(l));
  const shares = [0, 1].map((t) => docs.filter((_, i) => Math.floor(i / 64) % 2 === t));
  const models = readModelBytes();
  const workers = shares.map((share) => new Worker(new URL(import.meta.url), { workerData: { share, models } }));
  const ask = (w, msg) =>
    new Promise((resolve, reject) => {
      w.once("message", resolve);
      w.once("error", reject);
      w.postMessage(msg);
    });
  await Promise.all(workers.map((w) => ask(w, { warm: true })));
  const cpu = { shared: [], own: [] };
  const outputs = {};
  for (let r = 0; r < Number(rounds); r++) {
    for (const mode of r % 2 ? ["own", "shared"] : ["shared", "own"]) {
      const words = mode === "shared" ? newSharedWordBuffers() : undefined;
      const res = await Promise.all(workers.map((w) => ask(w, { words })));
      cpu[mode].push(res[0].cpu + res[1].cpu);
      const out = res.map((x) => x.digest).join();
      if ((outputs[r] ??= out) !== out)
        throw new Error("bench/shared-words-ab.mjs: records differ between the two ways");
      console.log(
        `round ${r + 1} ${mode.padEnd(6)} ${res.map((x) => x.cpu.toFixed(2)).join(" + ")} s, words computed ${res.map((x) => x.computed).join(" + ")}`,
      );
    }
  }
  await Promise.all(workers.map((w) => w.terminate()));
  const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
  console.log(
    `shared / own: ${(mean(cpu.shared) / mean(cpu.own)).toFixed(3)} (${mean(cpu.shared).toFixed(2)} s against ${mean(cpu.own).toFixed(2)} s of two threads' CPU, ${lines.length} documents, ${rounds} rounds, load average ${loadAverage()} at the end)`,
  );
} else {
  const { share, models } = workerData;
  const { extractBatch } = await import(coreDist);
  const { resourcesFromBytes } = await import(cliDist("resources.js"));
  const { createHash } = await import("node:crypto");
  const batches = [];
  for (let i = 0; i < share.length; i += 64)
    batches.push(share.slice(i, i + 64).map((doc) => ({ doc, withText: false })));
  parentPort.on("message", ({ warm, words }) => {
    const res = resourcesFromBytes(models, warm ? undefined : words);
    const t = threadCpu();
    const hash = createHash("sha256");
    for (const b of batches) for (const r of extractBatch(b, res)) hash.update(r.ok ? r.json : r.message);
    const cpu = threadCpu() - t;
    const seen = res.ner.cache.plain.size + res.ner.cache.caps.size;
    const computed = seen - (res.ner.cache.shared?.found ?? 0);
    parentPort.postMessage({ cpu, digest: hash.digest("hex"), computed });
  });
}
