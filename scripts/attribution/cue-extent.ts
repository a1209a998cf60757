// npx tsx --conditions=development scripts/attribution/cue-extent.ts --cache DIR [--show N] [--limit N] [--rule TEXT] [--per-word] [--where] [--try np1|np3|to|toV]: does PolNeAR's cue run on into our content (train CV, after late-spans.ts), by the shape of the content's opening; --try scores a pass that moves that opening into the cue.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Statement } from "../../packages/core/src/schema/record.ts";
import type { StatementsResult } from "../../packages/core/src/schema/stages.ts";
import { buildContext } from "../../packages/core/src/statements/context.ts";
import { lateSpans } from "../../packages/core/src/statements/late-spans.ts";
import { score, fragOverlap, greedyMatch, type DocPair } from "../eval/attribution/score.ts";
import { polnearContent, toAttributions } from "../eval/attribution/adapt.ts";
import { analysisSetup } from "./cv-cache.ts";
import { Tally } from "./tally.ts";

const { args, opt, cache, show, docs } = analysisSetup();
// the statements before late-spans.ts, with the fold taggers and fold boundary models, as late-spans.ts keeps them
const file = cache ? path.join(cache, "late-spans-before.json") : "";
if (!file || !existsSync(file))
  throw new Error(
    "newsgraph/cue-extent: run scripts/attribution/late-spans.ts --cache DIR first (it keeps the statements)",
  );
const before = JSON.parse(readFileSync(file, "utf8")) as StatementsResult[];
const WORD = /[\p{L}\p{N}’'-]+|[^\s\p{L}\p{N}]/gu;
// analysis only: the prepositions a cue might run on to
const PREP = new Set(["for", "of", "about", "on", "to", "at", "with", "against", "as", "in", "from", "over", "like"]);
const words = (s: string) => [...s.slice(0, 200).matchAll(WORD)];

/** The opening of our content: `to-V`, `npK-prep` (K words, no comma, then a preposition), `prep:w`, other. */
function shape(s: string): string {
  const ws = words(s).map((m) => m[0].toLowerCase());
  if (!ws.length) return "empty";
  if (ws[0] === "to") return "to-V";
  if (PREP.has(ws[0]!)) return `prep:${ws[0]}`;
  for (let i = 1; i < Math.min(ws.length, 7); i++) {
    if (/^[,;:.“”"]$/.test(ws[i]!) || ws[i] === "that") return "other";
    if (PREP.has(ws[i]!)) return `np${Math.min(i, 4)}-${ws[i]}`;
  }
  return "other";
}

/** --try: `to` / `toV` moves "to" (and its verb) into the cue; `npK` moves up to K words and a preposition into it. */
function extendCue(text: string, st: Statement, mode: string, sts: Statement[]): void {
  const cue = st.cue;
  if (!cue || st.kind === "direct" || st.parts || cue.end > st.start || !/^\s*$/.test(text.slice(cue.end, st.start)))
    return;
  if (sts.some((o) => o !== st && o.cue && o.cue.start < cue.end && o.cue.end > cue.start)) return;
  const ws = words(st.text);
  const lo = (i: number) => ws[i]![0].toLowerCase();
  let upto = -1;
  if (mode.startsWith("to") && ws.length > 3 && lo(0) === "to" && /^\p{Ll}+$/u.test(ws[1]![0]))
    upto = mode === "toV" ? 1 : 0;
  if (mode.startsWith("np") && !PREP.has(lo(0)) && lo(0) !== "to")
    for (let i = 1; i <= (Number(mode.slice(2)) || 3) && i < ws.length - 1; i++) {
      if (!/^[\p{L}\p{N}’'-]+$/u.test(ws[i]![0]) || lo(i) === "that") break;
      if (PREP.has(lo(i)) && lo(i) !== "as" && lo(i) !== "in") {
        upto = i;
        break;
      }
    }
  if (upto < 0 || upto + 2 >= ws.length) return;
  const end = st.start + ws[upto]!.index + ws[upto]![0].length;
  st.cue = { start: cue.start, end, text: text.slice(cue.start, end) };
  st.start = end + (text.slice(end).length - text.slice(end).trimStart().length);
  st.text = text.slice(st.start, st.end);
}

const t = new Tally(show);
const where = new Tally(3);
const per = new Map<string, { run: number; at: number }>();
const mode = opt("--try");
const scored: [DocPair[], DocPair[]] = [[], []];
for (const [i, d] of docs.entries()) {
  const r = lateSpans(buildContext(d.text, d.state.seg), structuredClone(before[i]!));
  const pred = polnearContent(toAttributions(r.statements, d.text), d.text);
  if (mode) {
    const tried = structuredClone(r);
    for (const st of tried.statements) extendCue(d.text, st, mode, tried.statements);
    scored[0].push({ text: d.text, gold: d.gold, pred });
    scored[1].push({
      text: d.text,
      gold: d.gold,
      pred: polnearContent(toAttributions(tried.statements, d.text), d.text),
    });
  }
  for (const [gi, pi] of greedyMatch(d.gold, pred, false)) {
    const [g, p] = [d.gold[gi]!, pred[pi]!];
    if (!p.cue.length || p.content.length > 1 || !g.cue.length) continue;
    if (opt("--rule") && !(p.rule ?? "").includes(opt("--rule")!)) continue;
    const ps = p.content[0]!.start;
    const cueEnd = Math.max(...p.cue.map((c) => c.end));
    if (cueEnd > ps || !/^\s*$/.test(d.text.slice(cueEnd, ps))) continue;
    const gs = Math.min(...g.content.map((c) => c.start));
    // RUN: the gold cue overlaps ours and ends inside our content; AT: the gold content starts where ours does
    const runsOn = fragOverlap(g.cue, p.cue) > 0 && Math.max(...g.cue.map((c) => c.end)) > ps;
    const verdict = runsOn ? "RUN" : Math.abs(gs - ps) <= 1 ? "AT" : "else";
    const sh = shape(d.text.slice(ps));
    const coarse = sh.replace(/^np\d-.*/, "np-prep").replace(/^prep:.*/, "prep");
    const cueWord = (
      p.cue
        .map((c) => d.text.slice(c.start, c.end))
        .join(" ")
        .split(/\s+/)
        .pop() ?? ""
    ).toLowerCase();
    const e = per.get(`${cueWord} ${coarse}`) ?? { run: 0, at: 0 };
    if (verdict === "RUN") e.run++;
    if (verdict === "AT") e.at++;
    per.set(`${cueWord} ${coarse}`, e);
    if (verdict === "RUN") {
      // where the gold content starts inside ours: after the preposition, after "to", after "to V", or n words in
      const skipped = words(d.text.slice(ps, gs)).map((m) => m[0].toLowerCase());
      const last = skipped.at(-1) ?? "";
      const at = PREP.has(last)
        ? "after-prep"
        : skipped.includes("to")
          ? "after-to-V"
          : `n${Math.min(skipped.length, 4)}`;
      where.bump(`${coarse} ${at}`, d.text.slice(ps, gs + 20).replace(/\s+/g, " "));
    }
    t.bump(
      `${sh} ${verdict}`,
      `[${p.cue.map((c) => d.text.slice(c.start, c.end)).join(" ")}] G[${g.cue.map((c) => d.text.slice(c.start, c.end)).join(" ")}] ${d.text.slice(ps, ps + 80).replace(/\s+/g, " ")}`,
    );
  }
}
t.print(Number(opt("--limit") ?? 60));
if (args.includes("--where")) where.print();
if (args.includes("--per-word")) {
  // the most a list of cue words could gain: every (cue word, shape) with more RUN than AT, counted in-sample
  const rows = [...per].filter(([, e]) => e.run > e.at);
  const bound = (min: number) => rows.filter(([, e]) => e.run >= min).reduce((a, [, e]) => a + e.run - e.at, 0);
  console.log(
    `(cue word, shape) keys with more RUN than AT: ${rows.length}; in-sample bound ${bound(1)}, keys with 2+ RUN ${bound(2)}, 3+ ${bound(3)}`,
  );
}
if (mode) {
  const f2 = (x: number) => (100 * x).toFixed(2);
  for (const [name, pairs] of [["before", scored[0]] as const, [`--try ${mode}`, scored[1]] as const]) {
    const s = score([...pairs]);
    console.log(
      `${name}: strict F1 ${f2(s.strict.f1)} (${s.strict.tp}); overlap F1 ${f2(s.overlap.f1)} (${s.overlap.tp}); cue ${f2(s.cue.acc)} (${s.cue.correct}/${s.cue.scored})`,
    );
  }
}
