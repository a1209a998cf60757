// npx tsx scripts/attribution/outer-signals.ts DUMP --by gap-first|gap-rule|before-word|before-class: does a word next to our frame say PolNeAR framed one level out? Ours right against the outer cue, by bucket.
import { readFileSync } from "node:fs";
import type { Frag } from "./brat.ts";
import { fragOverlap, greedyMatch, type DocPair } from "../eval/attribution/score.ts";
import { checkOptions } from "../options.ts";

checkOptions(import.meta.url, "outer-signals", ["--by"]);
const args = process.argv.slice(2);
const dump = args[0];
const by = args.includes("--by") ? args[args.indexOf("--by") + 1]! : "";
if (!dump || dump.startsWith("--") || !/^(gap-first|gap-rule|before-word|before-class)$/.test(by))
  throw new Error(
    "newsgraph/outer-signals: give the dump of `pnpm eval:attribution --split train --dump FILE`, then --by gap-first|gap-rule|before-word|before-class",
  );
const docs = JSON.parse(readFileSync(dump, "utf8")) as DocPair[];
const lo = (fs: Frag[]) => Math.min(...fs.map((f) => f.start));
const WORD = /[\p{L}\p{N}’'-]+|[,;:—()“”"]/gu;
const CONJ = /^(that|and|but|or|while|when|as|if|because|after|before|whether|which|who|where|how|what)$/i;
const PREP = /^(to|by|in|of|on|from|for|with|at|about|over|into|against)$/i;
const DET = /^(the|a|an|his|her|their|its|our|my|your|this|these|those)$/i;
/** A word's rough class by its form alone (no part-of-speech tagger in the pipeline). */
function wordClass(w: string): string {
  if (/^[,;:—()“”"-]$/.test(w)) return "punctuation";
  if (CONJ.test(w)) return "conjunction or wh-word";
  if (PREP.test(w)) return "preposition";
  if (DET.test(w)) return "determiner";
  if (/^(is|was|are|were|be|been|has|have|had)$/i.test(w)) return "be/have";
  if (/ed$/.test(w)) return "-ed";
  if (/ing$/.test(w)) return "-ing";
  if (/[a-z]s$/.test(w)) return "-s";
  return /^\p{Lu}/u.test(w) ? "capitalised" : "other";
}
// per bucket: ours right (the gold cue overlaps ours), the outer cue (the gold cue lies in the words read), neither, ours unmatched
const buckets = new Map<string, [number, number, number, number]>();
for (const d of docs) {
  const goldOf = new Map([...greedyMatch(d.gold, d.pred, false)].map(([g, p]) => [p, g]));
  d.pred.forEach((p, pi) => {
    if (!p.cue.length) return;
    let key: string;
    let read: Frag;
    if (by.startsWith("gap")) {
      // the words between our source and our cue, when the source comes first (`Vale is releasing an ad, questioning …`)
      if (p.source.length !== 1) return;
      const s = p.source[0]!;
      const c = lo(p.cue);
      const gap = d.text.slice(s.end, c);
      if (s.end >= c || /[.!?]\s/.test(gap) || /["“”]/.test(gap)) return;
      const words = [...gap.matchAll(WORD)].map((m) => m[0]);
      if (!words.length) return;
      key = by === "gap-first" ? words[0]!.toLowerCase() : (p.rule ?? "").replace(/^[a-z]+:/, "").replace(/\+.*/, "");
      read = { start: s.end, end: c };
    } else {
      // the words of the sentence before our frame, when the frame comes before our content
      const f = lo([...p.cue, ...p.source]);
      if (lo(p.content) < f) return;
      const before = d.text.slice(Math.max(0, f - 400), f);
      const ends = [...before.matchAll(/[.!?]["”’]?\s+(?=[A-Z“"])|\n/g)];
      const last = ends[ends.length - 1];
      const start = last ? f - before.length + last.index + last[0].length : f - before.length;
      const words = [...d.text.slice(start, f).matchAll(WORD)].map((m) => m[0]);
      if (!words.length) return;
      const w = words[words.length - 1]!;
      key = by === "before-word" ? w.toLowerCase() : wordClass(w);
      read = { start, end: f };
    }
    const b = buckets.get(key) ?? [0, 0, 0, 0];
    buckets.set(key, b);
    const gi = goldOf.get(pi);
    if (gi === undefined) b[3]++;
    else if (fragOverlap(d.gold[gi]!.cue, p.cue) > 0) b[0]++;
    else if (fragOverlap(d.gold[gi]!.cue, [read]) > 0) b[1]++;
    else b[2]++;
  });
}
console.log(`${"bucket".padEnd(24)} ours right · outer cue · neither · unmatched`);
for (const [k, b] of [...buckets].sort((x, y) => y[1][1] - x[1][1]).slice(0, 40))
  console.log(`${k.padEnd(24)} ${b.map((n) => String(n).padStart(6)).join(" ")}`);
