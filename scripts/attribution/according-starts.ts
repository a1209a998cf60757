// npx tsx --conditions=development scripts/attribution/according-starts.ts DUMP [--show KEY N]: simulates starting an "…, according to X" content after its last comma (or a comma before a given word), per bucket, rescored per document.
import { readFileSync } from "node:fs";
import type { DocPair } from "../eval/attribution/score.ts";
import { score } from "../eval/attribution/score.ts";

const args = process.argv.slice(2);
const pairs = JSON.parse(readFileSync(args[0]!, "utf8")) as DocPair[];
const show = args.includes("--show") ? args[args.indexOf("--show") + 1]! : "";
let nShow = args.includes("--show") ? Number(args[args.indexOf("--show") + 2]) : 0;
const clip = (s: string) => s.replace(/\s+/g, " ").slice(0, 110);
const res = new Map<string, { n: number; s: number; c: number; src: number }>();
for (const d of pairs) {
  const base = score([d]);
  d.pred.forEach((p, i) => {
    if (!/according-to/.test(p.rule ?? "") || p.content.length !== 1 || p.cue.length !== 1) return;
    const c = p.content[0]!;
    if (p.cue[0]!.start < c.end) return;
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
    const pred = d.pred.slice();
    pred[i] = { ...p, content: [{ start, end: c.end }] };
    const after = score([{ ...d, pred }]);
    const r = res.get(key) ?? { n: 0, s: 0, c: 0, src: 0 };
    const ds = after.strict.tp - base.strict.tp;
    r.n++;
    r.s += ds;
    r.c += after.cue.correct - base.cue.correct;
    r.src += after.source.correct - base.source.correct;
    res.set(key, r);
    if (show && new RegExp(show).test(key) && nShow-- > 0)
      console.log(`${key} ${ds} ${clip(lead)} || ${clip(rest)} (${nw})`);
  });
}
for (const [k, r] of [...res].sort((a, b) => b[1].n - a[1].n))
  console.log(`${k.padEnd(22)} n=${r.n} strict ${r.s} cue ${r.c} src ${r.src}`);
