// A quote framed by the words right after it, whatever the verb: "“…,” Vale shot back.", "“…,” opined the Ledger."
import { recandidate } from "./candidate.ts";
import type { Ctx } from "./context.ts";
import type { Candidate } from "./clause.ts";
import { CUES } from "./lexicon.ts";
import { NOT_VERB } from "./lexicon-syntax.ts";
import { QUOTE_TAIL_FOLLOWERS, QUOTE_TAIL_IRREGULAR, SIMPLE_PAST_CUES } from "./lexicon-verbs.ts";
import { VERB_PARTICLES } from "./lexicon-sources.ts";
import { leftSubject, rightSubject } from "./source.ts";
import { wordRegex } from "../util/word-regex.ts";
import { firstTokenAt } from "./frames.ts";
import { SpanSet } from "./spans.ts";
import { bareQuote } from "./fallback.ts";
import { mapPacked } from "../util/arrays.ts";

const PAST = /^\p{Ll}{3,}ed$/u;
const IRREGULAR = wordRegex([...QUOTE_TAIL_IRREGULAR, ...SIMPLE_PAST_CUES]);
const PARTICLE = wordRegex(VERB_PARTICLES);
const FOLLOWER = wordRegex(QUOTE_TAIL_FOLLOWERS);
const END = /^[.,;!?]$/;
/** The longest subject read between the quote and its verb (tokens). */
const MAX_SUBJECT = 6;

/** A verb of a frame: a cue verb of the lexicon, or any simple past ("shot", "retaliated"). */
function frameVerb(ctx: Ctx, t: number): boolean {
  const w = ctx.tokens[t]?.text ?? "";
  if (ctx.qidx[t]! >= 0 || NOT_VERB.has(w)) return false;
  const info = CUES.get(w);
  return (info !== undefined && info.kind === "verb") || PAST.test(w) || IRREGULAR.test(w);
}

/** The token after verb v (and a particle) closes the frame: punctuation, or an adjunct's first word. */
function frameEnds(ctx: Ctx, v: number): number | null {
  let e = v;
  if (PARTICLE.test(ctx.tokens[v + 1]?.text ?? "") && ctx.para[v + 1] === ctx.para[v]) e = v + 1;
  const next = ctx.tokens[e + 1];
  if (!next || ctx.para[e + 1] !== ctx.para[v] || END.test(next.text) || FOLLOWER.test(next.text)) return e;
  return null;
}

/**
 * A quote without a cue of its own (uncued, or read as the previous speaker's words going on) that ends in a comma,
 * question or exclamation mark and is followed by its frame: a subject and a verb (`“…,” an angry Vale retaliated.`,
 * `“…?” Vale went on, as if …`) or a verb and its subject (`“…,” opined the Brevik Ledger.`). The verb is any cue verb
 * or simple past, and the frame must end there (punctuation or an adjunct), so a new sentence's clause is no frame.
 * PolNeAR marks such a verb as the quote's cue whatever it is; the rules' and the tagger's word lists miss the rarer
 * ones (`shot back`, `retaliated`), and a quote after another speaker's was given that speaker. A quote no rule took
 * (too short for `direct:uncued`) becomes a statement when it opens its sentence and is framed so (`“Choke!” blared
 * the Ledger.`). A quote signed with a hyphen for the dash (`“…” - Vale.`) takes it as cue, as `dashSigned` does the
 * dash. Runs after the tagger (its inputs are unchanged).
 */
export function quoteTails(ctx: Ctx, accepted: Candidate[]): Candidate[] {
  const { qidx, para } = ctx;
  const used = new Set<number>();
  for (const c of accepted) if (c.cue) for (let t = c.cue[0]; t <= c.cue[1]; t++) used.add(t);
  const out = mapPacked(accepted, (c) => {
    if (c.cue || c.kind !== "direct") return c;
    const q = qidx[firstTokenAt(ctx, c.start)] ?? -1;
    return q < 0 ? c : (framed(ctx, q, used, c) ?? c);
  });
  // a quote nobody took, however short, that opens its sentence and is framed so ("“Choke!” blared the Ledger")
  const taken = new SpanSet();
  for (const c of [...out].sort((x, y) => x.start - y.start)) {
    const [s, e] = c.claim ?? [c.start, c.end];
    taken.add(s, e);
  }
  ctx.quotes.forEach((quote, q) => {
    const open = ctx.qOpenTok[q]!;
    if (taken.overlaps(quote.open, quote.close) || !quote.closed || open < 0) return;
    if (open > 0 && para[open - 1] === para[open] && !ctx.ends[open - 1]) return;
    const c = framed(ctx, q, used, bareQuote(quote));
    if (c) out.push(c);
  });
  return out;
}

/** The candidate `c` of quote q with the frame after the quote as its cue and source, or null when none follows. */
function framed(ctx: Ctx, q: number, used: Set<number>, c: Candidate): Candidate | null {
  const { tokens, qidx, para } = ctx;
  const close = ctx.qCloseTok[q]!;
  const a = close + 1;
  if (!tokens[a] || qidx[a]! >= 0) return null;
  // a hyphen typed for the signature's dash ("“…” - Vale.", also on the line under the quote): the rules read the
  // dash before the tagger, this after it
  if (tokens[a].text === "-" && para[a]! - para[close]! <= 1) {
    const src = rightSubject(ctx, a, Math.min(tokens.length - 1, a + MAX_SUBJECT * 2));
    return src && src.first === a + 1 && !src.pronoun && /^\p{Lu}/u.test(tokens[a + 1]!.text)
      ? tail(c, [a, a], src, "direct:quote-dash-source")
      : null;
  }
  if (para[a] !== para[close] || !/[,?!]\s*$/.test(ctx.text.slice(ctx.quotes[q]!.start, ctx.quotes[q]!.end)))
    return null;
  // the verb first: "“…,” opined the Ledger"
  if (frameVerb(ctx, a) && !used.has(a) && /^\p{Ll}/u.test(tokens[a].text)) {
    const src = rightSubject(ctx, a, Math.min(tokens.length - 1, a + MAX_SUBJECT + 1));
    if (src && src.first === a + 1) return tail(c, [a, a], src);
  }
  // the subject first: "“…,” Vale shot back"
  for (let v = a + 1; v <= a + MAX_SUBJECT && tokens[v] && para[v] === para[a] && qidx[v]! < 0; v++) {
    if (!frameVerb(ctx, v) || used.has(v)) continue;
    const e = frameEnds(ctx, v);
    const src = e === null ? null : leftSubject(ctx, v, a);
    if (src && src.first <= a + 2 && src.last === v - 1) return tail(c, [v, e!], src);
    break;
  }
  return null;
}

// the rule goes in with the copy: a spread copy (`{ ...tail(…), rule }`) has another hidden class than every other
// candidate, and the first one met threw away the optimised code of each statements pass after this one
const tail = (
  c: Candidate,
  cue: [number, number],
  source: NonNullable<Candidate["source"]>,
  rule = "direct:quote-tail",
): Candidate => recandidate(c, { cue, source, inherit: false, rule });
