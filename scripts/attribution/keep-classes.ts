// npx tsx --conditions=development scripts/attribution/keep-classes.ts --cache DIR --pre FILE [--show N]: keep-pre.ts's unmatched statements by class: asked about or not, touching a gold attribution another statement took, or none.
import { readFileSync } from "node:fs";
import { checkOptions } from "../options.ts";
import { loadDefaultResources } from "../../packages/cli/src/resources.ts";
import type { Statement } from "../../packages/core/src/schema/record.ts";
import { buildContext } from "../../packages/core/src/statements/context.ts";
import { asksAbout } from "../../packages/core/src/statements/learned/statement-keep.ts";
import { fragOverlap, greedyMatch } from "../eval/attribution/score.ts";
import { polnearContent, toAttributions } from "../eval/attribution/adapt.ts";
import { cachedSplit } from "./cv-cache.ts";

checkOptions(import.meta.url, "keep-classes", ["--cache", "--pre", "--show"]);
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const docs = cachedSplit("train", loadDefaultResources(), opt("--cache"));
const pre = JSON.parse(readFileSync(opt("--pre")!, "utf8")) as Statement[][];
const show = Number(opt("--show") ?? 0);
const tally = new Map<string, number>();
const add = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
const shown = new Map<string, number>();
docs.forEach((d, di) => {
  const sts = pre[di]!;
  const ctx = buildContext(d.text, d.state.seg);
  const pred = polnearContent(toAttributions([...sts], d.text), d.text);
  const m = greedyMatch(d.gold, pred, false);
  const sm = greedyMatch(d.gold, pred, true);
  const byPred = new Map([...m].map(([g, p]) => [p, g]));
  const sByPred = new Map([...sm].map(([g, p]) => [p, g]));
  pred.forEach((p, i) => {
    const asked = asksAbout(ctx, sts[i]!, "indirect") ? "asked" : sts[i]!.kind;
    if (sByPred.has(i)) return add(`${asked} strict`);
    const touching = d.gold.map((g, gi) => (fragOverlap(g.content, p.content) > 0 ? gi : -1)).filter((g) => g >= 0);
    let cls: string;
    if (byPred.has(i)) {
      // matched below 80 %: does a strict twin of ours exist for that gold among the unmatched preds?
      cls = "overlap-only";
    } else if (!touching.length) cls = "unmatched: no gold there";
    else {
      const takenStrict = touching.every((g) => sm.has(g));
      cls = takenStrict ? "unmatched: its gold taken strictly" : "unmatched: its gold taken by overlap";
    }
    add(`${asked} ${cls}`);
    add(`ALL ${cls}`);
    const key = `${asked} ${cls}`;
    if (show && cls.startsWith("unmatched") && asked === "asked" && (shown.get(key) ?? 0) < show) {
      shown.set(key, (shown.get(key) ?? 0) + 1);
      const s = sts[i]!;
      const g = touching.map((gi) => d.gold[gi]!.content.map((f) => d.text.slice(f.start, f.end)).join(" … "));
      console.log(
        `[${key}] ${s.rule} cue «${s.cue?.text}» src «${s.source?.text}»\n  ours: ${s.text}\n  gold: ${g.join(" || ")}`,
      );
    }
  });
});
for (const [k, v] of [...tally].sort()) console.log(k.padEnd(50), v);
