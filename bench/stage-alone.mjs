// Bench-only: one checkout's statements stage alone, pass after pass over every Nth BBC article (its earlier stages run
// once, before), CPU ms per pass; run it under `node --cpu-prof --cpu-prof-dir DIR` and read DIR with profile-under.mjs.
// Usage: node bench/stage-alone.mjs CHECKOUT [PASSES=6] [EVERY=2]
import path from "node:path";
import { processCpu } from "./cpu-clock.mjs";
import { beforeStatements, corpusTexts, loadCheckout } from "./ab-corpus.mjs";

const [root, passes = "6", every = "2"] = process.argv.slice(2);
if (!root) throw new Error("bench/stage-alone.mjs: name a checkout with compiled packages (pnpm build in it)");
const X = await loadCheckout(path.resolve(root));
const texts = corpusTexts(Number(every));
X.inputs = beforeStatements(X, texts);
for (let p = 0; p < Number(passes); p++) {
  const c = processCpu();
  for (let i = 0; i < texts.length; i++) X.stages[3].run(X.inputs[i], X.res);
  console.log(`pass ${p + 1}: ${((processCpu() - c) * 1000).toFixed(0)} ms CPU, ${texts.length} articles`);
}
