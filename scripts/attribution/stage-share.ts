// npx tsx scripts/attribution/stage-share.ts [--every N] [--passes P] [--chooser-scope all|doubtful|tagger|unsourced]: each document stage's share of time over BBC articles, the statements stage with and without the tagger.
import os from "node:os";
import { loadDefaultResources } from "../../packages/cli/src/resources.ts";
import { DOCUMENT_STAGES, buildCorpusGraph, extractDocument } from "../../packages/core/src/pipeline/pipeline.ts";
import { checkOptions } from "../options.ts";
import { chooserScopeArg } from "./source-chooser-data.ts";
import { bbcSample } from "./bbc-sample.ts";

checkOptions(import.meta.url, "stage-share", ["--every", "--passes", "--chooser-scope"]);

const args = process.argv.slice(2);
const every = args.includes("--every") ? Number(args[args.indexOf("--every") + 1]) : 4;
const texts = bbcSample(every, "stage-share");
// `--passes P`: the last of P passes is reported (default 2), to see whether the JIT's warm-up still weighs on pass 2
// (it runs the stage three times a document a pass; twentieth session: pass 5 read no lower, docs/notes/scale.md)
const passes = args.includes("--passes") ? Number(args[args.indexOf("--passes") + 1]) : 2;
const res = loadDefaultResources();
// `--chooser-scope S`: the shipped chooser's weights at another scope, to measure what widening it costs
const scope = chooserScopeArg(args, "stage-share");
if (scope && res.sourceChooser) res.sourceChooser = { ...res.sourceChooser, scope };
const rulesOnly = { ...res, attribution: null };
// the same model tagging every sentence (no cue-word gate), to show what the gate saves in the same run
const ungated = res.attribution ? { ...res, attribution: { ...res.attribution, cueWords: null } } : null;
// pass 1 warms the JIT; the last pass is reported. Stages run in turn per document, as in the pipeline, so caches are shared alike.
for (let pass = 1; pass <= passes; pass++) {
  const ms: Record<string, number> = {};
  const cpu: Record<string, number> = {};
  let rules = 0;
  let rulesCpu = 0;
  let ungatedCpu = 0;
  // CPU time beside wall time: on a shared machine a stage's wall time also counts the time other processes ran
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  texts.forEach((text, i) => {
    const timed = <T>(name: string, f: () => T): T => {
      const t = performance.now();
      const c = cpuMs();
      const out = f();
      cpu[name] = (cpu[name] ?? 0) + cpuMs() - c;
      ms[name] = (ms[name] ?? 0) + performance.now() - t;
      return out;
    };
    const [segment, mentions, entities, statements] = DOCUMENT_STAGES;
    const s1 = timed(segment.name, () => segment.run({ doc: { id: String(i), text } }, res));
    const s2 = timed(mentions.name, () => mentions.run(s1, res));
    const s3 = timed(entities.name, () => entities.run(s2, res));
    timed(statements.name, () => statements.run(s3, res));
    const t = performance.now();
    const c = cpuMs();
    statements.run(s3, rulesOnly);
    rulesCpu += cpuMs() - c;
    rules += performance.now() - t;
    if (ungated) {
      const u = cpuMs();
      statements.run(s3, ungated);
      ungatedCpu += cpuMs() - u;
    }
  });
  if (pass < passes) continue;
  const total = Object.values(ms).reduce((a, b) => a + b, 0);
  console.log(
    `${texts.length} BBC articles, pass ${passes}: ${Object.entries(ms)
      .map(([k, v]) => `${k} ${v.toFixed(0)} ms (${((100 * v) / total).toFixed(1)} %)`)
      .join(", ")}`,
  );
  const statements = ms.statements ?? 0;
  console.log(
    `statements with the rules alone: ${rules.toFixed(0)} ms (${((100 * rules) / (total - statements + rules)).toFixed(1)} % of the stages with it instead)`,
  );
  const cpuTotal = Object.values(cpu).reduce((a, b) => a + b, 0);
  // the corpus stages the pipeline runs after them (resolve, graph, metrics; no layout, as for library callers)
  const records = texts.map((text, i) => extractDocument({ id: String(i), text }, res, { withText: true }));
  const c0 = cpuMs();
  buildCorpusGraph(records, {});
  const corpusCpu = cpuMs() - c0;
  const cpuStatements = cpu.statements ?? 0;
  console.log(
    `CPU time: ${Object.entries(cpu)
      .map(([k, v]) => `${k} ${v.toFixed(0)} ms (${((100 * v) / cpuTotal).toFixed(1)} %)`)
      .join(
        ", ",
      )}; statements with the rules alone ${rulesCpu.toFixed(0)} ms (with the tagger ${(cpuStatements / rulesCpu).toFixed(2)}× the rules alone; the tagger on every sentence ${ungatedCpu.toFixed(0)} ms); load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(" ")}`,
  );
  console.log(
    `whole pipeline (CPU, with resolve + graph + metrics ${corpusCpu.toFixed(0)} ms): statements ${((100 * cpuStatements) / (cpuTotal + corpusCpu)).toFixed(1)} % (the issue allows 30 %)`,
  );
}
