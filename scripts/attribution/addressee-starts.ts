// npx tsx --conditions=development scripts/attribution/addressee-starts.ts DUMP [--show KEY N]: simulates starting a content after the object its cue takes first (`told | reporters | that …`, `urged | the judge | to …`), per cue word and the word that opens the rest, rescored per document.
import { clip, sign, StartMoves } from "./start-moves.ts";
import type { Attribution } from "./brat.ts";

const moves = new StartMoves();
const MAXW = Number(process.env.MAXW ?? 8);
const OPEN = (process.env.OPEN ?? "that to whether if how why what who when about").split(" ");
const lead = new RegExp(`^((?:[\\p{L}\\p{N}’'.,-]+\\s+){1,${MAXW}}?)(${OPEN.join("|")})\\s`, "iu");
const STOP =
  /^(that|to|if|whether|how|what|why|when|who|which|and|but|or|is|was|are|were|has|had|have|will|would|could|should|may|might|can|do|does|did)$/i;
moves.forEachSingle((d, base, p, i, c, cue) => {
  if (cue.end > c.start || !/^\s*$/.test(d.text.slice(cue.end, c.start))) return;
  const t = d.text.slice(c.start, c.end);
  const m = lead.exec(t);
  if (!m) return;
  const obj = m[1]!.trim().split(/\s+/);
  if (obj.some((w) => STOP.test(w.replace(/,$/, ""))) || /[“”"]/.test(m[1]!)) return;
  const cueWord = d.text.slice(cue.start, cue.end).trim().split(/\s+/).pop()!.toLowerCase();
  const key = process.env.KEY === "open" ? `${m[2]!.toLowerCase()}` : `${cueWord} ${m[2]!.toLowerCase()}`;
  const q: Attribution = { ...p, content: [{ start: c.start + m[1]!.length, end: c.end }] };
  moves.move(
    key,
    d,
    base,
    i,
    q,
    (ds) =>
      `${key} ${sign(ds)} {${p.rule}} [${d.text.slice(cue.start, cue.end)}] ${clip(m[1]!)}| ${clip(t.slice(m[1]!.length))}`,
  );
});
moves.print(28, Number(process.env.TOP ?? 60));
