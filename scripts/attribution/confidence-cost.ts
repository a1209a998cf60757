// npx tsx --conditions=development scripts/attribution/confidence-cost.ts [--old FILE]: what the tagger's margins and statement-keep's confidence features cost, alternated in one process over every 4th BBC article (a shared machine's load hits both sides alike).
import { readFileSync } from "node:fs";
import { checkOptions } from "../options.ts";
import { loadDefaultResources } from "../../packages/cli/src/resources.ts";
import { bbcSample } from "./bbc-sample.ts";
import { DOCUMENT_STAGES } from "../../packages/core/src/pipeline/pipeline.ts";
import { extractWithContext, ruleCandidates } from "../../packages/core/src/statements/extract.ts";
import { tagAttributions } from "../../packages/core/src/statements/learned/learned.ts";
import { keepStatements, parseStatementKeepModel } from "../../packages/core/src/statements/learned/statement-keep.ts";

checkOptions(import.meta.url, "confidence-cost", ["--old"]);
const args = process.argv.slice(2);
const texts = bbcSample(4, "confidence-cost");
const res = loadDefaultResources();
const W = res.attribution;
const shipped = res.statementKeep;
if (!W || !shipped) throw new Error("newsgraph/confidence-cost: needs the shipped tagger and statement-keep");
// `--old FILE`: another statement-keep file (say main's, from git show) scored beside the shipped one
const old = args.includes("--old")
  ? parseStatementKeepModel(readFileSync(args[args.indexOf("--old") + 1]!, "utf8"))
  : shipped;
const [segment, mentions, entities, statements] = DOCUMENT_STAGES;
const states = texts.map((text, i) =>
  entities.run(mentions.run(segment.run({ doc: { id: String(i), text } }, res), res), res),
);
const rules = states.map((s) => ({ s, r: ruleCandidates(s.doc, s.seg, s.ents) }));
const made = states.map((s) => extractWithContext(s.doc, s.seg, s.ents, { ...res, statementKeep: null }));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const tot: Record<string, number> = {};
const add = (name: string, pass: number, f: () => void) => {
  const c = cpu();
  f();
  // pass 0 warms the JIT
  if (pass > 0) tot[name] = (tot[name] ?? 0) + cpu() - c;
};
for (let pass = 0; pass < 6; pass++) {
  // every sentence tagged (no gate, no rules' cover): the margins' cost at its largest
  for (const on of pass % 2 ? [true, false] : [false, true])
    add(on ? "tagger with margins" : "tagger without", pass, () => {
      for (const { s, r } of rules) tagAttributions(W, r.ctx, s.seg, r.accepted, r.mentions, undefined, on);
    });
  add("keep, shipped model", pass, () => {
    for (const { result, ctx } of made) keepStatements(ctx, result, shipped);
  });
  add("keep, --old model", pass, () => {
    for (const { result, ctx } of made) keepStatements(ctx, result, old);
  });
  add("keep, shipped model without the margins", pass, () => {
    for (const { result, ctx } of made) keepStatements({ ...ctx, tagged: undefined }, result, shipped);
  });
  add("statements stage", pass, () => {
    for (const s of states) statements.run(s, res);
  });
}
console.log(
  `${texts.length} BBC articles, 5 passes, CPU ms: ${Object.entries(tot)
    .map(([k, v]) => `${k} ${v.toFixed(0)}`)
    .join(", ")}`,
);
