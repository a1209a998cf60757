// Bench-only: the statements stage of two checkouts in one process, documents interleaved (A then B on one, B then A
// on the next), so machine load reaches both alike; CPU ms per round over every Nth BBC article (CORPUS=dir for
// another folder), and whether the last round's statements are identical. Each checkout's stage reads its own earlier
// stages' output. Usage: node bench/statements-ab.mjs CHECKOUT_A CHECKOUT_B [ROUNDS=8] [EVERY=4] (pnpm build in each)
import os from "node:os";
import { processCpu } from "./cpu-clock.mjs";
import { abArgs, beforeStatements, corpusTexts, loadCheckout } from "./ab-corpus.mjs";
const { ra, rb, rounds, every } = abArgs("statements-ab.mjs");
const A = await loadCheckout(ra),
  B = await loadCheckout(rb);
const texts = corpusTexts(every);
// each checkout's statements stage reads its own earlier stages' output
for (const X of [A, B]) X.inputs = beforeStatements(X, texts);
const cpuMs = () => processCpu() * 1000;
const ta = [],
  tb = [];
// documents interleaved: A then B on one document, B then A on the next, so load changes reach both alike
for (let r = 0; r < rounds; r++) {
  let a = 0,
    b = 0;
  const oa = [],
    ob = [];
  texts.forEach((_, i) => {
    for (const X of (i + r) % 2 ? [B, A] : [A, B]) {
      const c = cpuMs();
      const o = X.stages[3].run(X.inputs[i], X.res).statements;
      const t = cpuMs() - c;
      if (X === A) {
        a += t;
        oa.push(o);
      } else {
        b += t;
        ob.push(o);
      }
    }
  });
  ta.push(a);
  tb.push(b);
  if (r === rounds - 1) {
    A.out = JSON.stringify(oa);
    B.out = JSON.stringify(ob);
  }
}
const med = (a) => {
  const s = a.slice(2).sort((x, y) => x - y);
  return s[s.length >> 1];
};
console.log(`A ${ta.map((x) => x.toFixed(0)).join(" ")}\nB ${tb.map((x) => x.toFixed(0)).join(" ")}`);
console.log(
  `${texts.length} docs; median after 2 warm-up rounds: A ${med(ta).toFixed(0)} B ${med(tb).toFixed(0)} ms (B/A ${(med(tb) / med(ta)).toFixed(3)}; per-round B/A median ${(() => {
    const q = ta
      .slice(2)
      .map((a, i) => tb[i + 2] / a)
      .sort((x, y) => x - y);
    return q[q.length >> 1].toFixed(3);
  })()}); outputs ${A.out === B.out ? "identical" : "DIFFER"}; load ${os.loadavg()[0].toFixed(1)}`,
);
