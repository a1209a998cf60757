// Candidate statement-keep features tried by keep-lab.ts before any goes into learned/statement-keep.ts.
import type { Statement } from "../../packages/core/src/schema/record.ts";
import type { Ctx } from "../../packages/core/src/statements/context.ts";
import { sentenceOf, tokenAt } from "../../packages/core/src/statements/sentences.ts";
import { cueKey } from "../../packages/core/src/statements/learned/gate.ts";

const bucket = (n: number) =>
  n < 0 ? "-" : n <= 1 ? String(n) : n <= 3 ? "2-3" : n <= 6 ? "4-6" : n <= 12 ? "7-12" : n <= 25 ? "13-25" : "26+";
const WORD = /[\p{L}\p{N}’'-]+|[^\s\p{L}\p{N}]/gu;

export function extraFeatures(ctx: Ctx, st: Statement, all: readonly Statement[], on: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const rule = st.rule ?? "-";
  const t0 = tokenAt(ctx, st.start);
  const t1 = tokenAt(ctx, Math.max(st.start, st.end - 1));
  const cueLast = st.cue ? cueKey((st.cue.text.match(WORD) ?? ["-"]).pop()!) : "-";
  if (on.has("qdist")) {
    // tokens to the nearest quote token outside the content, same paragraph or not
    let d = -1;
    for (let r = 1; r < 60 && d < 0; r++) {
      const a = t0 - r;
      const b = t1 + r;
      if ((a >= 0 && ctx.qidx[a]! >= 0) || (b < ctx.tokens.length && ctx.qidx[b]! >= 0)) d = r;
    }
    out.push(`qdist=${bucket(d)}`);
    const p = ctx.para[t0]!;
    let inPara = false;
    for (let t = 0; t < ctx.tokens.length; t++) if (ctx.para[t] === p && ctx.qidx[t]! >= 0) inPara = true;
    out.push(`q-para=${inPara}`);
  }
  if (on.has("pos")) {
    const p = ctx.para[t0]!;
    const [sa] = sentenceOf(ctx, t0);
    let pa = t0;
    while (pa > 0 && ctx.para[pa - 1] === p) pa--;
    out.push(`para=${bucket(p)}`);
    out.push(`para-first=${sa === pa}`);
    out.push(`rule-para-first=${rule}|${sa === pa}`);
  }
  if (on.has("dup")) {
    // contents overlapping ours: the greedy one-to-one matching can take only one of them
    let kind = "none";
    for (const o of all) {
      if (o === st) continue;
      const ov = Math.min(o.end, st.end) - Math.max(o.start, st.start);
      if (ov <= 0) continue;
      const k =
        o.start <= st.start && o.end >= st.end ? "in" : o.start >= st.start && o.end <= st.end ? "holds" : "cross";
      kind = kind === "none" ? k : kind === k ? k : "many";
    }
    out.push(`dup=${kind}`);
    out.push(`rule-dup=${rule}|${kind}`);
  }
  if (on.has("rulecue")) out.push(`rule-cue=${rule}|${cueLast}`);
  if (on.has("srclen")) out.push(`src-len=${bucket(st.source ? (st.source.text.match(WORD) ?? []).length : -1)}`);
  if (on.has("cuepos")) {
    if (st.cue) {
      const c0 = tokenAt(ctx, st.cue.start);
      const [sa] = sentenceOf(ctx, c0);
      out.push(`cue-at=${bucket(c0 - sa)}`);
    } else out.push("cue-at=none");
  }
  if (on.has("lenx")) {
    const n = t1 - t0 + 1;
    out.push(`len-x=${n <= 20 ? String(n) : n <= 30 ? "21-30" : n <= 45 ? "31-45" : "46+"}`);
  }
  if (on.has("stops")) {
    // how the content's end sits: the sentence's end, a comma, a word
    const next = ctx.tokens[t1 + 1]?.text ?? "</s>";
    out.push(`next=${/^[.!?]$/.test(next) ? "." : next === "," ? "," : /^\p{L}/u.test(next) ? "w" : next}`);
    out.push(`rule-next=${rule}|${/^[.!?]$/.test(next) ? "." : next === "," ? "," : "o"}`);
  }
  if (on.has("doc")) {
    // the article's shape: opinion pieces (first person outside quotes) and long ones are marked more sparsely
    let first = 0;
    for (let t = 0; t < ctx.tokens.length; t++)
      if (ctx.qidx[t]! < 0 && /^(?:I|we|my|our|me|us)$/i.test(ctx.tokens[t]!.text)) first++;
    const rate = (1000 * first) / Math.max(1, ctx.tokens.length);
    out.push(`first-person=${rate < 2 ? "0" : rate < 6 ? "low" : rate < 15 ? "mid" : "high"}`);
    out.push(`doc-len=${bucket(Math.round(ctx.tokens.length / 100))}`);
    const direct = all.filter((o) => o.kind !== "indirect").length;
    out.push(`doc-direct=${bucket(Math.round((10 * direct) / Math.max(1, all.length)))}`);
    out.push(`doc-n=${bucket(all.length)}`);
    out.push(`rule-fp=${rule}|${rate < 6 ? "lo" : "hi"}`);
  }
  if (on.has("tconf") || on.has("tconf2") || on.has("tagree")) out.push(...tagConfidence(ctx, st, rule, on));
  return out;
}

/** Margin buckets in trained units (the tagger's winning score minus the runner-up's; 1e9: none, at an edge). */
export const MARGIN_CUTS = [3, 8, 20, 50, 100];
const mb = (x: number) => {
  if (x >= 1e8) return "inf";
  let i = 0;
  while (i < MARGIN_CUTS.length && x >= MARGIN_CUTS[i]!) i++;
  return String(i);
};

/**
 * How sure the tagger was of the statement's cue and content, and whether its content is the tagger's own span: the
 * lab's copy of learned/keep-confidence.ts, which statementKeepFeatures now adds whenever ctx.tagged is set (keep-lab's
 * `--conf`), so `--extra tconf` with `--conf` counts them twice.
 */
function tagConfidence(ctx: Ctx, st: Statement, rule: string, on: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const tagged = ctx.tagged;
  if (!tagged || !st.cue) return ["tc=none"];
  const c0 = tokenAt(ctx, st.cue.start);
  const c1 = tokenAt(ctx, Math.max(st.cue.start, st.cue.end - 1));
  let a = null;
  for (let t = c0; t <= c1 && !a; t++) a = tagged.get(t) ?? null;
  if (!a) return ["tc=none", `tc-rule=${rule}|none`];
  const t0 = tokenAt(ctx, st.start);
  const t1 = tokenAt(ctx, Math.max(st.start, st.end - 1));
  const end = t1 === a.content[1] ? "same" : t1 < a.content[1] ? "cut" : "ran";
  const start = t0 === a.content[0] ? "same" : t0 < a.content[0] ? "ran" : "cut";
  if (on.has("tagree") || on.has("tconf")) {
    out.push(`tc-end=${end}`, `tc-start=${start}`, `tc-rule-end=${rule}|${end}`, `tc-rule-start=${rule}|${start}`);
  }
  if (on.has("tconf") || on.has("tconf2")) {
    const c = a.conf;
    out.push(
      `tc-cue=${mb(a.margin)}`,
      `tc-cmin=${mb(c.contentMin)}`,
      `tc-cmean=${mb(c.contentMean)}`,
      `tc-last=${mb(c.last)}`,
      `tc-after=${mb(c.after)}`,
      `tc-first=${mb(c.first)}`,
      `tc-before=${mb(c.before)}`,
      `tc-src=${mb(c.source)}`,
      `tc-end-after=${end}|${mb(c.after)}`,
      `tc-rule-cue=${rule}|${mb(a.margin)}`,
    );
  }
  return out;
}
