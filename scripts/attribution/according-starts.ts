// npx tsx --conditions=development scripts/attribution/according-starts.ts DUMP [--show KEY N]: simulates starting an "…, according to X" content after its last comma (or a comma before a given word), per bucket, rescored per document.
import { clip, StartMoves } from "./start-moves.ts";

const moves = new StartMoves();
moves.forEachSingle((d, base, p, i, c, cue) => {
  if (!/according-to/.test(p.rule ?? "") || cue.start < c.end) return;
  const t = d.text.slice(c.start, c.end);
  // commas outside quotes and brackets
  let depth = 0;
  const commas: number[] = [];
  for (let k = 0; k < t.length; k++) {
    const ch = t[k]!;
    if ("(“[".includes(ch)) depth++;
    else if (")”]".includes(ch)) depth = Math.max(0, depth - 1);
    else if ((ch === "," || ch === ";" || ch === "—") && depth === 0) commas.push(k);
  }
  if (!commas.length) return;
  const k = commas[commas.length - 1]!;
  const rest = t.slice(k + 1);
  const lead = t.slice(0, k);
  const nw = rest.trim().split(/\s+/).length;
  const w0 = rest.trim().split(/\s+/)[0]!.toLowerCase();
  const leadW = lead.trim().split(/\s+/).length;
  const key = `${/^(but|and|which|who|while|although|though|so)$/.test(w0) ? w0 : /^[a-z]/.test(w0) ? "lower" : "upper"} lead${leadW <= 4 ? "<=4" : leadW <= 8 ? "<=8" : ">8"}`;
  const start = c.start + k + 1 + (rest.length - rest.trimStart().length);
  moves.move(
    key,
    d,
    base,
    i,
    { ...p, content: [{ start, end: c.end }] },
    (ds) => `${key} ${ds} ${clip(lead, 110)} || ${clip(rest, 110)} (${nw})`,
  );
});
moves.print(22);
