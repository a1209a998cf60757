// Bench-only: what the document stages allocate per article, from a checkout's compiled packages (this one by default).
// One warm pass over N BBC articles spread over the corpus, then a second pass under the inspector's sampling heap
// profiler counting collected objects too; prints the sampled MiB and the sites that allocate most (built-ins charged
// to their caller). With --typed-arrays it instead counts the typed arrays over 64 bytes made in the second pass (each
// has a backing store of its own, which V8 allocates and frees one by one), by call site.
// Usage: node bench/alloc-sample.mjs [CHECKOUT] [--docs 750] [--top 25] [--typed-arrays]
import { readdirSync, readFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import path from "node:path";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { docs: { type: "string" }, top: { type: "string" }, "typed-arrays": { type: "boolean" } },
});
const here = path.resolve(import.meta.dirname, "..");
const root = path.resolve(positionals[0] ?? here);
const N = Number(values.docs ?? 750);
const TOP = Number(values.top ?? 25);

const sites = new Map();
let counting = false;
if (values["typed-arrays"]) {
  // a subclass under each global name: the compiled modules construct through the global at call time
  for (const name of [
    "Uint8Array",
    "Int16Array",
    "Uint16Array",
    "Int32Array",
    "Uint32Array",
    "Float32Array",
    "Float64Array",
  ]) {
    const Base = globalThis[name];
    globalThis[name] = class extends Base {
      constructor(...args) {
        super(...args);
        if (!counting || this.byteLength <= 64 || args[0] instanceof ArrayBuffer) return;
        const site = `${name} ${(new Error().stack ?? "")
          .split("\n")[2]
          ?.trim()
          .replace(/^at .*\/dist\//, "")}`;
        const s = sites.get(site) ?? { n: 0, bytes: 0 };
        s.n++;
        s.bytes += this.byteLength;
        sites.set(site, s);
      }
    };
  }
}

const core = await import(path.join(root, "packages/core/dist/index.js"));
const { loadDefaultResources } = await import(path.join(root, "packages/cli/dist/resources.js"));
const res = loadDefaultResources();
const bbc = path.resolve(here, "../shared/corpus/bbc");
const all = [];
for (const topic of readdirSync(bbc, { withFileTypes: true }).filter((d) => d.isDirectory()))
  for (const f of readdirSync(path.join(bbc, topic.name)).sort())
    all.push({ id: `${topic.name}/${f}`, text: readFileSync(path.join(bbc, topic.name, f), "utf8") });
all.sort((a, b) => (a.id < b.id ? -1 : 1));
const step = Math.max(1, Math.floor(all.length / N));
const docs = all.filter((_, i) => i % step === 0).slice(0, N);
const pass = () => {
  for (const d of docs) JSON.stringify(core.extractDocument(d, res, { withText: false }));
};

pass();
const MiB = (b) => (b / 2 ** 20).toFixed(1).padStart(7);
if (values["typed-arrays"]) {
  counting = true;
  pass();
  counting = false;
  const rows = [...sites].sort((a, b) => b[1].n - a[1].n);
  console.log(`${rows.reduce((t, [, s]) => t + s.n, 0)} typed arrays over 64 bytes in ${docs.length} articles`);
  for (const [site, s] of rows.slice(0, TOP)) console.log(`${String(s.n).padStart(8)} ${MiB(s.bytes)} MiB  ${site}`);
} else {
  const session = new Session();
  session.connect();
  await session.post("HeapProfiler.enable");
  await session.post("HeapProfiler.startSampling", {
    samplingInterval: 4096,
    includeObjectsCollectedByMinorGC: true,
    includeObjectsCollectedByMajorGC: true,
  });
  pass();
  const { profile } = await session.post("HeapProfiler.stopSampling");
  const bySite = new Map();
  let total = 0;
  const walk = (node, caller) => {
    const f = node.callFrame;
    const own = `${f.functionName || "(anonymous)"} ${f.url.split("/").slice(-2).join("/")}:${f.lineNumber + 1}`;
    const site = f.url || !caller ? own : `${caller} > ${f.functionName}`;
    total += node.selfSize;
    if (node.selfSize) bySite.set(site, (bySite.get(site) ?? 0) + node.selfSize);
    for (const c of node.children) walk(c, f.url ? own : caller);
  };
  walk(profile.head, null);
  console.log(`${MiB(total).trim()} MiB sampled in ${docs.length} articles (${root})`);
  for (const [site, b] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${MiB(b)}  ${site}`);
}
