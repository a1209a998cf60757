// npx tsx --conditions=development scripts/attribution/late-spans.ts --cache DIR [--show N] [--limit N] [--rules] [--inner] [--nested]: train CV scores without and with late-spans.ts, strict misses by class; --rules: match rates per rule; --inner: which level PolNeAR marks when our clause opens with a frame of its own; --nested: the nested classes before the pass by where the gold cue lies, and neighbouring statements PolNeAR joins.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { StatementsResult } from "../../packages/core/src/schema/stages.ts";
import { buildContext } from "../../packages/core/src/statements/context.ts";
import { extractStatements } from "../../packages/core/src/statements/extract.ts";
import { lateSpans } from "../../packages/core/src/statements/late-spans.ts";
import { CUES } from "../../packages/core/src/statements/lexicon.ts";
import { score, type DocPair, fragOverlap, fragLength, greedyMatch } from "../eval/attribution/score.ts";
import { polnearContent, toAttributions } from "../eval/attribution/adapt.ts";
import { analysisSetup } from "./cv-cache.ts";
import { boundaryExamples, foldContentEnds } from "./content-ends-data.ts";
import { strictClass } from "./strict-classes.ts";
import { Tally } from "./tally.ts";

const { args, opt, cache, show, docs, models } = analysisSetup();
if (!cache || models.length < 2) throw new Error("newsgraph/late-spans: give --cache DIR (train CV, fold models kept)");
// the statements before the pass, with the fold tagger and fold boundary model, kept in DIR (delete it after a change)
const file = path.join(cache, "late-spans-before.json");
const k = models.length;
let before: StatementsResult[];
if (existsSync(file)) before = JSON.parse(readFileSync(file, "utf8")) as StatementsResult[];
else {
  const ends = foldContentEnds(
    docs.map((d, i) => boundaryExamples(d, models[i % k] ?? null)),
    k,
  );
  before = docs.map((d, i) =>
    extractStatements(d.state.doc, d.state.seg, d.state.ents, {
      attribution: models[i % k] ?? null,
      contentEnds: ends[i % k] ?? null,
      lateSpans: false,
    }),
  );
  writeFileSync(file, JSON.stringify(before));
}
const txt = (t: string, fs: { start: number; end: number }[]) =>
  fs
    .map((f) => t.slice(f.start, f.end))
    .join(" ")
    .replace(/\s+/g, " ");
const f2 = (x: number) => (100 * x).toFixed(2);
for (const on of [false, true]) {
  const tally = new Tally(show);
  const pairs: DocPair[] = docs.map((d, i) => {
    const r: StatementsResult = structuredClone(before[i]!);
    const pred = polnearContent(
      toAttributions((on ? lateSpans(buildContext(d.text, d.state.seg), r) : r).statements, d.text),
      d.text,
    );
    for (const [gi, pi] of greedyMatch(d.gold, pred, false)) {
      const [g, p] = [d.gold[gi]!, pred[pi]!];
      const ov = fragOverlap(g.content, p.content);
      if (ov >= 0.8 * fragLength(g.content) && ov >= 0.8 * fragLength(p.content)) continue;
      const c = strictClass(d.text, g, p, p.rule ?? "?");
      tally.bump(`= ${c.key.split(" ")[0]}`, "");
      tally.bump(
        `${c.key.split(" ")[0]} ${p.rule}`,
        `G[${txt(d.text, g.source)}|${txt(d.text, g.cue)}] P[${txt(d.text, p.source)}|${txt(d.text, p.cue)}] ${c.example.slice(0, 240)}`,
      );
    }
    return { text: d.text, gold: d.gold, pred };
  });
  const s = score(pairs);
  console.log(
    `${on ? "with" : "without"} late-spans: ${s.pred} predicted; overlap F1 ${f2(s.overlap.f1)} (${s.overlap.tp}); strict F1 ${f2(s.strict.f1)} (${s.strict.tp}); direct quotes ${s.directQuotes.found}; source ${f2(s.source.acc)} (${s.source.correct}/${s.source.scored}); cue ${f2(s.cue.acc)} (${s.cue.correct}/${s.cue.scored})`,
  );
  if (!on) continue;
  tally.print(Number(opt("--limit") ?? 30));
  if (args.includes("--rules")) ruleRates(pairs);
}
if (args.includes("--inner")) innerLevels();
if (args.includes("--nested")) nestedClasses();

/**
 * The nested strict misses before the pass: the gold cue overlapping ours and running on (`cue-ext`), within two words
 * of the content's start (`near`), or deeper; for "inner level" misses, whether a statement of ours holds the gold cue.
 * Then neighbouring statements of a sentence (the second's frame within 40 characters after the first's content):
 * does a gold content hold the first's content and the second's cue (join), or two gold contents one each (apart)?
 */
function nestedClasses(): void {
  const t = new Tally(show);
  for (const [i, d] of docs.entries()) {
    const sts = before[i]!.statements;
    const pred = polnearContent(toAttributions(sts, d.text), d.text);
    const m = greedyMatch(d.gold, pred, false);
    for (const [gi, pi] of m) {
      const [g, p] = [d.gold[gi]!, pred[pi]!];
      const ov = fragOverlap(g.content, p.content);
      if (ov >= 0.8 * fragLength(g.content) && ov >= 0.8 * fragLength(p.content)) continue;
      const cls = strictClass(d.text, g, p, p.rule ?? "?").key.split(" ")[0]!;
      if (cls !== "nested-out" && cls !== "nested-in") continue;
      const [inner, outer] = cls === "nested-out" ? [g, p] : [p, g];
      const from = Math.min(...outer.content.map((x) => x.start));
      const at = Math.min(...inner.cue.map((x) => x.start));
      const n = d.text.slice(from, at).split(/\s+/).filter(Boolean).length;
      const sub = fragOverlap(g.cue, p.cue) > 0 ? "cue-ext" : n <= 2 ? "near" : "deep";
      const ours = pred.findIndex((q) => fragOverlap(q.cue, g.cue) > 0);
      const held = cls === "nested-in" && sub === "deep" ? (ours < 0 ? " no-statement" : " statement") : "";
      t.bump(
        `${cls} ${sub}${held}`,
        `G[${txt(d.text, g.cue)}] P[${txt(d.text, p.cue)}] ${txt(d.text, p.content).slice(0, 90)}`,
      );
    }
    for (let k = 0; k + 1 < sts.length; k++) {
      const [o, n] = [sts[k]!, sts[k + 1]!];
      if (!o.cue || !n.cue || o.cue.start > o.start) continue;
      const first = Math.min(n.start, n.cue.start, n.source?.start ?? Infinity);
      const gap = first >= o.end ? d.text.slice(o.end, first) : "\n";
      if (/[.!?]\s|\n/.test(gap) || gap.length > 40) continue;
      const one = (x: { start: number; end: number }) => [{ start: x.start, end: x.end }];
      const join = d.gold.some((g) => fragOverlap(g.content, one(o)) > 0 && fragOverlap(g.content, one(n.cue!)) > 0);
      const apart =
        !join &&
        d.gold.some((g) => fragOverlap(g.content, one(o)) > 0) &&
        d.gold.some((g) => fragOverlap(g.content, one(n)) > 0);
      t.bump(`neighbours ${join ? "join" : apart ? "apart" : "other"}`, `[${o.cue.text}] …${gap}[${n.cue.text}]`);
    }
  }
  console.log("\nnested strict misses before the pass, and neighbouring statements");
  t.print();
}

/** Per rule: predicted, and the shares matched by overlap and strictly (below F1/2, a rule lowers that F1). */
function ruleRates(pairs: DocPair[]): void {
  const rt = new Map<string, [number, number, number]>();
  for (const p of pairs) {
    const mo = new Set(greedyMatch(p.gold, p.pred, false).values());
    const ms = new Set(greedyMatch(p.gold, p.pred, true).values());
    p.pred.forEach((a, i) => {
      const r = rt.get(a.rule ?? "?") ?? [0, 0, 0];
      r[0]++;
      if (mo.has(i)) r[1]++;
      if (ms.has(i)) r[2]++;
      rt.set(a.rule ?? "?", r);
    });
  }
  console.log("\npredicted, overlap-matched %, strictly matched %, rule");
  for (const [rule, [n, o, s]] of [...rt].sort((a, b) => b[1][0] - a[1][0]))
    if (n >= 15)
      console.log(
        `${String(n).padStart(6)} ${((100 * o) / n).toFixed(0).padStart(4)} ${((100 * s) / n).toFixed(0).padStart(4)}  ${rule}`,
      );
}

/**
 * A reported clause of ours (cue before it) that opens with a subject and a finite cue verb of the lexicon within its
 * first six words (`said the board reported that …`): does PolNeAR mark the inner frame's cue (IN), ours (OUT), both, none?
 */
function innerLevels(): void {
  const it = new Tally(show);
  for (const [i, d] of docs.entries()) {
    for (const o of before[i]!.statements) {
      if (!o.cue || o.parts || o.kind === "direct" || o.cue.end > o.start) continue;
      const ws = [...o.text.matchAll(/[\p{L}’']+|[^\s\p{L}]/gu)];
      for (let w = 1; w < Math.min(ws.length - 2, 7); w++) {
        const c = CUES.get(ws[w]![0].toLowerCase());
        if (!c || c.kind !== "verb") continue;
        if (ws.slice(0, w).some((x) => /^[,;:“”"]$/.test(x[0]))) break;
        const at = o.start + ws[w]!.index;
        const inner = [{ start: at, end: at + ws[w]![0].length }];
        const gIn = d.gold.some((g) => fragOverlap(g.cue, inner) > 0);
        const gOut = d.gold.some((g) => fragOverlap(g.cue, [o.cue!]) > 0);
        it.bump(`${gIn ? "IN" : "-"}/${gOut ? "OUT" : "-"}`, `[${o.cue.text}] ${o.text.slice(0, 90)}`);
        break;
      }
    }
  }
  console.log("\nour clause opening with an inner frame: gold cue on the inner verb (IN), on ours (OUT)");
  it.print();
}
