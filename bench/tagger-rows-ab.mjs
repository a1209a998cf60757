// Bench-only: what a smaller attribution tagger would cost the statements stage, without retraining: one checkout's
// shipped tagger (A) against the same model cut in memory to its N rows of largest |weight| (B, as pruneRows keeps them,
// here on the quantised weights), documents interleaved as in statements-ab.mjs; CPU ms per round, and how many
// articles' statements stay the same (a smaller model changes outputs: its accuracy is train CV's `keepRows` question).
// Usage: node bench/tagger-rows-ab.mjs CHECKOUT N [ROUNDS=8] [EVERY=4]
import os from "node:os";
import path from "node:path";
import { processCpu } from "./cpu-clock.mjs";
import { beforeStatements, corpusTexts, loadCheckout } from "./ab-corpus.mjs";

const [root, N, rounds = 8, every = 4] = process.argv.slice(2).map((x, i) => (i ? Number(x) : x));
if (!root || !(N > 0)) throw new Error("bench/tagger-rows-ab.mjs: name a built checkout and the rows to keep");
const dir = path.resolve(root);
const { rowIndex } = await import(`${dir}/packages/core/dist/statements/learned/row-index.js`);
const A = await loadCheckout(dir),
  B = await loadCheckout(dir);
const W = B.res.attribution;
const R = W.stride;
// the kept hashed rows in order, each one's largest |weight|, and the threshold that leaves N of them
const rows = [];
for (let h = 0; h <= W.mask; h++) if ((W.index.words[(h >>> 5) << 1] >>> (h & 31)) & 1) rows.push(h);
const top = rows.map((_, r) => Math.max(...Array.from(W.w.subarray(r * R, r * R + 7), Math.abs)));
const min = [...top].sort((a, b) => b - a)[Math.min(N, rows.length) - 1];
const keep = rows.filter((_, r) => top[r] >= min);
const w = new Int16Array((keep.length + 1) * R);
let q = 0;
rows.forEach((_, r) => top[r] >= min && w.set(W.w.subarray(r * R, r * R + R), R * q++));
B.res.attribution = { ...W, w, index: rowIndex(keep, Math.log2(W.mask + 1), R) };
const texts = corpusTexts(every);
for (const X of [A, B]) X.inputs = beforeStatements(X, texts);
const ta = [],
  tb = [];
let same = 0;
for (let r = 0; r < rounds; r++) {
  let a = 0,
    b = 0;
  texts.forEach((_, i) => {
    const out = new Map();
    for (const X of (i + r) % 2 ? [B, A] : [A, B]) {
      const c = processCpu();
      out.set(X, X.stages[3].run(X.inputs[i], X.res).statements);
      const t = (processCpu() - c) * 1000;
      if (X === A) a += t;
      else b += t;
    }
    if (r === rounds - 1 && JSON.stringify(out.get(A)) === JSON.stringify(out.get(B))) same++;
  });
  ta.push(a);
  tb.push(b);
}
const med = (x) => x.slice(2).sort((p, q) => p - q)[(x.length - 2) >> 1];
const ratios = ta.slice(2).map((a, i) => tb[i + 2] / a);
console.log(`rows ${rows.length} -> ${keep.length}`);
console.log(`A ${ta.map((x) => x.toFixed(0)).join(" ")}\nB ${tb.map((x) => x.toFixed(0)).join(" ")}`);
console.log(
  `${texts.length} docs; median after 2 warm-up rounds: A ${med(ta).toFixed(0)} B ${med(tb).toFixed(0)} ms (B/A ${(med(tb) / med(ta)).toFixed(3)}; per-round B/A median ${med([0, 0, ...ratios]).toFixed(3)}); statements the same in ${same} of ${texts.length} articles; load ${os.loadavg()[0].toFixed(1)}`,
);
