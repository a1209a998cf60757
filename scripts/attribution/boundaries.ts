// npx tsx scripts/attribution/boundaries.ts [--split train] [--cache DIR] [--rules] [--raw] [--tails] [--roles] [--classes] [--limit N] [--show N]: where matched contents miss PolNeAR's boundaries (≥ 80 % both ways) by rule and side; --classes: by error class; --roles: matched attributions whose source or cue misses.
import { extractStatements } from "../../packages/core/src/statements/extract.ts";
import type { Statement } from "../../packages/core/src/schema/record.ts";
import { Tally } from "./tally.ts";
import { analysisSetup } from "./cv-cache.ts";
import { fragLength, fragOverlap, greedyMatch } from "../eval/attribution/score.ts";
import { polnearContent, toAttributions } from "../eval/attribution/adapt.ts";
import { splitContentEnds } from "./content-ends-data.ts";
import { strictClass } from "./strict-classes.ts";

// train: the tagger cross-validated by article, as eval:attribution scores it (the shipped model has seen all of train)
const { args, opt, split, show, res, docs, models } = analysisSetup();
const tally = new Tally(show);
// train: the boundary model cross-validated too (the shipped one has seen every train article), as eval:attribution does
const ends = splitContentEnds(split, docs, models, res.contentEnds);
const bump = (key: string, ex: string) => tally.bump(key, ex);
let matched = 0;
let strict = 0;
for (const [i, d] of docs.entries()) {
  const { seg, ents, statements } = d.state;
  if (!seg || !ents || !statements) throw new Error(`newsgraph/boundaries: ${d.stem} lacks a stage's output; rerun`);
  const sts: Statement[] = args.includes("--rules")
    ? statements.statements
    : extractStatements(d.state.doc, seg, ents, {
        attribution: models[i % models.length] ?? null,
        contentEnds: ends[i % ends.length] ?? null,
      }).statements;
  const raw = toAttributions(sts, d.text);
  const pred = args.includes("--raw") ? raw : polnearContent(raw, d.text);
  const rules = sts.map((s) => s.rule);
  const m = greedyMatch(d.gold, pred, false);
  for (const [gi, pi] of m) {
    matched++;
    const g = d.gold[gi];
    const p = pred[pi];
    if (!g || !p) continue;
    if (args.includes("--roles")) {
      const r = (rules[pi] ?? "?").replace(/^(\w+):/, "");
      const txt = (fs: { start: number; end: number }[]) => fs.map((f) => d.text.slice(f.start, f.end)).join(" ");
      const ctxt = txt(p.content).slice(0, 50).replace(/\s+/g, " ");
      if (g.source.length && fragOverlap(g.source, p.source) === 0)
        bump(
          `src ${p.source.length ? "wrong" : "none"} ${r}`,
          `gold [${txt(g.source)}] pred [${txt(p.source)}] cue [${txt(p.cue)}] ${ctxt}`,
        );
      if (g.cue.length && fragOverlap(g.cue, p.cue) === 0)
        bump(`cue ${p.cue.length ? "wrong" : "none"} ${r}`, `gold [${txt(g.cue)}] pred [${txt(p.cue)}] ${ctxt}`);
      continue;
    }
    const ov = fragOverlap(g.content, p.content);
    if (ov >= 0.8 * fragLength(g.content) && ov >= 0.8 * fragLength(p.content)) {
      strict++;
      continue;
    }
    if (args.includes("--classes")) {
      const c = strictClass(d.text, g, p, rules[pi] ?? "?");
      bump(c.key, c.example);
      bump(`= ${c.key.split(" ")[0]}`, "");
      continue;
    }
    const gs = Math.min(...g.content.map((f) => f.start));
    const ge = Math.max(...g.content.map((f) => f.end));
    const ps = Math.min(...p.content.map((f) => f.start));
    const pe = Math.max(...p.content.map((f) => f.end));
    const rule = (rules[pi] ?? "?").replace(/^(\w+):/, "");
    const clip = (s: string) => s.replace(/\s+/g, " ").slice(0, 60);
    const side =
      (ps < gs ? "L+" : ps > gs ? "L-" : "L=") +
      (pe > ge ? "R+" : pe < ge ? "R-" : "R=") +
      (g.content.length > 1 || p.content.length > 1 ? " parts" : "");
    const ex = `${ps < gs ? "+[" + clip(d.text.slice(ps, gs)) + "]" : ps > gs ? "-[" + clip(d.text.slice(gs, ps)) + "]" : ""} … ${pe > ge ? "+[" + clip(d.text.slice(ge, pe)) + "]" : pe < ge ? "-[" + clip(d.text.slice(pe, ge)) + "]" : ""}`;
    if (pe > ge && args.includes("--tails")) {
      const tail = d.text.slice(ge, pe).trim();
      const w = /^(?:[,;:—–-]+\s*)?[\p{L}\p{N}’']+|^\S/u.exec(tail)?.[0] ?? "";
      bump(`tail+ ${w.toLowerCase()}`, clip(d.text.slice(ge, pe)));
    }
    if (pe < ge && args.includes("--tails")) {
      const tail = d.text.slice(pe, ge).trim();
      const w = /^(?:[,;:—–-]+\s*)?[\p{L}\p{N}’']+|^\S/u.exec(tail)?.[0] ?? "";
      bump(`tail- ${w.toLowerCase()}`, clip(d.text.slice(pe, ge)));
    }
    if (ps < gs && args.includes("--tails")) {
      const head = d.text.slice(ps, gs).trim();
      const w = /\S+$/u.exec(head)?.[0] ?? "";
      bump(`head+ ${w.toLowerCase()}`, clip(d.text.slice(ps, gs)));
    }
    bump(`${side}`, ex);
    bump(`${side} ${rule}`, ex);
  }
}
console.log(`${split}: ${matched} matched, ${strict} strict (${((100 * strict) / matched).toFixed(1)} %)`);
tally.print(Number(opt("--limit") ?? 60));
