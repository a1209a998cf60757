// Participle cues: "…, claiming that …", "a statement saying …"; the subject is borrowed from the clause they follow.
import { NOT_CLAUSE_START } from "./lexicon-clause-words.ts";
import { NAMING, PERFORMS, SPEECH_PARTICIPLE } from "./lexicon-syntax.ts";
import { PARTICIPLE_SUBORDINATORS } from "./lexicon-function-words.ts";
import { wordRegex } from "../util/word-regex.ts";
import { isCap } from "./context.ts";
import { leftSubject } from "./source.ts";
import { mainSubject } from "./main-subject.ts";
import { clauseCandidate, type Candidate } from "./clause.ts";
import { quoteAfter, quotedClause } from "./frame-parts.ts";
import { directCandidate, mediumFrom, type CueFrame } from "./cue-frame.ts";

/** A comma or a subordinator before a participle: the participle is the subject's act ("by proposing …"). */
const PARTICIPLE_ADJUNCT = wordRegex([",", ...PARTICIPLE_SUBORDINATORS, "without", "in"]);

/** The content and source of a participle cue with no auxiliary before it. */
export function participleCandidate(f: CueFrame): Candidate | null {
  const { ctx, c, cueLast, info, floor, ceil, cue } = f;
  const toks = ctx.tokens;
  const mediumAfter = (to: number) => mediumFrom(f, to);
  const direct = quoteAfter(ctx, cueLast, info);
  // "Reid mocked Romney, claiming …": after a comma the participle's subject is the clause's
  const subj = (toks[c - 1]?.text === "," ? null : leftSubject(ctx, c, floor)) ?? mainSubject(ctx, floor, c);
  if (direct && ctx.tokens[direct.before]!.text.length === 1 && /[,:]/.test(ctx.tokens[direct.before]!.text))
    return directCandidate(ctx, direct.q, {
      cue,
      source: subj,
      inherit: !subj,
      mediumFrom: mediumAfter(direct.before),
      rule: "participle-quote",
    });
  let k = cueLast + 1;
  const that = toks[k]?.text === "that";
  // "a statement saying the plant will close": without a comma, only speech participles or a that-clause
  // …"language calling for “appropriate aid”" is a demand, though
  // "by proposing …", "while denouncing …": after a subordinator the participle is the subject's act, as after a comma
  // …and so is "…, and Vale calling it a “great meeting”": an absolute phrase with its own named subject
  const absolute =
    subj !== null &&
    subj.last === c - 1 &&
    isCap(toks[c - 1]!.text) &&
    /^(?:and|,)$/.test(toks[subj.first - 1]?.text ?? "");
  const adjunct = absolute || PARTICIPLE_ADJUNCT.test(toks[c - 1]?.text ?? "");
  if (!adjunct && !that && !SPEECH_PARTICIPLE.has(toks[c]!.text) && cueLast === c) return null;
  if (that) k++;
  // "she said, referencing the bank's drive to “cross-sell”": a weak participle frames quoted words only
  // …and only a naming or quoting verb does: "showing the woman “from a discreet angle”" is no speech
  else if (info.weak)
    return adjunct && (NAMING.has(info.base) || PERFORMS.has(info.base) || info.base === "refer")
      ? quotedClause(
          ctx,
          k,
          ceil,
          { cue, source: subj, inherit: !subj, mediumFrom: null, priority: 2, rule: "participle-quoted" },
          PERFORMS.has(info.base),
        )
      : null;
  if (NOT_CLAUSE_START.has(toks[k]?.text.toLowerCase() ?? "")) return null;
  return clauseCandidate(ctx, k, ceil, {
    cue,
    source: subj,
    inherit: !subj,
    mediumFrom: null,
    priority: 2,
    rule: "participle",
  });
}
