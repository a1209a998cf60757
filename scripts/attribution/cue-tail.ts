// npx tsx scripts/attribution/cue-tail.ts DUMP [--to-verb]: our cues of two words or more ending in a preposition (`complaining about`, `will hope to`), or with --to-verb in `to <verb>` (`spoke to accept`): does PolNeAR's cue keep that word or its content open with it, and what moving it into our content would do to strict matches.
import { readFileSync } from "node:fs";
import type { Frag } from "./brat.ts";
import type { DocPair } from "../eval/attribution/score.ts";
import { fragOverlap, fragLength } from "../eval/attribution/score.ts";

const pairs = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as DocPair[];
// the words read: `to` and the prepositions a cue takes (`complaining about`, `calling on`, `filed a complaint for`)
const PREP = new Set(
  "to about on for with of in at against over from into as by behind toward towards upon".split(" "),
);
const strict = (a: Frag[], b: Frag[]) => {
  const ov = fragOverlap(a, b);
  return ov >= 0.8 * fragLength(a) && ov >= 0.8 * fragLength(b);
};
const toVerb = process.argv.includes("--to-verb");
const cnt = new Map<string, number>();
for (const d of pairs) {
  for (const p of d.pred) {
    if (p.cue.length !== 1 || p.content.length !== 1 || p.content[0]!.start < p.cue[0]!.end) continue;
    const cue = p.cue[0]!;
    const ws = [...d.text.slice(cue.start, cue.end).matchAll(/[\p{L}’']+/gu)];
    // the tail read: the last word, or `to` and the verb after it
    const w = toVerb ? ws.at(-2) : ws.at(-1);
    if (ws.length < (toVerb ? 3 : 2) || !w || (toVerb ? w[0].toLowerCase() !== "to" : !PREP.has(w[0].toLowerCase())))
      continue;
    const last: Frag[] = [{ start: cue.start + w.index, end: cue.end }];
    const golds = d.gold.filter((g) => fragOverlap(g.content, p.content) > 0 || fragOverlap(g.cue, p.cue) > 0);
    if (!golds.length) continue;
    const score = (g: (typeof golds)[0]) => fragOverlap(g.content, p.content) + fragOverlap(g.cue, p.cue);
    const g = golds.reduce((a, b) => (score(b) > score(a) ? b : a));
    const moved: Frag[] = [{ start: last[0]!.start, end: p.content[0]!.end }];
    const where = fragOverlap(g.cue, last)
      ? "gold cue keeps it"
      : fragOverlap(g.content, last)
        ? "gold content opens with it"
        : "neither";
    const who = (p.rule ?? "").includes("model") ? "tagger" : "rules";
    const move = `${strict(g.content, p.content) ? "S" : "-"}→${strict(g.content, moved) ? "S" : "-"}`;
    const k = `${where} · ${who} · strict ${move}`;
    cnt.set(k, (cnt.get(k) ?? 0) + 1);
  }
}
for (const [k, n] of [...cnt].sort((a, b) => b[1] - a[1])) console.log(n, k);
