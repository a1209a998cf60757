// What the tagger reads per token beside the words: the rules' labels and the entity kind of each token's mention.
import type { Mention } from "../../schema/record.ts";
import { firstTokenEndingAfter } from "../../text/token-search.ts";
import type { Candidate } from "../clause.ts";
import type { Ctx } from "../context.ts";

/** The rules' label of each token: 0 none, 1 cue, 2 source, 3 direct-quote content, 4 clause content. */
export function ruleLabels(ctx: Ctx, accepted: readonly Candidate[]): Uint8Array {
  const out = new Uint8Array(ctx.tokens.length);
  const toks = ctx.tokens;
  for (const c of accepted) {
    const label = c.kind === "direct" ? 3 : 4;
    for (let t = firstTokenEndingAfter(toks, c.start); t < toks.length && toks[t]!.start < c.end; t++)
      if (!out[t]) out[t] = label;
    if (c.source) for (let t = c.source.first; t <= c.source.last; t++) out[t] = 2;
    if (c.cue) for (let t = c.cue[0]; t <= c.cue[1]; t++) out[t] = 1;
  }
  return out;
}

/** Entity kind of each token's mention: 0 none, 1 person, 2 organisation, 3 country, 4 location. */
export function mentionKinds(ctx: Ctx, mentions: readonly Mention[]): Uint8Array {
  const out = new Uint8Array(ctx.tokens.length);
  const code = { person: 1, organization: 2, country: 3, location: 4 } as const;
  for (const m of mentions) {
    for (let t = firstTokenEndingAfter(ctx.tokens, m.start); t < ctx.tokens.length && ctx.tokens[t]!.start < m.end; t++)
      out[t] = code[m.kind];
  }
  return out;
}
