// Bench-only: the NER tagger with a fresh model and empty word memo each round (every word new, as in a new thread),
// two checkouts in one process alternated; the code is warm after each side's first round. Checks that both tag alike.
// Usage: node bench/ner-cold-ab.mjs CHECKOUT_A CHECKOUT_B [ROUNDS=4]
import path from "node:path";
import { bbcArticles, loadAverage } from "./ab.mjs";

const [a, b, rounds = "4"] = process.argv.slice(2);
if (!a || !b) throw new Error("bench/ner-cold-ab.mjs: name two checkouts with compiled packages (pnpm build in each)");
const sides = [];
for (const root of [a, b]) {
  const core = await import(path.join(path.resolve(root), "packages/core/dist/index.js"));
  const tagger = await import(path.join(path.resolve(root), "packages/core/dist/ner/tagger.js"));
  const { readModelBytes } = await import(path.join(path.resolve(root), "packages/cli/dist/resources.js"));
  sides.push({ core, tagger, bytes: readModelBytes().ner });
}
const docs = bbcArticles().map(({ text }) => {
  const seg = sides[0].core.segment(text);
  return seg.sentences.map((s) => seg.tokens.slice(s.firstToken, s.lastToken + 1).map((t) => t.text));
});
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const parse = [0, 0];
const tag = [0, 0];
let check = null;
for (let r = 0; r < Number(rounds); r++)
  for (const i of r % 2 ? [1, 0] : [0, 1]) {
    const s = sides[i];
    const t0 = cpu();
    const model = s.core.parseNerModel(s.bytes);
    const t1 = cpu();
    let h = 0;
    for (const d of docs)
      for (const tags of s.tagger.tagDocumentClasses(model, d))
        for (let k = 0; k < tags.length; k++) h = (Math.imul(h, 31) + tags[k]) | 0;
    const t2 = cpu();
    if (check === null) check = h;
    else if (check !== h) throw new Error("bench/ner-cold-ab.mjs: the two checkouts tag differently");
    parse[i] += t1 - t0;
    tag[i] += t2 - t1;
  }
console.log(
  `NER cold: parse A ${parse[0].toFixed(2)} s, B ${parse[1].toFixed(2)} s; tagging A ${tag[0].toFixed(2)} s, B ${tag[1].toFixed(2)} s, B/A ${(tag[1] / tag[0]).toFixed(3)} (${rounds} rounds, load average ${loadAverage()} at the end)`,
);
