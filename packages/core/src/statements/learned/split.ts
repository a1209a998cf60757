// A frame the tagger finds inside another statement's reported clause: the clause ends before it and the frame is a statement of its own.
import { modelCandidate, recandidate } from "../candidate.ts";
import type { Ctx } from "../context.ts";
import type { Candidate } from "../clause.ts";
import { contentEnd } from "./content-end.ts";
import type { TaggedAttribution } from "./group.ts";

/** The host clause's part left before the inner frame must still be a clause. */
const MIN_HOST_CHARS = 12;

/**
 * PolNeAR never nests one attribution in another's content: in "Video shows that A, contradicting the police's claim
 * that B" the outer content ends before the inner frame, which is an attribution of its own. Each tagged attribution
 * whose cue lies inside a reported clause after that clause's own cue cuts the clause there, and takes its content
 * from the tagged run to its clause's end inside the old clause.
 */
export function splitHosts(
  ctx: Ctx,
  tagged: readonly TaggedAttribution[],
  out: Candidate[],
  source: (a: TaggedAttribution) => Candidate["source"],
): void {
  const { tokens, text } = ctx;
  for (const a of tagged) {
    const cs = tokens[a.cue[0]]!.start;
    const ce = tokens[a.cue[1]]!.end;
    if (a.content[0] <= a.cue[1]) continue;
    const hi = out.findIndex(
      (c) => c.kind !== "direct" && !!c.cue && c.cue[1] < a.cue[0] && c.start < cs && ce < c.end,
    );
    const host = out[hi];
    if (!host) continue;
    const first = a.source && tokens[a.source[0]]!.start > host.start ? Math.min(a.source[0], a.cue[0]) : a.cue[0];
    let hostEnd = tokens[first]!.start;
    while (hostEnd > host.start && /[\s,;:—–-]/.test(text[hostEnd - 1]!)) hostEnd--;
    if (hostEnd - host.start < MIN_HOST_CHARS) continue;
    const last = contentEnd(ctx, a.content[1], (t) => tokens[t]!.end > host.end);
    let s = tokens[a.content[0]]!.start;
    let e = Math.min(tokens[last]!.end, host.end);
    while (s < e && /[\s,;:—–-]/.test(text[s]!)) s++;
    while (e > s && /[\s,;:—–.-]/.test(text[e - 1]!)) e--;
    if (e - s < 2) continue;
    const kind: Candidate["kind"] = ctx.quotes.some((q) => q.open < e && q.close > s) ? "mixed" : "indirect";
    out[hi] = recandidate(host, { end: hostEnd, claim: [host.start, hostEnd] });
    out.push(modelCandidate(kind, s, e, a.cue, source(a), "model-split"));
  }
}
