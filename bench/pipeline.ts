// Pipeline benchmark: newsgraph end to end over the BBC corpus vs compromise's people/organizations/places, same run.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import os from "node:os";
import { fileURLToPath } from "node:url";
import nlp from "compromise";
import { DOCUMENT_STAGES, buildCorpusGraph, extractDocument } from "../packages/core/src/pipeline/pipeline.ts";
import type { DocState, Document, ExtractionRecord } from "../packages/core/src/pipeline/types.ts";
import { resolveAcrossDocuments } from "../packages/core/src/resolve/resolve.ts";
import { buildGraph } from "../packages/core/src/graph/build.ts";
import { serializeGraph } from "../packages/core/src/graph/serialize.ts";
import { toGexf } from "../packages/core/src/graph/gexf.ts";
import { loadDefaultResources } from "../packages/core/src/node/resources.ts";
import { decodeText } from "../packages/core/src/node/inputs/decode.ts";
import { countWords } from "../packages/core/src/node/progress.ts";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const BBC = path.resolve(REPO_ROOT, "../shared/corpus/bbc");

/** The 2,225 BBC articles (category/NNN.txt), decoded the way the CLI decodes them. */
export function loadBbc(dir = BBC): Document[] {
  const docs: Document[] = [];
  const cats = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  for (const cat of cats) {
    const sub = path.join(dir, cat);
    for (const f of readdirSync(sub).filter((x) => x.endsWith(".txt")).sort()) {
      const d = decodeText(readFileSync(path.join(sub, f)));
      if (d.ok) docs.push({ id: `${cat}/${f}`, text: d.text });
    }
  }
  return docs;
}

const now = () => performance.now();
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

function time<T>(f: () => T): [T, number] {
  const t0 = now();
  const r = f();
  return [r, now() - t0];
}

/** Run every document stage by hand to time each one, then the corpus stages. */
function stageSplit(docs: Document[], res: ReturnType<typeof loadDefaultResources>, records: ExtractionRecord[]) {
  const ms: Record<string, number> = Object.fromEntries(DOCUMENT_STAGES.map((s) => [s.name, 0]));
  for (const doc of docs) {
    let state: DocState = { doc };
    for (const stage of DOCUMENT_STAGES) {
      const t0 = now();
      state = stage.run(state, res);
      ms[stage.name]! += now() - t0;
    }
  }
  const texts = new Map(docs.map((d) => [d.id, d.text]));
  const [resolution, resolveMs] = time(() => resolveAcrossDocuments(records, res));
  const [graph, graphMs] = time(() => buildGraph(records, resolution, { texts }));
  ms.resolve = resolveMs;
  ms.graph = graphMs;
  return { ms, graph };
}

export async function runPipelineBench(): Promise<void> {
  if (!existsSync(BBC)) {
    console.log(`pipeline bench skipped: the BBC corpus is not at ${BBC} (it lives in ../shared beside the repository)`);
    return;
  }
  const docs = loadBbc();
  const words = docs.reduce((n, d) => n + countWords(d.text), 0);
  const res = loadDefaultResources();
  console.log(`pipeline bench: ${docs.length} BBC articles, ${fmt(words)} words (whitespace-separated), one thread`);
  console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)} at start (other processes slow both systems alike)`);

  // warm up both sides on the first 100 articles so neither pays for JIT compilation in the timed pass
  for (const d of docs.slice(0, 100)) {
    extractDocument(d, res);
    nlp(d.text).people().out("array");
  }

  // the two systems alternate in blocks of 25 articles, so a busy machine slows both alike and the ratio stays fair
  const texts = new Map(docs.map((d) => [d.id, d.text]));
  const records: ExtractionRecord[] = [];
  let extractMs = 0, compromiseMs = 0, found = 0;
  for (let i = 0; i < docs.length; i += 25) {
    const block = docs.slice(i, i + 25);
    extractMs += time(() => {
      for (const d of block) records.push(extractDocument(d, res));
    })[1];
    compromiseMs += time(() => {
      for (const d of block) {
        const doc = nlp(d.text);
        found += doc.people().out("array").length + doc.organizations().out("array").length + doc.places().out("array").length;
      }
    })[1];
  }
  const [graph, corpusMs] = time(() => buildCorpusGraph(records, res, { texts }));
  const endToEnd = extractMs + corpusMs;
  const [json, jsonMs] = time(() => serializeGraph(graph));
  const [gexf, gexfMs] = time(() => toGexf(graph));

  const ngRate = words / (endToEnd / 1000);
  const cRate = words / (compromiseMs / 1000);
  console.log("");
  console.log("| system | what | time | words/s |");
  console.log("|---|---|---:|---:|");
  console.log(`| newsgraph | extraction + resolve + graph (end to end) | ${fmt(endToEnd)} ms | ${fmt(ngRate)} |`);
  console.log(`| newsgraph | of which extraction (4 document stages) | ${fmt(extractMs)} ms | ${fmt(words / (extractMs / 1000))} |`);
  console.log(`| compromise 14 | nlp(text).people() / .organizations() / .places() | ${fmt(compromiseMs)} ms | ${fmt(cRate)} |`);
  console.log(`\nnewsgraph is ${(ngRate / cRate).toFixed(1)}× compromise end to end (target ≥ 5×).`);
  console.log(`graph: ${fmt(graph.order)} nodes, ${fmt(graph.size)} edges; compromise found ${fmt(found)} spans.`);
  console.log(`writing (not in end to end): graph.json ${fmt(jsonMs)} ms (${(json.length / 2 ** 20).toFixed(1)} MiB), GEXF ${fmt(gexfMs)} ms (${(gexf.length / 2 ** 20).toFixed(1)} MiB)`);

  const { ms } = stageSplit(docs, res, records);
  const total = Object.values(ms).reduce((a, b) => a + b, 0);
  console.log("\n| stage | time | share | words/s |");
  console.log("|---|---:|---:|---:|");
  for (const [name, t] of Object.entries(ms)) {
    console.log(`| ${name} | ${fmt(t)} ms | ${((100 * t) / total).toFixed(1)}% | ${fmt(words / (t / 1000))} |`);
  }
  console.log(`(stage split from a second pass that runs each stage separately; total ${fmt(total)} ms)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await runPipelineBench();
}
