// npx tsx --conditions=development scripts/attribution/source-reach.ts [--split train|dev] [--cache DIR] [--retrain] [--show N]: where the chooser stands on each attribution with PolNeAR's cue and a wrong source (site, settled, scope, an option overlapping PolNeAR's).
import { Tally } from "./tally.ts";
import { analysisSetup } from "./cv-cache.ts";
import { TRAIN_DEFAULTS } from "./defaults.ts";
import { splitContentEnds } from "./content-ends-data.ts";
import { beforeChooser } from "./source-chooser-data.ts";
import { afterSources } from "../../packages/core/src/statements/extract.ts";
import { chooserSite } from "../../packages/core/src/statements/source-chooser.ts";
import { sourceOptions } from "../../packages/core/src/statements/source-chooser-features.ts";
import { chooserDoc, roleMap, settledSource } from "../../packages/core/src/statements/source-chooser-doc.ts";
import { fragOverlap, greedyMatch } from "../eval/attribution/score.ts";
import { polnearContent, toAttributions } from "../eval/attribution/adapt.ts";
import { tokenAt } from "../../packages/core/src/statements/sentences.ts";

const { split, show, res, docs, models } = analysisSetup();
const k = TRAIN_DEFAULTS.folds;
const ends = splitContentEnds(split, docs, models, res.contentEnds);
const tally = new Tally(show);
const one = (s: string) => s.replace(/\s+/g, " ");
docs.forEach((d, i) => {
  const site = beforeChooser(d, models[i % k] ?? null, ends[i % k] ?? null);
  const { ctx, accepted, mentions } = site;
  const sts = afterSources(d.state.doc, ctx, d.state.ents, accepted, site.res).statements;
  const pred = polnearContent(toAttributions(sts, d.text), d.text);
  const cdoc = chooserDoc(ctx, mentions, site.res.attribution?.clusters ?? null);
  const role = roleMap(ctx, accepted);
  const byCue = new Map<number, number>();
  accepted.forEach((c, ci) => c.cue && byCue.set(ctx.tokens[c.cue[0]]!.start, ci));
  for (const [gi, pi] of greedyMatch(d.gold, pred, false)) {
    const g = d.gold[gi]!;
    const p = pred[pi]!;
    if (!g.source.length || !p.cue.length || fragOverlap(g.cue, p.cue) <= 0) continue;
    if (fragOverlap(g.source, p.source) > 0) continue;
    const ci = byCue.get(Math.min(...p.cue.map((f) => f.start)));
    const gs = one(g.source.map((f) => d.text.slice(f.start, f.end)).join(" | "));
    const ex = `gold [${gs}] ours [${one(p.source.map((f) => d.text.slice(f.start, f.end)).join(" | "))}] ${p.rule}`;
    if (ci === undefined) {
      tally.bump("no candidate with that cue start", ex);
      continue;
    }
    const c = accepted[ci]!;
    const who = c.rule.includes("model") ? "tagger" : "rules";
    if (!chooserSite(c)) {
      tally.bump(`not a site: ${c.rule.replace(/^.*:/, "")} (${who})`, ex);
      continue;
    }
    const settled = settledSource(ctx, cdoc, c);
    const opts = sourceOptions(ctx, cdoc, role, c);
    const reach = opts.slice(1).some((o) => {
      const span = { start: ctx.tokens[o.span!.first]!.start, end: ctx.tokens[o.span!.last]!.end };
      return fragOverlap(g.source, [span]) > 0;
    });
    const inScope = !c.source || c.rule.includes("model");
    const gt = tokenAt(ctx, Math.min(...g.source.map((f) => f.start)));
    const sameSent = ctx.tokens[gt] && tokenAt(ctx, ctx.tokens[c.cue![0]]!.start) - gt < 40;
    tally.bump(
      `${settled ? "settled" : inScope ? "in scope" : "out of scope"}, ${reach ? "an option overlaps" : "no option overlaps"}${c.source ? "" : ", unsourced"} (${who})`,
      `${ex} ${sameSent ? "" : "(far)"} ⟦${one(d.text.slice(Math.max(0, Math.min(...g.source.map((f) => f.start)) - 30), Math.min(...g.source.map((f) => f.start)) + 170))}⟧`,
    );
  }
});
tally.print();
