// npx tsx scripts/ner/speed-ab.ts DIR [DIR ...] — NER model load and tokens per CPU-second of the tagger code and model in
// each DIR (a checkout, or `git archive COMMIT packages/core | tar -x -C DIR`), one after the other in turns, on eng.testa.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { shared } from "./data.ts";

interface Tagger {
  parseModel: (bytes: Uint8Array) => unknown;
  tagDocumentClasses: (model: unknown, sentences: string[][]) => unknown;
}

const dirs = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const testa = path.join(shared, "ner/conll2003/eng.testa");
if (!dirs.length) throw new Error("ner-speed-ab: name one or more directories holding packages/core (see the header)");
if (!existsSync(testa)) {
  console.log(`ner-speed-ab: skipped, ${testa} is absent (the shared data folder must sit beside the repo)`);
  process.exit(0);
}

async function measure(dir: string): Promise<string> {
  const core = path.resolve(dir, "packages/core");
  const t: Tagger = {
    ...((await import(path.join(core, "src/ner/model.ts"))) as Pick<Tagger, "parseModel">),
    ...((await import(path.join(core, "src/ner/tagger.ts"))) as Pick<Tagger, "tagDocumentClasses">),
  };
  const { parseConll } = (await import(path.join(core, "src/ner/conll.ts"))) as {
    parseConll: (s: string) => { docs: { sentences: { words: string[] }[] }[] };
  };
  const load = () => {
    const b = gunzipSync(readFileSync(path.join(core, "models/ner.bin.gz")));
    return t.parseModel(new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
  };
  const loads: number[] = [];
  let model = load();
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    model = load();
    loads.push(performance.now() - t0);
  }
  const docs = parseConll(readFileSync(testa, "utf8")).docs.map((d) => d.sentences.map((s) => s.words));
  const tokens = docs.reduce((n, d) => n + d.reduce((m, s) => m + s.length, 0), 0);
  for (const d of docs) t.tagDocumentClasses(model, d); // JIT warm-up
  const u0 = process.cpuUsage();
  for (let r = 0; r < 7; r++) for (const d of docs) t.tagDocumentClasses(model, d);
  const perCpu = (7 * tokens) / (process.cpuUsage(u0).user / 1e6);
  return `${dir}: model load best of 3 ${Math.min(...loads).toFixed(0)} ms; ${Math.round(perCpu).toLocaleString("en-US")} tokens per CPU-second`;
}

// fairest with one directory per run, alternating runs (a later directory in the same process finds a warmer heap)
for (const dir of dirs) console.log(await measure(dir));
