// Statement-keep's features of the tagger's confidence: its margins over the statement's cue, source and content ends.
import type { Ctx } from "../context.ts";
import type { Statement } from "../../schema/record.ts";
import { tokenAt } from "../sentences.ts";
import type { FeatureCoder } from "../source-chooser-hash.ts";

/**
 * Margin buckets in the tagger's trained units (winning tag's score minus the runner-up's): about the 10th, 25th, 50th
 * and 75th percentiles of the cue's and content's margins in train CV, so each bucket holds many statements.
 */
const MARGIN_CUTS = [3, 8, 20, 50, 100];

function bucket(x: number): string {
  if (!Number.isFinite(x)) return "inf";
  let i = 0;
  while (i < MARGIN_CUTS.length && x >= MARGIN_CUTS[i]!) i++;
  return String(i);
}

/**
 * The tagger's attribution on the statement's cue (ctx.tagged) and how sure it was: its margins over the cue, the
 * source, the content's first and last tokens and the tokens just outside them, and whether the content still ends
 * where the tagger's did (`cut`: the boundary model or a later reader cut it, `ran`: it runs on). A strict match needs
 * both ends right: a close runner-up at an end says the span may be a token or more off. `none`: no tagged cue there
 * (the rules' statements in sentences the tagger skipped); no features at all when the tagger did not run.
 */
export function putConfidence<K>(ctx: Ctx, st: Statement, rule: string, coder: FeatureCoder<K>, out: K[]): void {
  const put = coder.put;
  const tagged = ctx.tagged;
  if (!tagged) return;
  if (!st.cue) {
    put(out, "tc=none");
    return;
  }
  const c0 = tokenAt(ctx, st.cue.start);
  const c1 = tokenAt(ctx, Math.max(st.cue.start, st.cue.end - 1));
  let a = null;
  for (let t = c0; t <= c1 && !a; t++) a = tagged.get(t) ?? null;
  if (!a) {
    put(out, "tc=none");
    put(out, "tc-rule=", rule, "|none");
    return;
  }
  const t0 = tokenAt(ctx, st.start);
  const t1 = tokenAt(ctx, Math.max(st.start, st.end - 1));
  const end = t1 === a.content[1] ? "same" : t1 < a.content[1] ? "cut" : "ran";
  const start = t0 === a.content[0] ? "same" : t0 < a.content[0] ? "ran" : "cut";
  const sc = ctx.taggedScale ?? 1;
  const c = a.conf;
  const cue = bucket(a.margin / sc);
  const after = bucket(c.after / sc);
  put(out, "tc-end=", end);
  put(out, "tc-start=", start);
  put(out, "tc-rule-end=", rule, "|", end);
  put(out, "tc-rule-start=", rule, "|", start);
  put(out, "tc-cue=", cue);
  put(out, "tc-cmin=", bucket(c.contentMin / sc));
  put(out, "tc-cmean=", bucket(c.contentMean / sc));
  put(out, "tc-last=", bucket(c.last / sc));
  put(out, "tc-after=", after);
  put(out, "tc-first=", bucket(c.first / sc));
  put(out, "tc-before=", bucket(c.before / sc));
  put(out, "tc-src=", bucket(c.source / sc));
  put(out, "tc-end-after=", end, "|", after);
  put(out, "tc-rule-cue=", rule, "|", cue);
}
