// The class of a matched attribution that misses strict matching (≥ 80 % both ways): which boundary is off, and who made it.
import type { Attribution } from "./brat.ts";
import { fragOverlap } from "../eval/attribution/score.ts";
import { QUOTE_MARK } from "../eval/attribution/score.ts";
import { isBoundary } from "../../packages/core/src/statements/content-ends.ts";

/** The token after a character offset: the next word or punctuation mark, lower-cased. */
const nextToken = (text: string, at: number) =>
  (/^\s*(?:[\p{L}\p{N}’']+|[^\s\p{L}\p{N}])/u.exec(text.slice(at))?.[0] ?? "").trim().toLowerCase();

const lo = (fs: { start: number }[]) => Math.min(...fs.map((f) => f.start));
const hi = (fs: { end: number }[]) => Math.max(...fs.map((f) => f.end));
// a paragraph break shows as ¶: whether two parts share a paragraph decides how our statements join them
const clip = (s: string) => s.replace(/\n+/g, " ¶ ").replace(/\s+/g, " ").slice(0, 70);

/**
 * Classes, first that fits: `nested-out` (our content holds the gold cue: we took the outer level), `nested-in` (the
 * gold content holds our cue), `partsG/P` (either side discontinuous: gold's and our fragment counts), else the side whose error in characters is larger:
 * `end-late`, `end-early`, `start-early`, `start-late`. The key adds who made ours (tagger or rules) and the kind.
 */
export function strictClass(
  text: string,
  g: Attribution,
  p: Attribution,
  rule: string,
): { key: string; example: string } {
  const who = rule.includes("model") ? "tagger" : "rules";
  const kind = g.content.some((f) => QUOTE_MARK.test(text.slice(f.start, f.end))) ? "direct" : "indirect";
  const [gs, ge, ps, pe] = [lo(g.content), hi(g.content), lo(p.content), hi(p.content)];
  let cls: string;
  if (g.cue.length && fragOverlap(g.cue, p.content) > 0) cls = "nested-out";
  else if (p.cue.length && fragOverlap(p.cue, g.content) > 0) cls = "nested-in";
  else if (g.content.length > 1 || p.content.length > 1)
    cls =
      `parts${Math.min(g.content.length, 3)}/${Math.min(p.content.length, 3)}` +
      // gold's parts in two paragraphs: a quote continued in the next paragraph that we keep apart
      (g.content.length > 1 && text.slice(g.content[0]!.end, g.content[1]!.start).includes("\n") ? "¶" : "");
  else if (Math.abs(pe - ge) >= Math.abs(ps - gs)) {
    // where the end that should be is: before a boundary token the model asks about, or elsewhere
    const at = nextToken(text, pe > ge ? ge : pe);
    cls = `${pe > ge ? "end-late" : "end-early"}${isBoundary(at) ? "@b" : at === "." ? "@." : "@w"}`;
  } else cls = ps < gs ? "start-early" : "start-late";
  const ex =
    `${ps < gs ? "+[" + clip(text.slice(ps, gs)) + "]" : ps > gs ? "-[" + clip(text.slice(gs, ps)) + "]" : ""} … ` +
    `${pe > ge ? "+[" + clip(text.slice(ge, pe)) + "]" : pe < ge ? "-[" + clip(text.slice(pe, ge)) + "]" : ""}` +
    `  {${rule}}`;
  const gap =
    g.content.length > 1 && p.content.length === 1
      ? ` gap [${clip(text.slice(g.content[0]!.end, g.content[1]!.start))}]`
      : "";
  return { key: `${cls} ${who} ${kind}`, example: ex + gap };
}
