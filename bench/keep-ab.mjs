// Bench-only: statement-keep alone (keepStatements over each document's finished statements) in two built checkouts, in
// one process, documents interleaved as in statements-ab.mjs; CPU ms per round, and whether the kept statements match.
// Usage: node bench/keep-ab.mjs CHECKOUT_A CHECKOUT_B [ROUNDS=8] [EVERY=4] (pnpm build in each; CORPUS=dir for another folder)
import os from "node:os";
import { processCpu } from "./cpu-clock.mjs";
import { abArgs, beforeStatements, corpusTexts, loadCheckout } from "./ab-corpus.mjs";
const { ra, rb, rounds, every } = abArgs("keep-ab.mjs");
const load = async (root) => {
  const X = await loadCheckout(root);
  const { extractWithContext } = await import(`${root}/packages/core/dist/statements/extract.js`);
  const { keepStatements } = await import(`${root}/packages/core/dist/statements/learned/statement-keep.js`);
  return { ...X, extractWithContext, keepStatements };
};
const A = await load(ra),
  B = await load(rb);
const texts = corpusTexts(every);
// the statements before statement-keep, and the context it reads
for (const X of [A, B])
  X.inputs = beforeStatements(X, texts).map((s) =>
    X.extractWithContext(s.doc, s.seg, s.ents, { ...X.res, statementKeep: null }),
  );
const cpuMs = () => processCpu() * 1000;
const ta = [],
  tb = [];
let same = true;
for (let r = 0; r < rounds; r++) {
  let a = 0,
    b = 0;
  texts.forEach((_, i) => {
    const kept = [];
    for (const X of (i + r) % 2 ? [B, A] : [A, B]) {
      const { ctx, result } = X.inputs[i];
      const c = cpuMs();
      const o = X.keepStatements(ctx, result, X.res.statementKeep);
      const t = cpuMs() - c;
      if (X === A) a += t;
      else b += t;
      kept[X === A ? 0 : 1] = JSON.stringify(o.statements);
    }
    if (kept[0] !== kept[1]) same = false;
  });
  ta.push(a);
  tb.push(b);
}
const med = (v) => [...v].slice(2).sort((x, y) => x - y)[(v.length - 2) >> 1];
console.log(`A ${ta.map((x) => x.toFixed(0)).join(" ")}\nB ${tb.map((x) => x.toFixed(0)).join(" ")}`);
const ratios = ta.slice(2).map((a, i) => tb[i + 2] / a);
console.log(
  `${texts.length} docs; median after 2 warm-up rounds: A ${med(ta).toFixed(0)} B ${med(tb).toFixed(0)} ms (B/A ${(med(tb) / med(ta)).toFixed(3)}; per-round B/A median ${[...ratios].sort((x, y) => x - y)[ratios.length >> 1].toFixed(3)}); kept statements ${same ? "identical" : "DIFFER"}; load ${os.loadavg()[0].toFixed(1)}`,
);
