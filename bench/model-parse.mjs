// Bench-only: CPU ms a fresh thread spends reading models, in a fresh process (cold code, as in a worker). Default: the
// three JSON models whose weights are checked by model-json.ts `weightRecord` (content-ends, statement-keep,
// quote-keep), parsed from text already read; `all`: the CLI's loadDefaultResources (every model, files read too).
// Usage: node bench/model-parse.mjs [CHECKOUT=.] [models|all]; alternate two checkouts in a shell loop for an A/B.
import { readFileSync } from "node:fs";
import path from "node:path";
const root = path.resolve(process.argv[2] ?? ".");
const mode = process.argv[3] ?? "models";
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
};
if (mode === "all") {
  const { loadDefaultResources } = await import(`${root}/packages/cli/dist/resources.js`);
  const a = cpuMs();
  loadDefaultResources();
  console.log((cpuMs() - a).toFixed(1));
} else {
  const core = `${root}/packages/core/dist/statements`;
  const { parseContentEndModel } = await import(`${core}/content-ends.js`);
  const { parseStatementKeepModel } = await import(`${core}/learned/statement-keep.js`);
  const { parseQuoteKeepModel } = await import(`${core}/learned/quote-keep.js`);
  const text = (f) => readFileSync(`${root}/packages/core/models/${f}`, "utf8");
  const [ce, sk, qk] = ["content-ends.json", "statement-keep.json", "quote-keep.json"].map(text);
  const a = cpuMs();
  parseContentEndModel(ce);
  parseStatementKeepModel(sk);
  parseQuoteKeepModel(qk);
  console.log((cpuMs() - a).toFixed(1));
}
