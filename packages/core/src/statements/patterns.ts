// Attribution patterns: for each cue word, find its content (an adjacent quote, or the reported clause) and its source.
import { CUES, type CueInfo } from "./lexicon.ts";
import { PROGRESSIVE_AUX, SKIP_BEFORE_CUE } from "./lexicon-clause-words.ts";
import { NOT_VERB } from "./lexicon-syntax.ts";
import { QUOTED_AS_PARTICIPLES } from "./lexicon-verbs.ts";
import { PASSIVE_BE } from "./lexicon-function-words.ts";
import { wordRegex } from "../util/word-regex.ts";
import { clauseEnd, clauseStart, type Ctx } from "./context.ts";
import { rightSubject } from "./source.ts";
import { clauseCandidate, type Candidate } from "./clause.ts";
import { isTitle } from "./quote-shapes.ts";
import type { CueFrame } from "./cue-frame.ts";
import { participleCandidate } from "./cue-participle.ts";
import { verbCandidate } from "./cue-verb.ts";
import { objectArray } from "../util/arrays.ts";

export { clauseCandidate, isTitle, type Candidate };

const QUOTED_AS = wordRegex(QUOTED_AS_PARTICIPLES);
const PASSIVE = wordRegex(PASSIVE_BE);

const GENERIC_CUE: CueInfo = { kind: "verb", base: "that-verb", weak: true, takesAddressee: false };

/** Every candidate attribution in the document, one scan over the tokens. */
export function findCandidates(ctx: Ctx): Candidate[] {
  const out: Candidate[] = objectArray();
  const toks = ctx.tokens;
  for (let c = 0; c < toks.length; c++) {
    if (ctx.qidx[c]! >= 0) continue;
    const word = toks[c]!.text;
    // headlines are title-cased: "Mayor Says Budget Is Safe"
    const headline = ctx.para[c] === 0 && ctx.paragraphs[0]!.end - ctx.paragraphs[0]!.start < 200;
    let info = CUES.get(word) ?? (word === "According" || headline ? CUES.get(word.toLowerCase()) : undefined);
    // any verb-looking word before "that" with a subject reports a claim or belief ("Democrats fear that …")
    if (!info && toks[c + 1]?.text === "that" && /^[a-z]+ed$/.test(word) && !NOT_VERB.has(word)) info = GENERIC_CUE;
    if (!info) continue;
    let cueLast = c;
    if (info.kind === "according") {
      if (toks[c + 1]?.text.toLowerCase() !== "to") continue;
      cueLast = c + 1;
    } else if (word === "quoted" && toks[c + 1]?.text === "as" && QUOTED_AS.test(toks[c + 2]?.text ?? "")) {
      // "was quoted as saying": the whole phrase is the cue, and it reports like "said"
      cueLast = c + 2;
      info = { kind: "verb", base: "say", weak: false, takesAddressee: false };
    } else if (info.base === "point" || info.base === "refer") {
      // "pointed out that …", "refers to the governor as “Chris”"
      if (!(info.base === "point" ? /^(?:out|to)$/ : /^to$/).test(toks[c + 1]?.text ?? "")) continue;
      cueLast = c + 1;
    } else if (info.base === "call" && /^(?:for|on)$/.test(toks[c + 1]?.text ?? "")) {
      // "called for a recount", "called on Congress to act": a demand, its object is the content
      cueLast = c + 1;
      // a literal, not `{ ...info, weak }`: a spread copy has another hidden class than every lexicon entry
      info = { kind: info.kind, base: info.base, weak: false, takesAddressee: info.takesAddressee };
    }
    const cand = forCue(ctx, c, cueLast, info, headline);
    if (cand) out.push(cand);
  }
  return out;
}

function forCue(ctx: Ctx, c: number, cueLast: number, info: CueInfo, headline: boolean): Candidate | null {
  const toks = ctx.tokens;
  const floor = clauseStart(ctx, c);
  const ceil = clauseEnd(ctx, cueLast);
  const f: CueFrame = { ctx, c, cueLast, info, floor, ceil, cue: [c, cueLast] };
  if (info.kind === "according") return accordingCandidate(f);
  // "Clinton is stressing that …": an auxiliary makes the -ing form a finite verb whose subject precedes the auxiliary
  let anchor = c;
  // "“…,” the agency was quoted as saying": the subject stands before the passive auxiliary
  if (cueLast > c && toks[c]!.text === "quoted" && PASSIVE.test(toks[c - 1]?.text ?? "")) anchor = c - 1;
  if (info.kind === "participle") {
    let a = c - 1;
    while (a > floor && SKIP_BEFORE_CUE.has(toks[a]!.text.toLowerCase()) && ctx.qidx[a]! < 0) a--;
    if (a > floor && PROGRESSIVE_AUX.has(toks[a]!.text.toLowerCase()) && ctx.qidx[a]! < 0) anchor = a;
  }
  if (info.kind === "participle" && anchor === c) return participleCandidate(f);
  return verbCandidate(f, anchor, headline);
}

/** "according to Vale, …" or "…, according to Vale": the source follows the cue, the content is the clause beside it. */
function accordingCandidate(f: CueFrame): Candidate | null {
  const { ctx, c, cueLast, floor, ceil, cue } = f;
  const src = rightSubject(ctx, cueLast, ceil);
  if (!src) return null;
  const base = { cue, source: src, inherit: false, mediumFrom: null, priority: 1, rule: "according-to" };
  if (c > floor) return clauseCandidate(ctx, floor, c - 1, base) ?? clauseCandidate(ctx, src.last + 1, ceil, base);
  return clauseCandidate(ctx, src.last + 1, ceil, base);
}
