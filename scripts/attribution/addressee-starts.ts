// npx tsx --conditions=development scripts/attribution/addressee-starts.ts DUMP [--show KEY N]: simulates starting a content after the object its cue takes first (`told | reporters | that …`, `urged | the judge | to …`), per cue word and the word that opens the rest, rescored per document.
import { readFileSync } from "node:fs";
import type { DocPair } from "../eval/attribution/score.ts";
import { score } from "../eval/attribution/score.ts";
import type { Attribution } from "./brat.ts";

const args = process.argv.slice(2);
const pairs = JSON.parse(readFileSync(args[0]!, "utf8")) as DocPair[];
const show = args.includes("--show") ? args[args.indexOf("--show") + 1]! : "";
let nShow = args.includes("--show") ? Number(args[args.indexOf("--show") + 2]) : 0;
const MAXW = Number(process.env.MAXW ?? 8);
const OPEN = (process.env.OPEN ?? "that to whether if how why what who when about").split(" ");
const lead = new RegExp(`^((?:[\\p{L}\\p{N}’'.,-]+\\s+){1,${MAXW}}?)(${OPEN.join("|")})\\s`, "iu");
const STOP =
  /^(that|to|if|whether|how|what|why|when|who|which|and|but|or|is|was|are|were|has|had|have|will|would|could|should|may|might|can|do|does|did)$/i;
const clip = (s: string) => s.replace(/\s+/g, " ").slice(0, 100);
const res = new Map<string, { n: number; s: number; c: number; src: number; o: number }>();
for (const d of pairs) {
  const base = score([d]);
  d.pred.forEach((p, i) => {
    if (p.content.length !== 1 || p.cue.length !== 1) return;
    const c = p.content[0]!;
    const cue = p.cue[0]!;
    if (cue.end > c.start || !/^\s*$/.test(d.text.slice(cue.end, c.start))) return;
    const t = d.text.slice(c.start, c.end);
    const m = lead.exec(t);
    if (!m) return;
    const obj = m[1]!.trim().split(/\s+/);
    if (obj.some((w) => STOP.test(w.replace(/,$/, ""))) || /[“”"]/.test(m[1]!)) return;
    const cueWord = d.text.slice(cue.start, cue.end).trim().split(/\s+/).pop()!.toLowerCase();
    const key = process.env.KEY === "open" ? `${m[2]!.toLowerCase()}` : `${cueWord} ${m[2]!.toLowerCase()}`;
    const q: Attribution = { ...p, content: [{ start: c.start + m[1]!.length, end: c.end }] };
    const pred = d.pred.slice();
    pred[i] = q;
    const after = score([{ ...d, pred }]);
    const r = res.get(key) ?? { n: 0, s: 0, c: 0, src: 0, o: 0 };
    r.n++;
    const ds = after.strict.tp - base.strict.tp;
    r.s += ds;
    r.c += after.cue.correct - base.cue.correct;
    r.src += after.source.correct - base.source.correct;
    r.o += after.overlap.tp - base.overlap.tp;
    res.set(key, r);
    if (show && new RegExp(show).test(key) && nShow-- > 0)
      console.log(
        `${key} ${ds > 0 ? "+" : ds < 0 ? "-" : "="} {${p.rule}} [${d.text.slice(cue.start, cue.end)}] ${clip(m[1]!)}| ${clip(t.slice(m[1]!.length))}`,
      );
  });
}
const tot = { n: 0, s: 0 };
for (const [k, r] of [...res].sort((a, b) => b[1].n - a[1].n).slice(0, Number(process.env.TOP ?? 60))) {
  console.log(`${k.padEnd(28)} n=${r.n} strict ${r.s} cue ${r.c} src ${r.src} overlap ${r.o}`);
}
for (const r of res.values()) {
  tot.n += r.n;
  tot.s += r.s;
}
console.log("total", tot);
