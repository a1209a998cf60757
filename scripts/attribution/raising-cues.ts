// npx tsx --conditions=development scripts/attribution/raising-cues.ts DUMP [VERBS="…"]: simulates a raising frame whose infinitive is a cue verb as PolNeAR marks some (`Rubio | seemed to offer | a caveat`, the subject as source), per verb, rescored per document.
import { readFileSync } from "node:fs";
import type { DocPair } from "../eval/attribution/score.ts";
import { score } from "../eval/attribution/score.ts";
const pairs = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as DocPair[];
const VERBS = new Set(
  (
    process.env.VERBS ??
    "recognize confirm offer urge show care contradict imply suggest appreciate understand reflect crystallize feel indicate acknowledge accept endorse embrace reject criticize describe admit agree signal concede question challenge support oppose blame praise"
  ).split(" "),
);
const res = new Map<string, { n: number; s: number; c: number; src: number }>();
for (const d of pairs) {
  const base = score([d]);
  d.pred.forEach((p, i) => {
    if (!p.rule?.includes("raising") || !p.cue.length) return;
    const cue = p.cue[0]!;
    const after = d.text.slice(cue.end);
    const m = /^\s+to\s+(\p{L}+)(\s+(?:about|with|on|for))?\s+/u.exec(after);
    if (!m || !VERBS.has(m[1]!.toLowerCase())) return;
    const last = Math.max(...p.content.map((f) => f.end));
    const cs = cue.end + m[0].length;
    if (cs >= last) return;
    const first = Math.min(...p.content.map((f) => f.start));
    const pred = d.pred.slice();
    pred[i] = {
      ...p,
      cue: [{ start: cue.start, end: cue.end + m[0].trimEnd().length }],
      content: [{ start: cs, end: last }],
      source: first < cue.start ? [{ start: first, end: cue.start - 1 }] : [],
    };
    const a = score([{ ...d, pred }]);
    const k = m[1]!.toLowerCase();
    const r = res.get(k) ?? { n: 0, s: 0, c: 0, src: 0 };
    r.n++;
    r.s += a.strict.tp - base.strict.tp;
    r.c += a.cue.correct - base.cue.correct;
    r.src += a.source.correct - base.source.correct;
    res.set(k, r);
  });
}
const t = { n: 0, s: 0, c: 0, src: 0 };
for (const [k, r] of [...res].sort((a, b) => b[1].n - a[1].n)) {
  console.log(k, JSON.stringify(r));
  t.n += r.n;
  t.s += r.s;
  t.c += r.c;
  t.src += r.src;
}
console.log("total", t);
