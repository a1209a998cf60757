// Evidence cues: a record, poll or video that shows something, and a clause framed by "In <a poll>,", as PolNeAR marks them.
import { clauseEnd, clauseStart, type Ctx } from "./context.ts";
import { clauseCandidate, type Candidate } from "./clause.ts";
import { EVIDENCE_NOUNS, POLL_NOUNS } from "./lexicon-nouns.ts";
import { EVIDENCE_VERBS } from "./lexicon-verbs.ts";
import { RELATIVE_OBJECT } from "./lexicon-pronouns.ts";
import { objectArray } from "../util/arrays.ts";

const EVIDENCE_NOUN = new Set(EVIDENCE_NOUNS);
const POLL_NOUN = new Set(POLL_NOUNS);
const EVIDENCE_VERB = new Set(EVIDENCE_VERBS);
const RELATIVE = new Set(RELATIVE_OBJECT);
// compiled once: a regex literal in the per-token loop would be a new RegExp object for every token
const POLL_CUE = /^in$/i;
/** A subject longer than this is no noun phrase the rule can trust. */
export const MAX_SUBJECT_TOKENS = 14;

/** The first token of the subject before verb `v`: its clause's start, or after the last comma ("On Monday, polls …"). */
export function subjectStart(ctx: Ctx, v: number): number {
  let first = clauseStart(ctx, v);
  for (let t = v - 1; t > first; t--) if (ctx.tokens[t]!.text === ",") first = t + 1;
  return first;
}

/**
 * "FEC records from the 2008 cycle show he backed …": a subject headed by an evidence noun, then an evidence verb; the
 * source is the subject from its clause's start (or the last comma), the content the clause after the verb.
 */
export function evidenceCandidates(ctx: Ctx): Candidate[] {
  const out: Candidate[] = objectArray();
  const toks = ctx.tokens;
  for (let v = 1; v + 1 < toks.length; v++) {
    if (!EVIDENCE_VERB.has(toks[v]!.text) || ctx.qidx[v]! >= 0) continue;
    const first = subjectStart(ctx, v);
    if (v - first > MAX_SUBJECT_TOKENS || v === first) continue;
    let head = -1;
    for (let t = first; t < v; t++) if (EVIDENCE_NOUN.has(toks[t]!.text.toLowerCase()) && ctx.qidx[t]! < 0) head = t;
    // the evidence noun heads the subject: it is its first noun group, not an object further on ("aides who saw the
    // records show…" is a person's clause)
    if (head < 0 || toks.slice(first, head).some((t) => RELATIVE.has(t.text.toLowerCase()))) continue;
    const cand = clauseCandidate(ctx, v + 1, clauseEnd(ctx, v + 1), {
      cue: [v, v],
      source: { first, last: v - 1, pronoun: false },
      inherit: false,
      mediumFrom: null,
      priority: 3,
      rule: "evidence-shows",
    });
    if (cand) out.push(cand);
  }
  return out;
}

/** "In an NBC News poll released Monday, 50 percent chose Vale": "In" is the cue, the poll the source. */
export function pollFrameCandidates(ctx: Ctx): Candidate[] {
  const out: Candidate[] = objectArray();
  const toks = ctx.tokens;
  for (let c = 0; c + 3 < toks.length; c++) {
    if (!POLL_CUE.test(toks[c]!.text) || ctx.qidx[c]! >= 0 || clauseStart(ctx, c) !== c) continue;
    let comma = -1;
    let poll = false;
    for (let t = c + 1; t < toks.length && t - c <= MAX_SUBJECT_TOKENS && !ctx.ends[t]; t++) {
      if (toks[t]!.text === ",") {
        comma = t;
        break;
      }
      if (POLL_NOUN.has(toks[t]!.text.toLowerCase())) poll = true;
    }
    if (!poll || comma < 0) continue;
    const cand = clauseCandidate(ctx, comma + 1, clauseEnd(ctx, comma + 1), {
      cue: [c, c],
      source: { first: c + 1, last: comma - 1, pronoun: false },
      inherit: false,
      mediumFrom: null,
      priority: 3,
      rule: "poll-frame",
    });
    if (cand) out.push(cand);
  }
  return out;
}
