// npx tsx --conditions=development scripts/attribution/keep-cost.ts: the statements stage's CPU with and without the statement-keep model over every 4th BBC article, alternated in one process (a shared machine's load hits both alike).
import { loadDefaultResources } from "../../packages/cli/src/resources.ts";
import { bbcSample } from "./bbc-sample.ts";
import { DOCUMENT_STAGES } from "../../packages/core/src/pipeline/pipeline.ts";
const texts = bbcSample(4, "keep-cost");
const res = loadDefaultResources();
const off = { ...res, statementKeep: null };
const [segment, mentions, entities, statements] = DOCUMENT_STAGES;
const states = texts.map((text, i) =>
  entities.run(mentions.run(segment.run({ doc: { id: String(i), text } }, res), res), res),
);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const tot = { on: 0, off: 0 };
const count = { on: 0, off: 0 };
for (let pass = 0; pass < 6; pass++) {
  for (const [name, r] of (pass % 2
    ? [
        ["on", res],
        ["off", off],
      ]
    : [
        ["off", off],
        ["on", res],
      ]) as [keyof typeof tot, typeof res][]) {
    const c = cpu();
    let n = 0;
    for (const s of states) n += statements.run(s, r).statements.statements.length;
    if (pass > 0) tot[name] += cpu() - c;
    count[name] = n;
  }
}
console.log(
  `${texts.length} BBC articles, 5 passes each: statements stage CPU with statement-keep ${tot.on.toFixed(0)} ms, without ${tot.off.toFixed(0)} ms (${((100 * (tot.on - tot.off)) / tot.off).toFixed(1)} %); ${count.off - count.on} of ${count.off} statements dropped`,
);
