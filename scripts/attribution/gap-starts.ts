// npx tsx --conditions=development scripts/attribution/gap-starts.ts DUMP [--show KEY N]: simulates starting a content right after its cue when words lie between them (`says the truth is | that …`), per bucket of rule and gap, rescored per document.
import { readFileSync } from "node:fs";
import type { DocPair } from "../eval/attribution/score.ts";
import { score } from "../eval/attribution/score.ts";
import type { Attribution } from "./brat.ts";

const args = process.argv.slice(2);
const pairs = JSON.parse(readFileSync(args[0]!, "utf8")) as DocPair[];
const show = args.includes("--show") ? args[args.indexOf("--show") + 1]! : "";
let nShow = args.includes("--show") ? Number(args[args.indexOf("--show") + 2]) : 0;
const clip = (s: string) => s.replace(/\s+/g, " ").slice(0, 100);
const res = new Map<string, { n: number; s: number; c: number; src: number; o: number }>();
for (const d of pairs) {
  const base = score([d]);
  d.pred.forEach((p, i) => {
    if (p.content.length !== 1 || p.cue.length !== 1) return;
    const c = p.content[0]!;
    const cue = p.cue[0]!;
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
        `${key} ${ds > 0 ? "+" : ds < 0 ? "-" : "="} {${p.rule}} [${d.text.slice(cue.start, cue.end)}] ${clip(gap)}| ${clip(d.text.slice(c.start, c.end))}`,
      );
  });
}
for (const [k, r] of [...res].sort((a, b) => b[1].n - a[1].n).slice(0, Number(process.env.TOP ?? 60)))
  console.log(`${k.padEnd(40)} n=${r.n} strict ${r.s} cue ${r.c} src ${r.src} overlap ${r.o}`);
