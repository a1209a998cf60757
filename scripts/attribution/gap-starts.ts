// npx tsx --conditions=development scripts/attribution/gap-starts.ts DUMP [--show KEY N]: simulates starting a content right after its cue when words lie between them (`says the truth is | that …`), per bucket of rule and gap, rescored per document.
import { clip, sign, StartMoves } from "./start-moves.ts";
import type { Attribution } from "./brat.ts";

const moves = new StartMoves();
moves.forEachSingle((d, base, p, i, c, cue) => {
  if (cue.end >= c.start) return;
  const gap = d.text.slice(cue.end, c.start);
  if (/^\s*$/.test(gap) || /[\n.;:!?“”"]/.test(gap)) return;
  // other statements' spans in the gap stay theirs
  if (
    d.pred.some(
      (o, j) => j !== i && [...o.content, ...o.cue, ...o.source].some((f) => f.start < c.start && f.end > cue.end),
    )
  )
    return;
  const words = gap.trim().split(/\s+/);
  const first = d.text.slice(c.start, c.end).split(/\s+/)[0]!.toLowerCase();
  const kind = (p.rule ?? "?").split(":")[0];
  const fam = (p.rule ?? "?").split(":")[1]?.split("+")[0] ?? "?";
  const g0 = words[0]!.toLowerCase().replace(/[’'].*$/, "");
  const aux = /\b(is|was|are|were|has|had|have|will|would|could|can|may|might|must|should|did|does|do)\b/i.test(gap)
    ? "+aux"
    : "";
  const gk = /^(he|she|it|they|we|i|you|there)$/.test(g0)
    ? "pron"
    : g0 === "to"
      ? "to"
      : /^[A-Z]/.test(words[0]!)
        ? "cap"
        : "low";
  const key =
    process.env.KEY === "gap"
      ? `${kind}:${fam} ${first === "that" ? "that" : "other"} ${gk}${process.env.AUX ? aux : ""}${/,/.test(gap) ? " comma" : ""}`
      : `${kind}:${fam} ${first === "that" ? "that" : /^[“"]/.test(first) ? "quote" : "other"} w${Math.min(words.length, 6)}${/,/.test(gap) ? " comma" : ""}`;
  const start = cue.end + (gap.length - gap.trimStart().length);
  const q: Attribution = { ...p, content: [{ start, end: c.end }] };
  moves.move(
    key,
    d,
    base,
    i,
    q,
    (ds) =>
      `${key} ${sign(ds)} {${p.rule}} [${d.text.slice(cue.start, cue.end)}] ${clip(gap)}| ${clip(d.text.slice(c.start, c.end))}`,
  );
});
moves.print(40, Number(process.env.TOP ?? 60));
