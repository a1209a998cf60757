// pnpm eval:entities [--errors] [--no-bbc] [--sample N]: entities and resolution against data/gold, then the BBC duplicate check.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extractDocument } from "../../packages/core/src/pipeline/pipeline.ts";
import { resolveAcrossDocuments } from "../../packages/core/src/resolve/resolve.ts";
import { loadDefaultResources } from "../../packages/cli/src/resources.ts";
import { GoldDocument, scoreEntities, prf } from "./entities-gold.ts";
import { bbcReport } from "./entities-bbc.ts";
import { checkOptions } from "../options.ts";

checkOptions(import.meta.url, "eval-entities", ["--errors", "--no-bbc", "--sample"]);

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const args = process.argv.slice(2);
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const res = loadDefaultResources();

// 1. the sample articles against our gold annotations
const dataDir = path.join(repoRoot, "data");
const goldDir = path.join(dataDir, "gold");
const gold = readdirSync(goldDir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => {
    const parsed = GoldDocument.safeParse(JSON.parse(readFileSync(path.join(goldDir, f), "utf8")));
    if (!parsed.success) throw new Error(`newsgraph/eval-entities: ${f} is not valid gold: ${parsed.error.message}`);
    return parsed.data;
  });
const records = gold.map((g) =>
  extractDocument({ id: g.doc, text: readFileSync(path.join(dataDir, g.doc), "utf8") }, res),
);
const resolution = resolveAcrossDocuments(records);
const s = scoreEntities(gold, records, resolution);
console.log(`entities vs data/gold (${gold.length} articles)`);
console.log("kind           P      R      F    tp  fp  fn");
for (const [kind, c] of Object.entries(s.byKind).sort()) {
  const m = prf(c);
  console.log(
    `${kind.padEnd(12)} ${pct(m.p)}  ${pct(m.r)}  ${pct(m.f)}  ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}`,
  );
}
const a = prf(s.affiliations);
console.log(
  `affiliations ${pct(a.p)}  ${pct(a.r)}  ${pct(a.f)}  ${String(s.affiliations.tp).padStart(3)} ${String(s.affiliations.fp).padStart(3)} ${String(s.affiliations.fn).padStart(3)}`,
);
console.log(`merges (B-cubed over found entities): P ${pct(s.bcubed.p)}  R ${pct(s.bcubed.r)}  F ${pct(s.bcubed.f)}`);
console.log(
  `type accuracy (gold entities named by some entity): ${pct(s.typed.correct / Math.max(1, s.typed.found))}  (${s.typed.correct}/${s.typed.found})`,
);
console.log(
  `junk entities (vessels, products, works, events, bare head nouns, fused coordinations listed in the gold): ${s.junk}`,
);
if (args.includes("--errors")) for (const e of s.errors) console.log("  " + e);

// 2. the BBC corpus: person nodes, likely same-person splits, a sample of merges to check by hand
const bbc = path.resolve(repoRoot, "../shared/corpus/bbc");
if (args.includes("--no-bbc")) process.exit(0);
if (!existsSync(bbc)) {
  console.log(`\nBBC check skipped: ${bbc} not found (put the shared data next to the repo as ../shared)`);
  process.exit(0);
}
const n = args.includes("--sample") ? Number(args[args.indexOf("--sample") + 1]) : 50;
bbcReport(bbc, res, n);
