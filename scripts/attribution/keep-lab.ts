// npx tsx --conditions=development scripts/attribution/keep-lab.ts --cache DIR --pre FILE [--label fixed|old] [--extra a,b] [--shifts a,b] [--strict-shifts none,a,b] [--and A] [--learner perceptron|lr] [--l2 X] [--epochs N] [--min-count N] [--seeds N] [--also FILE] [--curve] [--oracle] [--conf FILE] [--pair D,…] [--quiet]: statement-keep tried on keep-pre.ts's statements, every figure rescored exactly as eval:attribution scores (train CV, fold models trained here).
import { readFileSync } from "node:fs";
import { checkOptions } from "../options.ts";
import { loadDefaultResources } from "../../packages/cli/src/resources.ts";
import type { Statement } from "../../packages/core/src/schema/record.ts";
import { buildContext, type Ctx } from "../../packages/core/src/statements/context.ts";
import { linearScore } from "../../packages/core/src/statements/model-json.ts";
import { trainContentEnds } from "../../packages/core/src/statements/content-ends-train.ts";
import { asksAbout, statementKeepFeatures } from "../../packages/core/src/statements/learned/statement-keep.ts";
import { greedyMatch, score } from "../eval/attribution/score.ts";
import { polnearContent, toAttributions } from "../eval/attribution/adapt.ts";
import { cachedSplit } from "./cv-cache.ts";
import { extraFeatures } from "./keep-extra.ts";

checkOptions(import.meta.url, "keep-lab", [
  "--cache",
  "--pre",
  "--label",
  "--extra",
  "--shifts",
  "--strict-shifts",
  "--curve",
  "--oracle",
  "--min-count",
  "--epochs",
  "--learner",
  "--l2",
  "--quiet",
  "--seeds",
  "--also",
  "--and",
  "--conf",
  "--pair",
]);
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const docs = cachedSplit("train", loadDefaultResources(), opt("--cache"));
const pre = JSON.parse(readFileSync(opt("--pre")!, "utf8")) as Statement[][];
const k = 5;
const extra = new Set((opt("--extra") ?? "").split(",").filter(Boolean));
const minCount = Number(opt("--min-count") ?? 3);
const epochs = Number(opt("--epochs") ?? 10);

/** The attribution each statement falls in (toAttributions joins a continued quote to the one before). */
function attrIndex(sts: readonly Statement[], text: string): number[] {
  const out: number[] = [];
  let n = -1;
  let prev: Statement | null = null;
  for (const s of sts) {
    const joins = !s.parts && s.rule === "direct:continued" && prev && !text.slice(prev.end, s.start).includes("\n");
    if (!joins) n++;
    out.push(n);
    prev = s;
  }
  return out;
}

interface Ex {
  doc: number;
  i: number;
  feats: string[];
  keep: boolean;
  strict: boolean;
  oldKeep: boolean;
  oldStrict: boolean;
}
const ctxs: Ctx[] = docs.map((d) => buildContext(d.text, d.state.seg));
// `--conf FILE` (keep-pre.ts's): the tagger's attributions with their margins, as the pipeline's ctx.tagged holds them
if (opt("--conf")) {
  const rows = JSON.parse(readFileSync(opt("--conf")!, "utf8")) as [number, number[]][][];
  rows.forEach((doc, di) => {
    ctxs[di]!.taggedScale = 1;
    ctxs[di]!.tagged = new Map(
      doc.map(([t, v]) => [
        t,
        {
          cue: [v[0]!, v[1]!],
          content: [v[2]!, v[3]!],
          source: v[4]! < 0 ? null : [v[4]!, v[5]!],
          margin: v[6]!,
          conf: {
            contentMin: v[7]!,
            contentMean: v[8]!,
            first: v[9]!,
            last: v[10]!,
            before: v[11]!,
            after: v[12]!,
            source: v[13]!,
          },
        },
      ]),
    );
  });
}
const labels = docs.map((d, di) => {
  const sts = pre[di]!;
  const pred = polnearContent(toAttributions([...sts], d.text), d.text);
  const ov = new Set(greedyMatch(d.gold, pred, false).values());
  const st = new Set(greedyMatch(d.gold, pred, true).values());
  const ai = attrIndex(sts, d.text);
  return sts.map((_, i) => ({
    keep: ov.has(ai[i]!),
    strict: st.has(ai[i]!),
    oldKeep: ov.has(i),
    oldStrict: st.has(i),
  }));
});
/** The statements of document `di` that statement-keep is asked about, with their features and `label`'s labels. */
function askedOf(di: number, sts: Statement[], label: (i: number) => Omit<Ex, "doc" | "i" | "feats">): Ex[] {
  const ctx = ctxs[di]!;
  const out: Ex[] = [];
  sts.forEach((s, i) => {
    if (!asksAbout(ctx, s, "indirect")) return;
    const feats = statementKeepFeatures(ctx, s, undefined, sts);
    if (extra.size) feats.push(...extraFeatures(ctx, s, sts, extra));
    out.push({ doc: di, i, feats, ...label(i) });
  });
  return out;
}
const examplesOf = (pre: Statement[][]): Ex[][] =>
  docs.map((d, di) => {
    const sts = pre[di]!;
    const pred = polnearContent(toAttributions([...sts], d.text), d.text);
    const ov = new Set(greedyMatch(d.gold, pred, false).values());
    const st = new Set(greedyMatch(d.gold, pred, true).values());
    return askedOf(di, sts, (i) => ({ keep: ov.has(i), strict: st.has(i), oldKeep: ov.has(i), oldStrict: st.has(i) }));
  });
// `--also FILE`: another seed's statements of the same articles, added to each fold's training data (never scored)
const also = opt("--also") ? examplesOf(JSON.parse(readFileSync(opt("--also")!, "utf8")) as Statement[][]) : null;
const perDoc: Ex[][] = docs.map((_, di) => askedOf(di, pre[di]!, (i) => labels[di]![i]!));
const all = perDoc.flat();
const n = (f: (l: (typeof labels)[0][0]) => boolean) => labels.flat().filter(f).length;
console.log(
  `${labels.flat().length} statements (${n((l) => l.keep)} matched, ${n((l) => l.strict)} strict, ${n((l) => !l.keep)} unmatched); asked ${all.length}: ${all.filter((x) => x.keep).length} matched, ${all.filter((x) => x.strict).length} strict; old labels differ on ${all.filter((x) => x.keep !== x.oldKeep || x.strict !== x.oldStrict).length}`,
);

/** Exact scores with the statements `drop` says go. */
function rescore(drop: (di: number, i: number) => boolean) {
  const s = score(
    docs.map((d, di) => ({
      text: d.text,
      gold: d.gold,
      pred: polnearContent(
        toAttributions(
          pre[di]!.filter((_, i) => !drop(di, i)),
          d.text,
        ),
        d.text,
      ),
    })),
  );
  const f = (x: number) => (100 * x).toFixed(2);
  return `pred ${s.pred}, overlap ${f(s.overlap.f1)} (${s.overlap.tp}), strict ${f(s.strict.f1)} (${s.strict.tp}), quotes ${s.directQuotes.found}, source ${s.source.correct}/${s.source.scored}, cue ${s.cue.correct}/${s.cue.scored}`;
}
console.log(`no keep:  ${rescore(() => false)}`);
if (args.includes("--oracle")) {
  console.log(`oracle (every unmatched goes): ${rescore((di, i) => !labels[di]![i]!.keep)}`);
  console.log(`oracle (every non-strict goes): ${rescore((di, i) => !labels[di]![i]!.strict)}`);
  console.log(
    `oracle, asked only (unmatched go): ${rescore((di, i) => perDoc[di]!.some((x) => x.i === i && !x.keep))}`,
  );
}

/** L2-regularised logistic regression by AdaGrad: the same linear shape, its score a log-odds. */
function trainLr(xs: readonly { feats: string[]; stop: boolean }[], l2: number, epochs: number, minCount: number) {
  const seen = new Map<string, number>();
  for (const x of xs) for (const f of x.feats) seen.set(f, (seen.get(f) ?? 0) + 1);
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  let bias = 0;
  let gb = 1e-8;
  const ex = xs.map((x) => ({ y: x.stop ? 1 : 0, f: x.feats.filter((f) => (seen.get(f) ?? 0) >= minCount) }));
  const order = [...ex.keys()];
  let r = 17;
  const rand = () => (r = (r * 1103515245 + 12345) % 2147483648) / 2147483648;
  const eta = 0.1;
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const x = ex[i]!;
      let z = bias;
      for (const f of x.f) z += w.get(f) ?? 0;
      const g = 1 / (1 + Math.exp(-z)) - x.y;
      gb += g * g;
      bias -= (eta * g) / Math.sqrt(gb);
      for (const f of x.f) {
        const wf = w.get(f) ?? 0;
        const gf = g + (l2 * wf) / xs.length;
        const a = (g2.get(f) ?? 1e-8) + gf * gf;
        g2.set(f, a);
        w.set(f, wf - (eta * gf) / Math.sqrt(a));
      }
    }
  }
  return { bias, weights: w };
}
const learner = opt("--learner") ?? "perceptron";
const l2 = Number(opt("--l2") ?? 1);
const train = (xs: readonly Ex[], label: "keep" | "strict" | "oldKeep" | "oldStrict") =>
  learner === "lr"
    ? trainLr(
        xs.map((x) => ({ feats: x.feats, stop: x[label] })),
        l2,
        epochs,
        minCount,
      )
    : bagged(xs.map((x) => ({ feats: x.feats, stop: x[label] })));
const nSeeds = Number(opt("--seeds") ?? 1);
/** The mean of perceptrons trained on nSeeds shuffles (seed 17 alone when 1): the order's noise averaged out. */
function bagged(xs: { feats: string[]; stop: boolean }[]) {
  const ms = [...Array(nSeeds).keys()].map((j) => trainContentEnds(xs, epochs, 17 + j, minCount));
  const weights = new Map<string, number>();
  for (const m of ms) for (const [f, w] of m.weights) weights.set(f, (weights.get(f) ?? 0) + w / nSeeds);
  return { bias: ms.reduce((a, m) => a + m.bias, 0) / nSeeds, weights };
}
const old = opt("--label") === "old";
const fm = [...Array(k).keys()].map((f) => {
  const other = (xs: Ex[][]) => xs.filter((_, i) => i % k !== f).flat();
  const xs = [...other(perDoc), ...other(also ?? [])];
  return { o: train(xs, old ? "oldKeep" : "keep"), s: train(xs, old ? "oldStrict" : "strict") };
});
const scored = perDoc.map((xs, di) =>
  xs.map((x) => ({ x, o: linearScore(fm[di % k]!.o, x.feats), s: linearScore(fm[di % k]!.s, x.feats) })),
);
const byDoc = scored.map((xs) => new Map(xs.map((y) => [y.x.i, y])));
// `--pair D,…`: of two asked statements whose contents overlap, the one whose strict score is D or more below the
// other's goes too (a choice between candidates, not only a drop); partners listed per statement
type Sc = (typeof scored)[0][0];
const partners = new Map<Sc, Sc[]>();
scored.forEach((xs, di) => {
  const sts = pre[di]!;
  for (const y of xs)
    for (const z of xs) {
      if (y === z) continue;
      const a = sts[y.x.i]!;
      const b = sts[z.x.i]!;
      if (Math.min(a.end, b.end) - Math.max(a.start, b.start) > 0) partners.set(y, [...(partners.get(y) ?? []), z]);
    }
});
{
  const ps = [...partners.keys()];
  console.log(
    `pairs: ${ps.length} asked statements overlap another asked one: ${ps.filter((y) => y.x.keep).length} matched, ${ps.filter((y) => y.x.strict).length} strict; the higher strict score of a pair strict, the lower not: ${ps.filter((y) => partners.get(y)!.some((z) => z.s > y.s && z.x.strict && !y.x.strict)).length}, the reverse ${ps.filter((y) => partners.get(y)!.some((z) => z.s > y.s && !z.x.strict && y.x.strict)).length}`,
  );
}
const list = (name: string, dflt: string) => (opt(name) ?? dflt).split(",");
// the frontier: the best strict F1 at each overlap floor over the grid
const floors = [80.1, 80.0, 79.9, 79.8];
const best = floors.map(() => ({ strict: 0, at: "" }));
for (const sh of list("--shifts", "8").map(Number))
  for (const ss of list("--strict-shifts", "24"))
    for (const pd of list("--pair", "none")) {
      let [drop, dropU, dropS] = [0, 0, 0];
      // `--and A`: the strict score drops only where the overlap score is at most A (o <= A)
      const andA = Number(opt("--and") ?? Infinity);
      const goes1 = (y: { o: number; s: number }) =>
        y.o + sh <= 0 || (ss !== "none" && y.s + Number(ss) <= 0 && y.o <= andA);
      const goes = (y: Sc) =>
        goes1(y) ||
        (pd !== "none" && (partners.get(y) ?? []).some((z) => !goes1(z) && z.s - y.s >= Number(pd) && y.o <= andA));
      for (const y of scored.flat())
        if (goes(y)) {
          drop++;
          if (!y.x.keep) dropU++;
          if (y.x.strict) dropS++;
        }
      const line = rescore((di, i) => {
        const y = byDoc[di]!.get(i);
        return !!y && goes(y);
      });
      if (!args.includes("--quiet"))
        console.log(
          `shift ${sh}/${ss}/${pd}: drop ${drop} (${dropU} unmatched, ${drop - dropU} matched, ${dropS} strict): ${line}`,
        );
      const ov = Number(/overlap ([\d.]+)/.exec(line)![1]);
      const sf = Number(/strict ([\d.]+)/.exec(line)![1]);
      floors.forEach((fl, j) => {
        if (ov >= fl && sf > best[j]!.strict) best[j] = { strict: sf, at: `${sh}/${ss}/${pd} (overlap ${ov})` };
      });
    }
console.log(`frontier: ${floors.map((fl, j) => `≥${fl}: ${best[j]!.strict} at ${best[j]!.at}`).join("; ")}`);
if (args.includes("--curve")) {
  // each score alone: statements dropped at or below a threshold, how many were unmatched (precision of the drop)
  for (const key of ["o", "s"] as const) {
    const ys = scored.flat().sort((a, b) => a[key] - b[key]);
    console.log(`${key === "o" ? "overlap" : "strict"} score alone: threshold, dropped, unmatched, strict among them`);
    for (const t of [-30, -20, -15, -10, -8, -6, -4, -2, 0, 2, 4, 8]) {
      const d = ys.filter((y) => y[key] <= t);
      console.log(
        `  ≤ ${t}: ${d.length} dropped, ${d.filter((y) => !y.x.keep).length} unmatched, ${d.filter((y) => y.x.strict).length} strict`,
      );
    }
  }
}
