// Gold BIO tags of a document's tokens from annotated character spans (training only): content, then source, then cue on top.
import type { Token } from "../../schema/stages.ts";
import { ROLE_B, type AttrRole } from "./tags.ts";
import { firstTokenEndingAfter } from "../../text/token-search.ts";

export interface GoldSpans {
  content: { start: number; end: number }[];
  cue: { start: number; end: number }[];
  source: { start: number; end: number }[];
}

/**
 * A token overlapped by a span takes its role; where attributions nest (a cue inside another's content) the inner
 * frame wins, so cues and sources are written last. Every run then starts with a B tag.
 */
export function goldTags(tokens: readonly Token[], gold: readonly GoldSpans[]): Uint8Array {
  const tags = new Uint8Array(tokens.length);
  const owner = new Int32Array(tokens.length).fill(-1);
  const starts = tokens.map((t) => t.start);
  const firstAfter = (pos: number) => firstTokenEndingAfter(tokens, pos);
  let id = 0;
  for (const role of ["content", "source", "cue"] as AttrRole[]) {
    for (const a of gold) {
      for (const f of a[role]) {
        id++;
        for (let t = firstAfter(f.start); t < tokens.length && starts[t]! < f.end; t++) {
          tags[t] = ROLE_B[role] + 1;
          owner[t] = id;
        }
      }
    }
  }
  for (let t = 0; t < tags.length; t++) if (tags[t] && (t === 0 || owner[t - 1] !== owner[t])) tags[t] = tags[t]! - 1;
  return tags;
}
