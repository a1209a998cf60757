// npx tsx scripts/attribution/nest-joins.ts DUMP [--by gap|arule|brule|bcue|direct] [--outer] [--show KEY N]: what joining an inner statement of ours into the one before it (or into a cue-lexicon frame right before it, --outer) would score, by shape.
import { readFileSync } from "node:fs";
import type { Attribution } from "./brat.ts";
import { score, type DocPair } from "../eval/attribution/score.ts";
import { checkOptions } from "../options.ts";
import { CUES } from "../../packages/core/src/statements/lexicon.ts";

checkOptions(import.meta.url, "nest-joins", ["--show", "--by", "--outer"]);
const args = process.argv.slice(2);
const dump = args[0];
if (!dump || dump.startsWith("--"))
  throw new Error("newsgraph/nest-joins: give the file of `pnpm eval:attribution --split train --dump FILE` first");
const showKey = args.includes("--show") ? args[args.indexOf("--show") + 1]! : "";
const showN = args.includes("--show") ? Number(args[args.indexOf("--show") + 2]) || 20 : 0;
const by = args.includes("--by") ? args[args.indexOf("--by") + 1]! : "gap";
const docs = JSON.parse(readFileSync(dump, "utf8")) as DocPair[];

const first = (a: Attribution) => Math.min(...[...a.cue, ...a.source].map((f) => f.start));
const contentEnd = (a: Attribution) => Math.max(...a.content.map((f) => f.end));
const contentStart = (a: Attribution) => Math.min(...a.content.map((f) => f.start));
const GAP =
  /^[\s,;:—–-]*(?:(that|and|but|as|when|while|because|after|before|which|who|since|although|though|whereas|if|where|until)\b)?[\s,;:—–-]*$/i;
const figs = (d: DocPair) => {
  const s = score([d]);
  return [s.strict.tp, s.overlap.tp, s.cue.correct, s.source.correct, s.pred];
};

type Row = { key: string; delta: number[]; ex: string };
const rows: Row[] = [];
const outer = args.includes("--outer");
// `<subject> <cue verb> [that]` ending right before a frame: the subject a name's capitalised words or a pronoun
const OUTER =
  /(?:^|[\s,(“"])((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t)\s+((?:\w+ly\s+)?([a-z]+))\s+(?:(?:to|with)\s+(?:[A-Z][\w.’'-]*\s*){1,3}\s+|(?:him|her|them|us|me|reporters)\s+)?(that\s+)?$/;
if (outer)
  docs.forEach((d) => {
    const base = figs(d);
    for (const a of d.pred) {
      if (!a.cue.length) continue;
      const fa = first(a);
      const nl = d.text.lastIndexOf("\n", fa - 1);
      const stop = Math.max(nl, d.text.slice(0, fa).search(/[.!?]["”’]?\s+[^.!?]*$/));
      const before = d.text.slice(Math.max(0, stop + 1, fa - 120), fa);
      const m = OUTER.exec(before);
      if (!m || !CUES.has(m[3]!)) continue;
      const off = fa - before.length;
      const vs = off + m.index + m[0].indexOf(m[2]!, m[0].indexOf(m[1]!) + m[1]!.length);
      const ss = off + m.index + m[0].indexOf(m[1]!);
      // one of ours already frames there: that is the join mode's pair
      if (d.pred.some((x) => x !== a && x.cue.some((f) => f.start < fa && f.end > ss))) continue;
      const joined: Attribution = {
        content: [{ start: fa - (m[4] ? m[4].length : 0), end: contentEnd(a) }],
        cue: [{ start: vs, end: vs + m[2]!.length }],
        source: [{ start: ss, end: ss + m[1]!.length }],
        rule: "sim-outer",
      };
      const pred = d.pred.map((x) => (x === a ? joined : x));
      const after = figs({ ...d, pred });
      const direct = /["“”]/.test(d.text.slice(contentStart(a), contentEnd(a)));
      const keys: Record<string, string> = {
        gap: m[3]!,
        arule: `${a.rule}`,
        direct: `direct=${direct} that=${!!m[4]}`,
      };
      rows.push({
        key: keys[by] ?? m[3]!,
        delta: after.map((v, i) => v - base[i]!),
        ex: `${d.text.slice(ss, fa)}‖ A[${d.text.slice(a.source[0]?.start ?? fa, a.source[0]?.end ?? fa)}|${d.text.slice(a.cue[0]!.start, a.cue[0]!.end)}] ${d.text.slice(contentStart(a), contentEnd(a)).slice(0, 100)} (${a.rule})`,
      });
    }
  });
else
  docs.forEach((d) => {
    const base = figs(d);
    for (const a of d.pred) {
      if (!a.cue.length) continue;
      const fa = first(a);
      for (const b of d.pred) {
        if (b === a || !b.cue.length) continue;
        const be = contentEnd(b);
        // b's frame before its content, its content ending before a's frame, a's content after its frame
        // a relative frame: a's content opens with the relative word before its frame (`…, which he said | runs …`)
        const rel =
          a.content.length > 1 &&
          /^(?:which|who|that|whom)$/i.test(d.text.slice(a.content[0]!.start, a.content[0]!.end).trim());
        const fa2 = rel ? a.content[0]!.start : fa;
        if (b.cue[0]!.start > contentStart(b) || be > fa2 || (!rel && contentStart(a) < fa)) continue;
        const gap = d.text.slice(be, fa2);
        // the same sentence: b's content does not close one, and no line break between
        if (/[.!?…]["”’']*\s*$/.test(d.text.slice(be - 3, be)) || gap.includes("\n")) continue;
        const m = GAP.exec(gap);
        if (!m || gap.length > 14) continue;
        const joined: Attribution = {
          ...b,
          content: [...b.content.slice(0, -1), { start: b.content[b.content.length - 1]!.start, end: contentEnd(a) }],
        };
        const pred = d.pred.filter((x) => x !== a).map((x) => (x === b ? joined : x));
        const after = figs({ ...d, pred });
        const cueB = d.text.slice(b.cue[0]!.start, b.cue[0]!.end).toLowerCase();
        const gw = (m[1] ?? (gap.includes(",") ? "," : gap.trim() || "_")).toLowerCase();
        const keys: Record<string, string> = {
          gap: gw,
          arule: `${gw} A=${a.rule}`,
          brule: `${gw} B=${b.rule}`,
          bcue: `${gw} Bcue=${cueB}`,
          rel: `${gw} rel=${rel} relsource=${rel && a.source.length > 0 && /^(?:which|who|that)$/i.test(d.text.slice(a.source[0]!.start, a.source[0]!.end))}`,
          direct: `${gw} Adirect=${/["“”]/.test(d.text.slice(contentStart(a), contentEnd(a)))}`,
        };
        const ex = `B[${d.text.slice(b.source[0]?.start ?? b.cue[0]!.start, b.source[0]?.end ?? b.cue[0]!.start)}|${cueB}] ${d.text.slice(contentStart(b), be)} ‖${gap}‖ A[${d.text.slice(a.source[0]?.start ?? fa, a.source[0]?.end ?? fa)}|${d.text.slice(a.cue[0]!.start, a.cue[0]!.end)}] ${d.text.slice(contentStart(a), contentEnd(a)).slice(0, 120)}  (${b.rule} / ${a.rule})`;
        rows.push({ key: keys[by] ?? gw, delta: after.map((v, i) => v - base[i]!), ex });
      }
    }
  });

const agg = new Map<string, { n: number; d: number[]; pos: number; neg: number }>();
for (const r of rows) {
  const g = agg.get(r.key) ?? { n: 0, d: [0, 0, 0, 0, 0], pos: 0, neg: 0 };
  g.n++;
  r.delta.forEach((v, i) => (g.d[i]! += v));
  if (r.delta[2]! > 0) g.pos++;
  if (r.delta[2]! < 0) g.neg++;
  agg.set(r.key, g);
}
console.log("pairs  strict overlap cues sources pred  (cue+ / cue−)  key");
for (const [k, g] of [...agg].sort((a, b) => b[1].n - a[1].n))
  if (g.n >= 3)
    console.log(
      `${String(g.n).padStart(5)}  ${g.d.map((v) => String(v).padStart(5)).join(" ")}  (${g.pos} / ${g.neg})  ${k}`,
    );
if (showKey)
  for (const r of rows.filter((x) => x.key === showKey).slice(0, showN))
    console.log(`\n[${r.delta.join(" ")}] ${r.ex}`);
