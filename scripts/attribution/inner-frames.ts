// npx tsx --conditions=development scripts/attribution/inner-frames.ts DUMP --cache DIR --frozen-ends FILE [--show STAGE N]: where the inner frame of a deep nested-out miss is lost (tagger, withTagger, later passes, statement-keep).
import { foldReplay, replayStages, deepNestedOut } from "./fold-replay.ts";
import { fragOverlap } from "../eval/attribution/score.ts";
import type { Frag } from "./brat.ts";
import type { Candidate } from "../../packages/core/src/statements/clause.ts";

const args = process.argv.slice(2);
const { arg, pairs, res, docs, K, models, ends: readEnds } = foldReplay("inner-frames", args);
const ends = readEnds();
const cnt = new Map<string, number>();
const add = (k: string) => cnt.set(k, (cnt.get(k) ?? 0) + 1);
const show = arg("--show");
const nShow = Number(args[args.indexOf("--show") + 2] ?? 0);
const shown = new Map<string, number>();
const hits = (cues: Frag[][], g: Frag[]) => cues.findIndex((c) => fragOverlap(c, g) > 0);

docs.forEach((d, i) => {
  const pair = pairs[i]!;
  if (pair.text !== d.text) throw new Error("inner-frames: the dump's documents are not train's, in order");
  const { m, misses } = deepNestedOut(pair);
  if (!misses.length) return;
  const { rules, accepted, tok, candCues, ungated, after, raw, stmtCues } = replayStages(
    models[i % K]!,
    d.state,
    res,
    ends[i % K]!,
  );
  for (const gi of misses) {
    const g = pair.gold[gi]!;
    const lostRules = hits(candCues(rules.lost), g.cue) >= 0;
    const ruleSaw = hits(candCues(accepted), g.cue) >= 0;
    const u = ungated.find((a) => fragOverlap(tok(a.cue), g.cue) > 0);
    const r = raw.find((a) => fragOverlap(tok(a.cue), g.cue) > 0);
    const w = hits(candCues(after), g.cue);
    const s = hits(stmtCues, g.cue);
    let k: string;
    const holder = (cs: readonly Candidate[]) =>
      cs.find((c) => c.start <= g.cue[0]!.start && g.cue[0]!.end <= c.end)?.rule ?? "none";
    if (ruleSaw)
      k =
        w >= 0
          ? `rules' frame, lost after withTagger (${holder(after)} holds it)`
          : `rules' frame, removed in withTagger (${holder(after)} holds it)`;
    else if (s >= 0) k = "made; dropped by statement-keep/outer-that";
    else if (w >= 0) k = `withTagger kept (${after[w]!.rule}); lost later`;
    else if (r) k = `tagged; dropped in withTagger${r.content[0] > r.cue[1] ? "" : " (content before cue)"}`;
    else if (u) k = "tagged only ungated (sentence not tagged)";
    else
      k = `never tagged${args.includes("--by-rule") ? ` (ours ${(pair.pred[m.get(gi)!]!.rule ?? "").replace(/\+.*/, "")})` : ""}`;
    if (lostRules) k += " [a rule frame in settle's lost]";
    add(k);
    if (show && k.startsWith(show) && (shown.get(k) ?? 0) < nShow) {
      shown.set(k, (shown.get(k) ?? 0) + 1);
      const sentence = d.state.seg.sentences.find((x) => x.start <= g.cue[0]!.start && x.end >= g.cue[0]!.end);
      const txt = (f: Frag[]) => f.map((x) => d.text.slice(x.start, x.end)).join(" … ");
      console.log(`\n[${k}] ${d.stem}\n  ${sentence ? d.text.slice(sentence.start, sentence.end) : ""}`);
      console.log(`  gold: src [${txt(g.source)}] cue [${txt(g.cue)}] content [${txt(g.content)}]`);
      const a = r ?? u;
      if (a)
        console.log(
          `  tagged: cue [${txt(tok(a.cue))}] content [${txt(tok(a.content))}] margin ${a.margin.toFixed(1)} src [${a.source ? txt(tok(a.source)) : "-"}]`,
        );
      const p = pair.pred[m.get(gi)!]!;
      console.log(`  ours: ${p.rule} cue [${txt(p.cue)}] content [${txt(p.content)}]`);
    }
  }
});
for (const [k, n] of [...cnt].sort((a, b) => b[1] - a[1])) console.log(n, k);
