// npx tsx --conditions=development scripts/attribution/prep-starts.ts DUMP [--show KEY N]: simulates moving "VERB | a noun phrase PREP rest" to "VERB a noun phrase PREP | rest" (PolNeAR's light-verb cues) per bucket, rescored per document.
import { clip, sign, StartMoves } from "./start-moves.ts";
import type { Attribution } from "./brat.ts";

const moves = new StartMoves();
const MAXW = Number(process.env.MAXW ?? 4);
const PREPS = (process.env.PREPS ?? "on about of for to with against behind over at in into from as").split(" ");
const lead = new RegExp(
  `^((?:[\\p{L}\\p{N}’'-]+\\s+){0,${MAXW - 1}}?[\\p{L}\\p{N}’'-]+)\\s+(${PREPS.join("|")})\\s+`,
  "u",
);
const STOP = /^(that|to|if|whether|how|what|why|when|who|which|he|she|it|they|we|i|you|there|this|these|those)$/i;
moves.forEachSingle((d, base, p, i, c, cue) => {
  if (cue.end > c.start || !/^\s*$/.test(d.text.slice(cue.end, c.start))) return;
  const t = d.text.slice(c.start, c.end);
  const m = lead.exec(t);
  if (!m) return;
  const first = m[1]!.split(/\s+/);
  if (STOP.test(first[0]!) || /[“”"]/.test(t.slice(0, m[0].length))) return;
  if (m[0].length >= t.length - 3) return;
  const who = p.rule?.includes("model") ? "tagger" : "rules";
  const key =
    process.env.KEY === "det"
      ? `${who} ${/^(his|her|their|its|our|my|your)$/i.test(first[0]!) ? "poss" : /^(a|an|the)$/i.test(first[0]!) ? "art" : "other"} w${first.length}`
      : process.env.KEY === "noun"
        ? `${first[first.length - 1]!.toLowerCase()} ${m[2]!.toLowerCase()}`
        : `${m[2]!.toLowerCase()} w${first.length} ${who}`;
  const q: Attribution = {
    ...p,
    content: [{ start: c.start + m[0].length, end: c.end }],
    cue: [{ start: cue.start, end: c.start + m[0].trimEnd().length }],
  };
  moves.move(
    key,
    d,
    base,
    i,
    q,
    (ds) =>
      `${key} ${sign(ds)} {${p.rule}} [${d.text.slice(cue.start, cue.end)}] ${clip(m[0])}| ${clip(t.slice(m[0].length))}`,
  );
});
moves.print(22);
