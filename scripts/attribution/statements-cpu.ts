// npx tsx --conditions=development scripts/attribution/statements-cpu.ts [--every N] [--passes P]: the statements stage alone, repeated over BBC articles, CPU ms per 1,000 documents (for node --cpu-prof).
import os from "node:os";
import { loadDefaultResources } from "../../packages/cli/src/resources.ts";
import { DOCUMENT_STAGES } from "../../packages/core/src/pipeline/pipeline.ts";
import { checkOptions } from "../options.ts";
import { bbcSample } from "./bbc-sample.ts";

checkOptions(import.meta.url, "statements-cpu", ["--every", "--passes"]);

const args = process.argv.slice(2);
const num = (flag: string, d: number) => (args.includes(flag) ? Number(args[args.indexOf(flag) + 1]) : d);
const texts = bbcSample(num("--every", 4), "statements-cpu");
const passes = num("--passes", 5);
const res = loadDefaultResources();
const [segment, mentions, entities, statements] = DOCUMENT_STAGES;
// the stages before statements once; the statements stage then runs alone, pass after pass
const inputs = texts.map((text, i) =>
  entities.run(mentions.run(segment.run({ doc: { id: String(i), text } }, res), res), res),
);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const perPass: number[] = [];
for (let p = 0; p < passes; p++) {
  const c = cpuMs();
  for (const s of inputs) statements.run(s, res);
  perPass.push(cpuMs() - c);
}
// pass 1 warms the JIT; the median of the rest is reported
const rest = perPass.slice(1).sort((a, b) => a - b);
const median = rest.length ? rest[Math.floor(rest.length / 2)]! : perPass[0]!;
console.log(
  `${texts.length} BBC articles, statements stage CPU per pass: ${perPass.map((x) => x.toFixed(0)).join(", ")} ms; median after the first ${median.toFixed(0)} ms = ${((1000 * median) / texts.length).toFixed(0)} ms per 1,000 documents; load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(" ")}`,
);
