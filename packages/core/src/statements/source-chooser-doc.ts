// The source chooser's per-document facts: entity kinds, mention spans, word clusters and the attributions' token roles.
import type { Mention } from "../schema/stages.ts";
import type { Ctx } from "./context.ts";
import type { Candidate } from "./clause.ts";
import type { SourceSpan } from "./source.ts";
import { plausibleSubject } from "./main-subject.ts";
import { tokenAt } from "./sentences.ts";
import { mentionKinds } from "./learned/token-labels.ts";
import { clusterIds, type WordClusters } from "./learned/word-classes.ts";
import { objectArray } from "../util/arrays.ts";

/** Per-document facts the options read, built once: each token's entity kind and the mention span holding it. */
export interface ChooserDoc {
  kinds: Uint8Array;
  /** first and last token of the mention holding each token (-1 outside mentions) */
  mFirst: Int32Array;
  mLast: Int32Array;
  /** a token's word cluster at the coarse and the middle level (-1: none), so unseen nouns and verbs share weights */
  cluster: (t: number) => string;
  /** the coarse level alone */
  coarse: (t: number) => string;
}

export function chooserDoc(ctx: Ctx, mentions: readonly Mention[], clusters: WordClusters | null): ChooserDoc {
  const n = ctx.tokens.length;
  // looked up only for the words the options read, once each
  const known = new Map<number, string>();
  const knownCoarse = new Map<number, string>();
  const ids = new Int32Array(3);
  const cluster = (t: number) => {
    if (t < 0 || t >= n) return "-";
    let k = known.get(t);
    if (k === undefined) {
      const w = ctx.tokens[t]!.text;
      clusterIds(w, w.toLowerCase(), clusters, ids);
      k = `${ids[0]}.${ids[1]}`;
      known.set(t, k);
      knownCoarse.set(t, String(ids[0]));
    }
    return k;
  };
  const coarse = (t: number) => {
    if (t < 0 || t >= n) return "-";
    cluster(t);
    return knownCoarse.get(t)!;
  };
  const mFirst = new Int32Array(n).fill(-1);
  const mLast = new Int32Array(n).fill(-1);
  for (const m of mentions) {
    const a = tokenAt(ctx, m.start);
    let b = a;
    while (b + 1 < n && ctx.tokens[b + 1]!.start < m.end) b++;
    for (let t = a; t <= b; t++) {
      mFirst[t] = a;
      mLast[t] = b;
    }
  }
  return { kinds: mentionKinds(ctx, mentions), mFirst, mLast, cluster, coarse };
}

/** Token roles of the attributions (1 content, 2 cue, 3 source) and the source span holding each source token. */
export interface RoleMap {
  role: Uint8Array;
  source: (SourceSpan | undefined)[];
}

export function roleMap(ctx: Ctx, accepted: readonly Candidate[]): RoleMap {
  const role = new Uint8Array(ctx.tokens.length);
  // one slot a token from the start: filled sparsely it was holey in most documents and packed in some (a source at
  // token 0 onwards), two array maps for `shared` to meet
  const source: (SourceSpan | undefined)[] = objectArray();
  for (let t = 0; t < ctx.tokens.length; t++) source.push(undefined);
  for (const c of accepted) {
    const [s, e] = c.claim ?? [c.start, c.end];
    for (let t = tokenAt(ctx, s); t < ctx.tokens.length && ctx.tokens[t]!.start < e; t++)
      if (ctx.tokens[t]!.end > s) role[t] = 1;
  }
  for (const c of accepted) {
    if (c.cue) role.fill(2, c.cue[0], c.cue[1] + 1);
    if (c.source) {
      role.fill(3, c.source.first, c.source.last + 1);
      for (let t = c.source.first; t <= c.source.last; t++) source[t] ??= c.source;
    }
  }
  return { role, source };
}

/**
 * A named source right beside its cue ("Ann Vale said", "said Ann Vale"): the readers are right there, so the chooser
 * does not spend its options on it (most statements of news text; train CV is level without them).
 */
export function settledSource(ctx: Ctx, doc: ChooserDoc, c: Candidate): boolean {
  const s = c.source;
  if (!s || !c.cue) return false;
  if (s.last !== c.cue[0] - 1 && s.first !== c.cue[1] + 1) return false;
  return s.pronoun || doc.kinds[s.last] !== 0 || plausibleSubject(ctx, s);
}
