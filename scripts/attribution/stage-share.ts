// npx tsx scripts/attribution/stage-share.ts [--every N]: each document stage's share of time over BBC articles, the statements stage with and without the tagger.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadDefaultResources } from "../../packages/cli/src/resources.ts";
import { DOCUMENT_STAGES } from "../../packages/core/src/pipeline/pipeline.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../shared/corpus/bbc");
if (!existsSync(root)) {
  console.error(
    `newsgraph/stage-share: the BBC corpus is not at ${root}; put the shared data next to the repo (../shared).`,
  );
  process.exit(1);
}
const args = process.argv.slice(2);
const every = args.includes("--every") ? Number(args[args.indexOf("--every") + 1]) : 4;
const files: string[] = [];
const walk = (d: string) => {
  for (const f of readdirSync(d).sort()) {
    const p = path.join(d, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (f.endsWith(".txt")) files.push(p);
  }
};
walk(root);
const texts = files.filter((_, i) => i % every === 0).map((f) => readFileSync(f, "utf8"));
const res = loadDefaultResources();
const rulesOnly = { ...res, attribution: null };
// pass 1 warms the JIT; pass 2 is reported. Stages run in turn per document, as in the pipeline, so caches are shared alike.
for (let pass = 1; pass <= 2; pass++) {
  const ms: Record<string, number> = {};
  let rules = 0;
  texts.forEach((text, i) => {
    const timed = <T>(name: string, f: () => T): T => {
      const t = performance.now();
      const out = f();
      ms[name] = (ms[name] ?? 0) + performance.now() - t;
      return out;
    };
    const [segment, mentions, entities, statements] = DOCUMENT_STAGES;
    const s1 = timed(segment.name, () => segment.run({ doc: { id: String(i), text } }, res));
    const s2 = timed(mentions.name, () => mentions.run(s1, res));
    const s3 = timed(entities.name, () => entities.run(s2, res));
    timed(statements.name, () => statements.run(s3, res));
    const t = performance.now();
    statements.run(s3, rulesOnly);
    rules += performance.now() - t;
  });
  if (pass < 2) continue;
  const total = Object.values(ms).reduce((a, b) => a + b, 0);
  console.log(
    `${texts.length} BBC articles, pass 2: ${Object.entries(ms)
      .map(([k, v]) => `${k} ${v.toFixed(0)} ms (${((100 * v) / total).toFixed(1)} %)`)
      .join(", ")}`,
  );
  console.log(
    `statements with the rules alone: ${rules.toFixed(0)} ms (${((100 * rules) / (total - ms.statements! + rules)).toFixed(1)} % of the stages with it instead)`,
  );
}
