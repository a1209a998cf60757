// npx tsx --conditions=development scripts/attribution/strict-dump.ts [--split train] [--cache DIR] > out.jsonl: every matched attribution missing strict matching, one JSON line each (class, rule, both contents, the characters between their ends), for counting boundary classes.
import { extractStatements } from "../../packages/core/src/statements/extract.ts";
import { analysisSetup } from "./cv-cache.ts";
import { fragLength, fragOverlap, greedyMatch } from "../eval/attribution/score.ts";
import { polnearContent, toAttributions } from "../eval/attribution/adapt.ts";
import { splitContentEnds } from "./content-ends-data.ts";
import { strictClass } from "./strict-classes.ts";

const { split, res, docs, models } = analysisSetup();
const ends = splitContentEnds(split, docs, models, res.contentEnds);
const lo = (fs: { start: number }[]) => Math.min(...fs.map((f) => f.start));
const hi = (fs: { end: number }[]) => Math.max(...fs.map((f) => f.end));
for (const [i, d] of docs.entries()) {
  const { seg, ents } = d.state;
  if (!seg || !ents) throw new Error(`newsgraph/strict-dump: ${d.stem} lacks a stage's output; rerun`);
  const sts = extractStatements(d.state.doc, seg, ents, {
    attribution: models[i % models.length] ?? null,
    contentEnds: ends[i % ends.length] ?? null,
  }).statements;
  const pred = polnearContent(toAttributions(sts, d.text), d.text);
  const t = (fs: { start: number; end: number }[]) => fs.map((f) => d.text.slice(f.start, f.end));
  for (const [gi, pi] of greedyMatch(d.gold, pred, false)) {
    const g = d.gold[gi]!;
    const p = pred[pi]!;
    const ov = fragOverlap(g.content, p.content);
    const strict = ov >= 0.8 * fragLength(g.content) && ov >= 0.8 * fragLength(p.content);
    const c = strictClass(d.text, g, p, sts[pi]?.rule ?? "?");
    const [gs, ge, ps, pe] = [lo(g.content), hi(g.content), lo(p.content), hi(p.content)];
    const sent = seg.sentences.find((s) => s.start <= gs && s.end >= gs);
    console.log(
      JSON.stringify({
        stem: d.stem,
        strict,
        key: c.key,
        rule: sts[pi]?.rule,
        gs,
        ge,
        ps,
        pe,
        gc: t(g.content),
        pc: t(p.content),
        gsrc: t(g.source),
        psrc: t(p.source),
        gcue: t(g.cue),
        pcue: t(p.cue),
        startGap: ps < gs ? "+" + d.text.slice(ps, gs) : "-" + d.text.slice(gs, ps),
        endGap: pe > ge ? "+" + d.text.slice(ge, pe) : "-" + d.text.slice(pe, ge),
        after: d.text.slice(Math.max(ge, pe), Math.max(ge, pe) + 60),
        sentence: sent ? d.text.slice(sent.start, sent.end) : "",
      }),
    );
  }
}
