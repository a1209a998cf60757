// One process of `pnpm bench stages`: the corpus stages of a checkout's compiled packages over extracted records, CPU per stage as JSON.
// usage: node bench/stages-child.mjs CHECKOUT RECORDS.jsonl OUT_DIR
import { createReadStream } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";

const [root, records, out] = process.argv.slice(2);
const core = await import(path.join(root, "packages/core/dist/index.js"));
const { CORPUS_STAGES } = await import(path.join(root, "packages/core/dist/pipeline/pipeline.js"));
const { FileFactStore } = await import(path.join(root, "packages/cli/dist/fact-file.js"));
const { writeChunksAtomic } = await import(path.join(root, "packages/cli/dist/io.js"));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const ms = {};
const lap = async (name, f) => {
  const t = cpu();
  const r = await f();
  ms[name] = cpu() - t;
  return r;
};
const facts = new FileFactStore();
const opts = { coOccurMin: 2, seed: 42, layout: { seconds: core.DEFAULT_LAYOUT_SECONDS }, facts };
const acc = new core.CorpusAccumulator(opts);
await lap("read and fold", async () => {
  for await (const line of createInterface({ input: createReadStream(records) })) {
    if (!line) continue;
    const r = JSON.parse(line);
    acc.fold(r, r.text);
  }
});
const [resolve, graph, metrics, layout] = CORPUS_STAGES;
let s = await lap("resolve", () => resolve.run({ acc }, opts));
s = await lap("graph", () => graph.run(s, opts));
s = await lap("metrics", () => metrics.run(s, opts));
s = await lap("layout", () => layout.run(s, opts));
await lap("graph.json", () => writeChunksAtomic(path.join(out, "g.json"), core.graphJsonChunks(s.graph)));
await lap("GEXF", () => writeChunksAtomic(path.join(out, "g.gexf"), core.gexfChunks(s.graph, { description: "x" })));
await lap("GraphML", () => writeChunksAtomic(path.join(out, "g.graphml"), core.graphmlChunks(s.graph)));
facts.close();
console.log(JSON.stringify(ms));
