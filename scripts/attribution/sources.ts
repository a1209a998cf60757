// npx tsx scripts/attribution/sources.ts [--split train|dev] [--cache DIR] [--retrain] [--show N] [--only KEY]: source errors on PolNeAR by kind, the tagger cross-validated on train.
import { extractStatements } from "../../packages/core/src/statements/extract.ts";
import type { Statement } from "../../packages/core/src/schema/record.ts";
import { Tally } from "./tally.ts";
import { analysisSetup } from "./cv-cache.ts";
import { TRAIN_DEFAULTS } from "./defaults.ts";
import { fragLength, fragOverlap, greedyMatch, score, type DocPair } from "../eval/attribution/score.ts";
import { polnearContent, toAttributions } from "../eval/attribution/adapt.ts";
import type { Frag } from "./brat.ts";

const { opt, split, show, res, docs, models } = analysisSetup();
const only = opt("--only");
const k = TRAIN_DEFAULTS.folds;
const tally = new Tally(show);
const bump = (key: string, ex: string) => tally.bump(key, ex);
const pairs: DocPair[] = [];
let exact = 0;
let scored = 0;
const one = (s: string) => s.replace(/\s+/g, " ");
docs.forEach((d, i) => {
  const { doc, seg, ents } = d.state;
  const model = models[i % models.length] ?? null;
  const sts: Statement[] = extractStatements(doc, seg, ents, {
    attribution: model,
    contentEnds: res.contentEnds ?? null,
  }).statements;
  const pred = polnearContent(toAttributions(sts, d.text), d.text);
  pairs.push({ text: d.text, gold: d.gold, pred });
  const txt = (fs: Frag[]) => one(fs.map((f) => d.text.slice(f.start, f.end)).join(" | "));
  for (const [gi, pi] of greedyMatch(d.gold, pred, false)) {
    const g = d.gold[gi]!;
    const p = pred[pi]!;
    if (!g.source.length) continue;
    scored++;
    const ov = fragOverlap(g.source, p.source);
    const rule = (sts[pi]?.rule ?? "?").replace(/^(\w+):/, "");
    const gs = Math.min(...g.content.map((f) => f.start));
    const ex = `gold [${txt(g.source)}] ours [${txt(p.source)}] cue [${txt(p.cue)}] gold cue [${txt(g.cue)}] ⟦${one(d.text.slice(gs, gs + 60))}⟧`;
    if (ov === 0) {
      bump(`miss ${p.source.length ? "wrong" : "none"} ${rule}`, ex);
      continue;
    }
    const exactHit = fragLength(g.source) === ov && fragLength(p.source) === ov;
    if (exactHit) exact++;
    if (ov < 0.8 * fragLength(g.source) || ov < 0.8 * fragLength(p.source)) {
      const gl = fragLength(g.source);
      const pl = fragLength(p.source);
      bump(`part ${pl > ov && gl > ov ? "shifted" : pl > ov ? "longer" : "shorter"} ${rule}`, ex);
    }
  }
});
const s = score(pairs);
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)} (${a}/${b})`;
console.log(
  `PolNeAR ${split}${split === "train" ? `, tagger ${k}-fold CV` : ""}: overlap F1 ${(100 * s.overlap.f1).toFixed(1)}, strict F1 ${(100 * s.strict.f1).toFixed(1)}, cue ${(100 * s.cue.acc).toFixed(1)}`,
);
console.log(
  `source: overlap ${pct(s.source.correct, s.source.scored)}, >= 80 % both ways ${pct(s.sourceStrict.correct, s.sourceStrict.scored)}, exact ${pct(exact, scored)}`,
);
tally.print(50, only);
