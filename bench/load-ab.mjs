// Bench-only: parsing the shipped models (NER and attribution, from the uncompressed bytes) in two checkouts, warm,
// alternated in one process; checks first that both parse to the same values. Every extraction thread parses them once.
// Usage: node bench/load-ab.mjs CHECKOUT_A CHECKOUT_B [ROUNDS=12]
import { isDeepStrictEqual } from "node:util";
import path from "node:path";

const [a, b, rounds = "12"] = process.argv.slice(2);
if (!a || !b) throw new Error("bench/load-ab.mjs: name two checkouts with compiled packages (pnpm build in each)");
const cores = await Promise.all(
  [a, b].map((root) => import(path.join(path.resolve(root), "packages/core/dist/index.js"))),
);
const { readModelBytes } = await import(path.join(path.resolve(b), "packages/cli/dist/resources.js"));
const bytes = readModelBytes();
// the attribution model reads the NER model's word clusters (an older core ignores the second argument)
const parse = (core) => {
  const ner = core.parseNerModel(bytes.ner);
  return [ner, core.parseAttributionModel(bytes.attribution, ner.lexicon)];
};
const [na, aa] = parse(cores[0]);
const [nb, ab] = parse(cores[1]);
if (!isDeepStrictEqual({ ...na, cache: null }, { ...nb, cache: null }))
  throw new Error("bench/load-ab.mjs: the two checkouts parse the NER model differently");
// the attribution weights may be laid out differently (padded rows): compare what a lookup reads
const stride = (m) => m.stride ?? 7;
for (let r = 0; r < aa.w.length / stride(aa); r++)
  for (let k = 0; k < 7; k++)
    if (aa.w[r * stride(aa) + k] !== ab.w[r * stride(ab) + k])
      throw new Error("bench/load-ab.mjs: the two checkouts parse the attribution weights differently");
const cpu = [0, 0];
for (let r = 0; r < Number(rounds); r++)
  for (const i of r % 2 ? [1, 0] : [0, 1]) {
    const t = process.cpuUsage();
    parse(cores[i]);
    const d = process.cpuUsage(t);
    cpu[i] += (d.user + d.system) / 1e3;
  }
console.log(
  `model parse: A ${(cpu[0] / Number(rounds)).toFixed(0)} ms, B ${(cpu[1] / Number(rounds)).toFixed(0)} ms of CPU per parse of both models (${rounds} rounds)`,
);
