// Bench-only: the rebuild's corpus stages in one process, checkout A against B, alternated: resolution, then the entity
// network, metrics, layout (kept positions) and quality over the corpus a snapshot holds; checks both give the same.
// STATE_DIR holds graph.json and the .newsgraph-cache a build of A left there (A's code reads the snapshot).
// Usage: [RR=resolution rounds] node --expose-gc bench/corpus-ab.mjs A B STATE_DIR [ROUNDS]
import path from "node:path";
const [A, B, STATE, R = "3"] = process.argv.slice(2);
const load = async (co) => {
  const d = path.join(co, "packages/core/dist");
  return { core: { ...(await import(d + "/index.js")), ...(await import(d + "/graph/layout.js")) } };
};
const a = await load(A),
  b = await load(B);
const { IncrementalBuild } = await import(path.join(A, "packages/cli/dist/incremental.js"));
const { ExtractionCache, versions } = await import(path.join(A, "packages/cli/dist/cache.js"));
const { FileFactStore } = await import(path.join(A, "packages/cli/dist/fact-file.js"));
const v = versions();
const cache = new ExtractionCache(path.join(STATE, ".newsgraph-cache"), v.extractor, v.library);
const inc = new IncrementalBuild(cache, false);
if (inc.problem) throw new Error(inc.problem);
const facts = new FileFactStore();
const acc = new a.core.CorpusAccumulator({ coOccurMin: 2, facts });
const snapKeys = [...inc["snap"].docs.keys()];
for (const k of snapKeys) inc.adopt(k, acc, facts);
const carried = inc.carried(
  path.join(STATE, "graph.json"),
  JSON.stringify({ seed: 42, coOccurMin: 2, corrections: null }),
);
console.log("docs", snapKeys.length, "carried", !!carried, carried?.positions.size, carried?.communities?.size);
const recs = acc.entityRecords();
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
};
const time = (f) => {
  const t = cpu();
  const r = f();
  return [cpu() - t, r];
};
const tot = { A: {}, B: {} };
// the two checkouts take turns going first, so neither always runs on a warmer machine
const turns = (r) =>
  r % 2
    ? [
        ["B", b],
        ["A", a],
      ]
    : [
        ["A", a],
        ["B", b],
      ];
const add = (s, k, t) => (tot[s][k] ??= []).push(t);
let graph;
const sigR = {};
const json = (m) => JSON.stringify([...m]);
for (let r = 0; r < (process.env.RR ? Number(process.env.RR) : Number(R)); r++) {
  for (const [s, x] of turns(r)) {
    globalThis.gc?.();
    const [t, res] = time(() => x.core.resolveAcrossDocuments(recs));
    add(s, "resolve", t);
    const sig =
      recs.flatMap((rec) => rec.entities.map((e) => res.canonical(rec.id, e.id))).join() +
      json(res.merges) +
      JSON.stringify([...res.overrides]);
    (sigR[s] ??= sig) === sig || console.log("resolve sig differs between rounds?!");
    if (!graph) graph = acc.finish(res);
  }
}
if (sigR.A !== sigR.B) console.log("RESOLVE DIFFERS");
else console.log("resolve same");
const attrs = (g) => {
  const o = [];
  g.forEachNode((k, at) => o.push(k, at.x, at.y, at.weightedDegree, at.pagerank, at.community));
  return o.join();
};
const snap = graph.copy();
let sigs = {};
for (let r = 0; r < Number(R); r++) {
  for (const [s, x] of turns(r)) {
    const g = snap.copy();
    globalThis.gc?.();
    const [t1, net] = time(() => x.core.entityNetwork(g));
    add(s, "network", t1);
    const [t2, plan] = time(() => x.core.planLayout(g, { seconds: 5, previous: carried.positions }, net.copy()));
    add(s, "planLayout", t2);
    const [t3] = time(() => x.core.assignMetrics(g, { seed: 42, previous: carried.communities }, net));
    add(s, "metrics", t3);
    const xy = plan.job ? x.core.forceAtlas2Positions(plan.job) : null;
    const [t4, lr] = time(() => x.core.finishLayout(g, plan, xy));
    add(s, "finishLayout", t4);
    const [t5, q] = time(() => x.core.layoutQuality(g));
    add(s, "quality", t5);
    const sg = attrs(g) + "|" + q + "|" + JSON.stringify(lr);
    (sigs[s] ??= sg) === sg || console.log("graph sig differs between rounds?!");
  }
}
console.log(sigs.A === sigs.B ? "graph attrs same" : "GRAPH ATTRS DIFFER");
const sum = (l) => l.reduce((x, y) => x + y, 0),
  min = (l) => Math.min(...l);
console.log("stage            A mean  B mean  B/A    A min  B min  B/A (ms CPU)");
for (const k of Object.keys(tot.A))
  console.log(
    k.padEnd(14),
    sum(tot.A[k]).toFixed(0).padStart(7),
    sum(tot.B[k]).toFixed(0).padStart(7),
    (sum(tot.B[k]) / sum(tot.A[k])).toFixed(3),
    min(tot.A[k]).toFixed(0).padStart(6),
    min(tot.B[k]).toFixed(0).padStart(6),
    (min(tot.B[k]) / min(tot.A[k])).toFixed(3),
  );
facts.close();
