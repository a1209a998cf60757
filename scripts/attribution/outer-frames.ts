// npx tsx --conditions=development scripts/attribution/outer-frames.ts DUMP --cache DIR --frozen-ends FILE [--by-rule|--by-outer|--by-cue|--gap] [--show KEY N]: where PolNeAR's outer frame of a nested-in miss (its content holds our cue) is lost: settle, the tagger, withTagger, statement-keep, or made with its content cut at our inner frame.
import { foldReplay, replayStages } from "./fold-replay.ts";
import { greedyMatch, fragOverlap, strictPair } from "../eval/attribution/score.ts";
import type { Attribution, Frag } from "./brat.ts";
import type { Candidate } from "../../packages/core/src/statements/clause.ts";

const args = process.argv.slice(2);
const { arg, pairs, res, docs, K, models, ends: readEnds } = foldReplay("outer-frames", args);
const ends = readEnds();
const cnt = new Map<string, number>();
const add = (k: string) => cnt.set(k, (cnt.get(k) ?? 0) + 1);
const show = arg("--show");
const nShow = Number(args[args.indexOf("--show") + 2] ?? 0);
const shown = new Map<string, number>();
const hits = (cues: Frag[][], g: Frag[]) => cues.findIndex((c) => fragOverlap(c, g) > 0);
const lo = (fs: Frag[]) => Math.min(...fs.map((f) => f.start));
const hi = (fs: Frag[]) => Math.max(...fs.map((f) => f.end));

/** How a statement of ours on the outer cue relates to PolNeAR's content: why it did not match it. */
function madeWhy(g: Attribution, q: Attribution, p: Attribution, matchedElsewhere: boolean): string {
  const holdsInner = fragOverlap(q.content, p.cue) > 0;
  const ov = fragOverlap(q.content, g.content);
  const where = matchedElsewhere ? "matched another gold" : "unmatched";
  if (!ov) return `made, content misses gold's (${where})`;
  if (!holdsInner) return `made, content cut before our inner frame (${where})`;
  return `made, content holds our inner frame (${where})`;
}

docs.forEach((d, i) => {
  const pair = pairs[i]!;
  if (pair.text !== d.text) throw new Error("outer-frames: the dump's documents are not train's, in order");
  const m = greedyMatch(pair.gold, pair.pred, false);
  const predOf = new Map([...m].map(([gi, pi]) => [pi, gi]));
  const misses: number[] = [];
  for (const [gi, pi] of m) {
    const g = pair.gold[gi]!,
      p = pair.pred[pi]!;
    if (strictPair(g, p)) continue;
    if (g.cue.length && fragOverlap(g.cue, p.content) > 0) continue; // nested-out
    if (!(p.cue.length && fragOverlap(p.cue, g.content) > 0)) continue;
    misses.push(gi);
  }
  if (!misses.length) return;
  const { rules, accepted, tok, candCues, ungated, after, raw, full, stmtCues } = replayStages(
    models[i % K]!,
    d.state,
    res,
    ends[i % K]!,
  );
  for (const gi of misses) {
    const g = pair.gold[gi]!;
    const p = pair.pred[m.get(gi)!]!;
    let k: string;
    if (!g.cue.length) k = "gold has no cue";
    else {
      const qi = pair.pred.findIndex((q) => q.cue.length && fragOverlap(q.cue, g.cue) > 0);
      const holder = (cs: readonly Candidate[]) =>
        cs.find((c) => c.start <= g.cue[0]!.start && g.cue[0]!.end <= c.end)?.rule ?? "none";
      const ruleSaw = hits(candCues(accepted), g.cue) >= 0;
      const lostIdx = hits(candCues(rules.lost), g.cue);
      const u = ungated.find((a) => fragOverlap(tok(a.cue), g.cue) > 0);
      const r = raw.find((a) => fragOverlap(tok(a.cue), g.cue) > 0);
      const w = hits(candCues(after), g.cue);
      const s = hits(stmtCues, g.cue);
      const q = qi >= 0 ? pair.pred[qi]! : null;
      const gapOf = (q: Attribution) => {
        const from = hi(q.content),
          to = Math.min(lo(p.cue), p.source.length ? lo(p.source) : Infinity);
        const w =
          d.text
            .slice(from, Math.max(from, to))
            .toLowerCase()
            .match(/[\p{L}’']+|[^\s\p{L}]/gu) ?? [];
        return w.length > 3 ? `${w.slice(0, 2).join(" ")} …+${w.length - 2}` : w.join(" ");
      };
      if (qi === m.get(gi)) k = "our cue runs into PolNeAR's content (the same statement)";
      else if (q)
        k =
          madeWhy(g, q, p, predOf.has(qi)) +
          (args.includes("--gap") ? ` gap [${gapOf(q)}]` : "") +
          (args.includes("--by-outer") ? ` {outer ${(q.rule ?? "").replace(/\+.*/, "")}}` : "");
      else if (s >= 0) k = "made; dropped by statement-keep/outer-that";
      else if (ruleSaw)
        k =
          w >= 0
            ? `rules' frame, lost after withTagger`
            : `rules' frame, removed in withTagger (${holder(after).replace(/\+.*/, "")} holds it)`;
      else if (w >= 0) k = `withTagger kept (${after[w]!.rule}); lost later`;
      else if (r) k = `tagged; dropped in withTagger${r.content[0] > r.cue[1] ? "" : " (content before cue)"}`;
      else if (u) k = "tagged only ungated";
      else if (lostIdx >= 0) k = `a rule frame lost in settle (${rules.lost[lostIdx]!.rule})`;
      else {
        const cue = g.cue
          .map((f) => d.text.slice(f.start, f.end))
          .join(" ")
          .toLowerCase();
        const side = lo(g.cue) < lo(p.cue) ? "left" : "right";
        k = `never proposed${args.includes("--by-cue") ? ` [${cue}]` : ` (${side} of ours)`}`;
      }
    }
    if (args.includes("--by-rule")) k += ` {ours ${(p.rule ?? "").replace(/\+.*/, "")}}`;
    add(k);
    if (show && k.startsWith(show) && (shown.get(k) ?? 0) < nShow) {
      shown.set(k, (shown.get(k) ?? 0) + 1);
      const a = lo(g.content.concat(g.cue)),
        b = hi(g.content.concat(g.cue));
      const txt = (f: Frag[]) => f.map((x) => d.text.slice(x.start, x.end)).join(" … ");
      console.log(`\n[${k}] ${d.stem}\n  ${d.text.slice(a, b).replace(/\s+/g, " ").slice(0, 400)}`);
      console.log(`  gold: src [${txt(g.source)}] cue [${txt(g.cue)}] content [${txt(g.content).slice(0, 200)}]`);
      console.log(
        `  ours: ${p.rule} src [${txt(p.source)}] cue [${txt(p.cue)}] content [${txt(p.content).slice(0, 200)}]`,
      );
      const sk = full.result.statements.find((x) => x.cue && x.cue.start < hi(g.cue) && lo(g.cue) < x.cue.end);
      if (sk && !pair.pred.some((x) => x.cue.length && fragOverlap(x.cue, g.cue) > 0))
        console.log(`  before statement-keep: ${sk.rule} cue [${sk.cue!.text}] content [${sk.text.slice(0, 200)}]`);
      const q = pair.pred.find((x) => x.cue.length && fragOverlap(x.cue, g.cue) > 0);
      if (q) console.log(`  ours on outer: ${q.rule} cue [${txt(q.cue)}] content [${txt(q.content).slice(0, 200)}]`);
    }
  }
});
for (const [k, n] of [...cnt].sort((a, b) => b[1] - a[1])) console.log(n, k);
