// Error listings for eval:attribution: missed gold direct quotes and wrong sources/cues on matched attributions, with context.
import type { Attribution, Frag } from "../../attribution/brat.ts";
import { greedyMatch, fragOverlap, QUOTE_MARK, type DocPair } from "./score.ts";

const one = (s: string) => s.replace(/\s+/g, " ");
const spans = (t: string, fs: Frag[]) => fs.map((f) => t.slice(f.start, f.end)).join(" | ");

/** The text around an attribution's content, the content itself in ⟦…⟧. */
function context(text: string, a: Attribution, width: number): string {
  const s = Math.min(...a.content.map((f) => f.start));
  const e = Math.max(...a.content.map((f) => f.end));
  const inner = e - s > 200 ? `${text.slice(s, s + 90)} … ${text.slice(e - 90, e)}` : text.slice(s, e);
  return one(`${text.slice(Math.max(0, s - width), s)}⟦${inner}⟧${text.slice(e, e + width)}`);
}

/** `--misses N`: gold direct quotes left unmatched, with `width` characters of context either side. */
export function printMisses(docs: DocPair[], n: number, width = 120): void {
  let k = 0;
  for (const [di, d] of docs.entries()) {
    const m = greedyMatch(d.gold, d.pred, false);
    d.gold.forEach((g, gi) => {
      if (m.has(gi) || !g.content.some((f) => QUOTE_MARK.test(d.text.slice(f.start, f.end))) || k++ >= n) return;
      console.log(
        `\n#${k} doc ${di} [source: ${one(spans(d.text, g.source))} / cue: ${one(spans(d.text, g.cue))}]\n  ${context(d.text, g, width)}`,
      );
      // our attributions nearby, and whether another gold took them: why this one went unmatched
      const taken = new Set(m.values());
      const s = Math.min(...g.content.map((f) => f.start)) - width;
      const e = Math.max(...g.content.map((f) => f.end)) + width;
      d.pred.forEach((p, pi) => {
        if (p.content.some((f) => f.end > s && f.start < e))
          console.log(
            `    ours${taken.has(pi) ? " (matched)" : ""} [${one(spans(d.text, p.cue))}] ${one(spans(d.text, p.content)).slice(0, 120)}`,
          );
      });
    });
  }
}

/** `--wrong source|cue N`: matched attributions whose predicted span misses the gold one. */
export function printWrong(docs: DocPair[], what: "source" | "cue", n: number, width = 80): void {
  let k = 0;
  for (const [di, d] of docs.entries()) {
    for (const [gi, pi] of greedyMatch(d.gold, d.pred, false)) {
      const g = d.gold[gi]!;
      const p = d.pred[pi]!;
      if (!g[what].length || fragOverlap(g[what], p[what]) > 0 || k++ >= n) continue;
      console.log(
        `\n#${k} doc ${di} gold ${what}: ${one(spans(d.text, g[what]))} · ours: ${one(spans(d.text, p[what])) || "—"} (our cue: ${one(spans(d.text, p.cue))})\n  ${context(d.text, g, width)}`,
      );
    }
  }
}

/** `--cue-classes`: matched attributions whose cue misses, by how our attribution sits against the gold one. */
export function printCueClasses(
  docs: DocPair[],
  show = 0,
  goldCue: RegExp | null = null,
  ourRule: RegExp | null = null,
): void {
  const inside = (a: Frag[], b: Frag[]) =>
    a.length > 0 && a.every((x) => b.some((y) => x.start >= y.start && x.end <= y.end));
  const counts = new Map<string, number>();
  const byRule = new Map<string, number>();
  // per class: our rule and the gold cue's words, the most frequent of each (where a class's misses come from)
  const rulesOf = new Map<string, Map<string, number>>();
  const goldCuesOf = new Map<string, Map<string, number>>();
  const bump = (m: Map<string, Map<string, number>>, k: string, v: string) => {
    const c = m.get(k) ?? new Map<string, number>();
    c.set(v, (c.get(v) ?? 0) + 1);
    m.set(k, c);
  };
  const shownOf = new Map<string, number>();
  // right cues / scored per rule (the kind prefix dropped)
  const perRule = new Map<string, [number, number]>();
  let scored = 0;
  for (const d of docs) {
    for (const [gi, pi] of greedyMatch(d.gold, d.pred, false)) {
      const g = d.gold[gi]!;
      const p = d.pred[pi]!;
      if (!g.cue.length) continue;
      scored++;
      const ok = fragOverlap(g.cue, p.cue) > 0;
      const r = (p.rule ?? "?").replace(/^\w+:/, "");
      const acc = perRule.get(r) ?? [0, 0];
      perRule.set(r, [acc[0] + (ok ? 1 : 0), acc[1] + 1]);
      if (ok) continue;
      const another = d.gold.some((h, hi) => hi !== gi && fragOverlap(h.cue, p.cue) > 0);
      const k = !p.cue.length
        ? "ours has no cue"
        : inside(p.cue, g.content)
          ? `ours is nested in the gold content (${another ? "our cue is another gold's" : "no gold has our cue"})`
          : inside(g.cue, p.content)
            ? "the gold attribution is nested in our content"
            : another
              ? "our cue is another gold attribution's"
              : "our cue is no gold's";
      counts.set(k, (counts.get(k) ?? 0) + 1);
      // by the family of rule that made ours (the tagger's "model" rules apart)
      const fam = `${k} · ${/model/.test(p.rule ?? "") ? "tagger" : "rules"}`;
      byRule.set(fam, (byRule.get(fam) ?? 0) + 1);
      bump(rulesOf, k, p.rule ?? "?");
      bump(goldCuesOf, k, one(spans(d.text, g.cue)).toLowerCase());
      const picked = (!goldCue || goldCue.test(one(spans(d.text, g.cue)))) && (!ourRule || ourRule.test(p.rule ?? ""));
      const shown = goldCue || ourRule ? (picked ? (shownOf.get(k) ?? 0) + 1 : Infinity) : counts.get(k)!;
      if (shown !== Infinity) shownOf.set(k, shown);
      if (shown <= show)
        console.log(
          `\n[${k}] gold ${one(spans(d.text, g.source))} / ${one(spans(d.text, g.cue))} · ours (${p.rule}) ${one(spans(d.text, p.source))} / ${one(spans(d.text, p.cue))}\n  gold ${context(d.text, g, 60)}\n  ours ${context(d.text, p, 0)}`,
        );
    }
  }
  console.log(`\ncue errors by class (of ${scored} matched attributions with a gold cue):`);
  for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(5)}  ${k}`);
  console.log(`by who made ours:`);
  for (const [k, n] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(5)}  ${k}`);
  const top = (m: Map<string, number> | undefined) =>
    [...(m ?? [])]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([v, n]) => `${v} ${n}`)
      .join(", ");
  console.log(`\ncue accuracy by rule (right / scored):`);
  for (const [k, [ok, n]] of [...perRule].sort((a, b) => b[1][1] - a[1][1]))
    console.log(`  ${String(ok).padStart(5)} / ${String(n).padEnd(5)} ${k}`);
  for (const k of counts.keys())
    console.log(`\n${k}:\n  our rules: ${top(rulesOf.get(k))}\n  gold cues: ${top(goldCuesOf.get(k))}`);
}

/** The first `n` gold attributions no prediction overlaps (MISS) and predictions no gold overlaps (EXTRA). */
export function printErrors(docs: DocPair[], n: number) {
  const show = (t: string, a: Attribution) =>
    a.content
      .map((f) => t.slice(f.start, f.end))
      .join(" … ")
      .slice(0, 140)
      .replace(/\n/g, " ");
  let fn = 0;
  let fp = 0;
  for (const d of docs) {
    const matchedP = new Set<number>();
    const matchedG = new Set<number>();
    d.gold.forEach((g, gi) =>
      d.pred.forEach((p, pi) => {
        if (g.content.some((x) => p.content.some((y) => Math.min(x.end, y.end) > Math.max(x.start, y.start)))) {
          matchedG.add(gi);
          matchedP.add(pi);
        }
      }),
    );
    d.gold.forEach((g, gi) => {
      if (!matchedG.has(gi) && fn++ < n)
        console.log(
          `MISS  [${g.source.map((c) => d.text.slice(c.start, c.end)).join(" ")} / ${g.cue.map((c) => d.text.slice(c.start, c.end)).join(" ")}] ${show(d.text, g)}`,
        );
    });
    d.pred.forEach((p, pi) => {
      if (!matchedP.has(pi) && fp++ < n)
        console.log(`EXTRA [${p.cue.map((c) => d.text.slice(c.start, c.end)).join(" ")}] ${show(d.text, p)}`);
    });
  }
}
