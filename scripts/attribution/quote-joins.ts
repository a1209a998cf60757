// npx tsx scripts/attribution/quote-joins.ts [--split train] [--cache DIR] [--show N]: adjacent quotes of a paragraph that PolNeAR and we join into one attribution (or keep apart), by what lies between.
import { extractStatements } from "../../packages/core/src/statements/extract.ts";
import { findQuotes } from "../../packages/core/src/statements/quotes.ts";
import type { Attribution } from "./brat.ts";
import { Tally } from "./tally.ts";
import { analysisSetup } from "./cv-cache.ts";
import { polnearContent, toAttributions } from "../eval/attribution/adapt.ts";

const { show, res, docs, models } = analysisSetup();
const tally = new Tally(show);

/** The attribution whose content covers most of the quote [s, e), or -1. */
function owner(attrs: Attribution[], s: number, e: number): number {
  let best = -1;
  let bestOv = 0;
  attrs.forEach((a, i) => {
    let ov = 0;
    for (const f of a.content) ov += Math.max(0, Math.min(f.end, e) - Math.max(f.start, s));
    if (ov > bestOv && ov >= 0.5 * (e - s)) {
      best = i;
      bestOv = ov;
    }
  });
  return best;
}

const one = (s: string) => s.replace(/\s+/g, " ");
for (const [i, d] of docs.entries()) {
  const { seg, ents } = d.state;
  if (!seg || !ents) throw new Error(`newsgraph/quote-joins: ${d.stem} lacks a stage's output; rerun`);
  const sts = extractStatements(d.state.doc, seg, ents, {
    attribution: models[i % models.length] ?? null,
    contentEnds: res.contentEnds ?? null,
  }).statements;
  const pred = polnearContent(toAttributions(sts, d.text), d.text);
  const quotes = findQuotes(d.text, seg.paragraphs);
  for (let q = 1; q < quotes.length; q++) {
    const a = quotes[q - 1]!;
    const b = quotes[q]!;
    if (a.paragraph !== b.paragraph) continue;
    const ga = owner(d.gold, a.start, a.end);
    const gb = owner(d.gold, b.start, b.end);
    if (ga < 0 || gb < 0) continue;
    const pa = owner(pred, a.start, a.end);
    const pb = owner(pred, b.start, b.end);
    const gold = ga === gb ? "gold-joined" : "gold-apart";
    const ours = pa < 0 || pb < 0 ? "ours-missing" : pa === pb ? "ours-joined" : "ours-apart";
    const between = one(d.text.slice(a.close, b.open)).trim();
    // the shape of what lies between: words only, a cue clause with a participle, a full stop, …
    const shape = /[.!?]\s*$/.test(between) || between === "" ? "stop" : /,\s*$/.test(between) ? "comma" : "other";
    const rule = pa >= 0 && pa === pb ? ` ${pred[pa]!.rule ?? "?"}` : pb >= 0 ? ` ${pred[pb]!.rule ?? "?"}` : "";
    const gcue = (k: number) => d.gold[k]!.cue.map((f) => d.text.slice(f.start, f.end)).join(" ") || "—";
    tally.bump(`${gold} ${ours}`, "");
    // our attributions lying between the two quotes: the clause a join steps over, by its rule and cue
    const inner = pred.filter((p) => p.content.every((f) => f.start >= a.close && f.end <= b.open));
    if (inner.length)
      tally.bump(
        `${gold} ${ours} over ${inner.map((p) => `${p.rule ?? "?"}[${p.cue.map((f) => d.text.slice(f.start, f.end)).join(" ")}]`).join(" ")}`.replace(
          /\[[^\]]*\]/g,
          "",
        ),
        `doc ${i}: …${one(d.text.slice(Math.max(a.open, a.close - 40), a.close))}⟦${between.slice(0, 160)}⟧ cues ${inner.map((p) => p.cue.map((f) => d.text.slice(f.start, f.end)).join(" ")).join(", ")}; gold [${gcue(ga)}]${ga === gb ? "" : ` [${gcue(gb)}]`}`,
      );
    tally.bump(
      `${gold} ${ours} ${shape}${rule}`,
      `doc ${i}: …${one(d.text.slice(Math.max(a.open, a.close - 50), a.close))}⟦${between.slice(0, 140)}⟧${one(d.text.slice(b.open, Math.min(b.close, b.open + 50)))}… gold cues [${gcue(ga)}]${ga === gb ? "" : ` [${gcue(gb)}]`}`,
    );
  }
}
tally.print(80);
