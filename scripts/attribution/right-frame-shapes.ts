// npx tsx scripts/attribution/right-frame-shapes.ts DUMP [--show REGEX N]: wrong sources and cues inside the right frame of an eval:attribution --dump, counted by shape.
import { readFileSync } from "node:fs";
import type { DocPair } from "../eval/attribution/score.ts";
import { fragOverlap, greedyMatch } from "../eval/attribution/score.ts";
import type { Attribution, Frag } from "./brat.ts";
import { PRONOUNS } from "../../packages/core/src/statements/lexicon-pronouns.ts";
import { Tally } from "./tally.ts";

const args = process.argv.slice(2);
const pairs = JSON.parse(readFileSync(args[0]!, "utf8")) as DocPair[];
const showRe = args.includes("--show") ? new RegExp(args[args.indexOf("--show") + 1]!) : null;
const tally = new Tally(args.includes("--show") ? Number(args[args.indexOf("--show") + 2]) : 0);

const lo = (fs: Frag[]) => Math.min(...fs.map((f) => f.start));
const hi = (fs: Frag[]) => Math.max(...fs.map((f) => f.end));
const one = (s: string) => s.replace(/\s+/g, " ");
const txt = (t: string, fs: Frag[]) => one(fs.map((f) => t.slice(f.start, f.end)).join(" | "));
const inside = (a: Frag[], b: Frag[]) =>
  a.length > 0 && a.every((x) => b.some((y) => x.start >= y.start && x.end <= y.end));
// a sentence or paragraph break between two offsets (the dump holds text only, so a plain reading of the marks)
const SENT_BREAK = /[.!?]["”’)]?\s+["“‘(]?[A-Z0-9]|\n/;
const broken = (t: string, a: number, b: number) => SENT_BREAK.test(t.slice(Math.min(a, b), Math.max(a, b)));
const isPron = (s: string) => PRONOUNS.has(s.toLowerCase()) || /^(who|which|that)$/i.test(s);
const who = (p: Attribution) => (/model/.test(p.rule ?? "") ? "tagger" : "rules");

/** The shape of a wrong source with PolNeAR's cue: where ours and PolNeAR's lie against the cue and each other. */
function sourceShape(t: string, g: Attribution, p: Attribution): string {
  const cue = lo(g.cue);
  const gs = txt(t, g.source);
  const side = (s: Frag[]) => (lo(s) < cue ? "before" : "after");
  if (!p.source.length) {
    const far = broken(t, lo(g.source), cue) ? "another sentence" : "same sentence";
    return `none: gold ${side(g.source)} cue, ${far}`;
  }
  const ps = txt(t, p.source);
  if (isPron(gs) !== isPron(ps)) {
    const ours = isPron(ps) ? "ours a pronoun" : "gold a pronoun";
    const order = lo(p.source) < lo(g.source) ? "ours earlier" : "ours later";
    return `pronoun: ${ours}, ${order}`;
  }
  if (inside(p.source, g.content)) return "ours inside gold content";
  if (inside(g.source, p.content)) return "gold inside our content";
  const gFar = broken(t, lo(g.source), cue);
  const pFar = broken(t, lo(p.source), cue);
  if (gFar || pFar) return `phrase: ${gFar ? "gold" : "ours"} in another sentence${gFar && pFar ? " (both)" : ""}`;
  if (side(g.source) !== side(p.source)) return `phrase: gold ${side(g.source)} cue, ours ${side(p.source)}`;
  if (side(g.source) === "after") return "phrase: both after cue";
  return lo(p.source) > lo(g.source) ? "phrase: ours between gold and cue" : "phrase: ours before gold";
}

/** The shape of a cue miss whose source is right (the same frame, another cue word) or a cue extent that differs. */
function cueShape(t: string, g: Attribution, p: Attribution): string | null {
  const ov = fragOverlap(g.cue, p.cue);
  if (ov > 0) {
    if (lo(g.cue) === lo(p.cue) && hi(g.cue) === hi(p.cue)) return null;
    const l = lo(p.cue) < lo(g.cue) ? "ours from further left" : lo(p.cue) > lo(g.cue) ? "ours starts later" : "";
    const r = hi(p.cue) > hi(g.cue) ? "ours runs on" : hi(p.cue) < hi(g.cue) ? "ours ends early" : "";
    return `cue extent (scored right): ${[l, r].filter(Boolean).join(", ")}`;
  }
  if (!p.cue.length) return "cue miss: ours none";
  if (!(g.source.length && fragOverlap(g.source, p.source) > 0)) return null;
  if (inside(p.cue, g.content)) return "cue miss, source right: ours in gold content";
  if (inside(g.cue, p.content)) return "cue miss, source right: gold in our content";
  return `cue miss, source right: ours ${lo(p.cue) < lo(g.cue) ? "before" : "after"} gold cue`;
}

let matched = 0;
let scored = 0;
let wrong = 0;
for (const d of pairs) {
  for (const [gi, pi] of greedyMatch(d.gold, d.pred, false)) {
    matched++;
    const g = d.gold[gi]!;
    const p = d.pred[pi]!;
    const from = Math.max(0, Math.min(lo(g.content), lo(g.cue.length ? g.cue : g.content)) - 100);
    const ex = () =>
      `gold [${txt(d.text, g.source)}] ours [${txt(d.text, p.source)}] cue [${txt(d.text, p.cue)}] gold cue [${txt(d.text, g.cue)}] ${p.rule ?? ""} ⟦${one(d.text.slice(from, from + 260))}⟧`;
    const c = cueShape(d.text, g, p);
    if (c) tally.bump(`${c} (${who(p)})`, showRe?.test(c) ? ex() : "");
    if (!g.source.length) continue;
    scored++;
    if (fragOverlap(g.source, p.source) > 0) continue;
    wrong++;
    if (!g.cue.length || fragOverlap(g.cue, p.cue) === 0) continue;
    const key = `source: ${sourceShape(d.text, g, p)} (${who(p)})`;
    tally.bump(key, showRe?.test(key) ? ex() : "");
  }
}
console.log(`${matched} matched, ${scored} with a gold source, ${wrong} wrong sources`);
tally.print();
