// The frame governing a that-clause we only framed inside ("Vale was adamant that Reyl said …"): it takes the inner statements' place.
import type { DocEntities, StatementsResult } from "../schema/stages.ts";
import type { Statement } from "../schema/record.ts";
import type { Ctx } from "./context.ts";
import { CUES } from "./lexicon.ts";
import { CLAUSE_ADJECTIVES, NOT_VERB_ING } from "./lexicon-stance.ts";
import { STANCE_PARTICIPLES } from "./lexicon-verbs.ts";
import { DETERMINERS, GENDERED_PRONOUNS } from "./lexicon-pronouns.ts";
import { BE_BASE, BE_FINITE } from "../text/closed-class.ts";
import { taggedCueSubject } from "./main-subject.ts";
import { SpeakerResolver } from "./speaker.ts";
import { sentenceOf, tokenAt } from "./sentences.ts";
import { renumbered, statement, withStatements } from "./statement.ts";

const ADJECTIVE: ReadonlySet<string> = new Set([...CLAUSE_ADJECTIVES, ...STANCE_PARTICIPLES]);
const BE: ReadonlySet<string> = new Set([...BE_FINITE, ...BE_BASE, "'s", "'re", "am"]);
const NOT_ING: ReadonlySet<string> = new Set(NOT_VERB_ING);
const SUBJECT_S: ReadonlySet<string> = new Set(GENDERED_PRONOUNS);
/** the most words between an addressee verb and its "that" ("told POLITICO that", "reminding the co-hosts that") */
const MAX_ADDRESSEE = 3;

/**
 * The cue tokens [first, last] of the frame whose "that" is token k, else null: a form of "be" and an adjective
 * (`were adamant`, `is obvious`, `been surprised`); a reporting verb of the cue lexicon or any "-ing" verb
 * (`suggesting`, `is betting`) not after a determiner (`the ruling that`, `a charge that`); a reporting verb that takes
 * an addressee, up to three words before (`told POLITICO that`); a verb in "-s" after "he"/"she" (`she suspects that`).
 * A noun before "that" (`a deadline that`, `the fact that`) or "so … that" frames nothing here.
 */
function governingCue(ctx: Ctx, k: number, floor: number): [number, number] | null {
  const v = k - 1;
  if (v <= floor) return null;
  const w = ctx.keys[v]!;
  const before = ctx.keys[v - 1]!;
  if (ADJECTIVE.has(w)) return BE.has(before) ? [v - 1, v] : null;
  // `the ruling that`, `a charge that`, `uttering charges that`: a noun (its determiner or verb before it) takes no frame
  if (DETERMINERS.has(before) || /^[a-z]{3,}ing$/.test(before)) return null;
  const c = CUES.get(w);
  if (c && c.kind !== "according") return [v, v];
  if (/^[a-z]{3,}ing$/.test(w) && !NOT_ING.has(w)) return [v, v];
  if (/^[a-z]{3,}s$/.test(w) && SUBJECT_S.has(before)) return [v, v];
  for (let j = v - 1; j > floor && v - j <= MAX_ADDRESSEE; j--) {
    if (!/^[\p{L}-]/u.test(ctx.tokens[j]!.text)) return null;
    if (CUES.get(ctx.keys[j]!)?.takesAddressee) return [j, j];
  }
  return null;
}

/**
 * PolNeAR marks the outermost frame of a nested pair (its guidelines: "No nested attributions"); where ours frames only
 * the clause after a "that" (`Police charged him after determining that a video showed …`), PolNeAR's frame is the one
 * governing the "that": the statements framed wholly inside the clause give way to one statement with the governing
 * cue, its subject as the source (`taggedCueSubject`) and the clause from "that" to the inner content's end, rule
 * `<kind>:that-host`. After statement-keep, so no model reads it. Inner statements with parts, direct quotes, a
 * governing frame in a quote, and any statement of ours touching the new frame leave the sentence as it is.
 */
export function outerThat(ctx: Ctx, ents: DocEntities, result: StatementsResult): StatementsResult {
  const { tokens, text } = ctx;
  const sts = result.statements;
  const gone = new Set<Statement>();
  const hosts = new Map<Statement, Statement>();
  let speakers: SpeakerResolver | null = null;
  for (const s of sts) {
    if (!s.cue || s.parts || s.kind === "direct" || gone.has(s)) continue;
    const frame = Math.min(s.cue.start, s.source?.start ?? s.cue.start);
    if (s.start < frame) continue;
    const k = tokenAt(ctx, frame) - 1;
    if (k < 1 || ctx.keys[k] !== "that" || tokens[k + 1]!.start !== frame) continue;
    const [a] = sentenceOf(ctx, k);
    const cueToks = governingCue(ctx, k, a);
    if (!cueToks) continue;
    let quoted = false;
    for (let t = cueToks[0]; t <= k; t++) if (ctx.qidx[t]! >= 0) quoted = true;
    if (quoted) continue;
    const subj = taggedCueSubject(ctx, cueToks[0], a);
    const cue = { start: tokens[cueToks[0]]!.start, end: tokens[cueToks[1]]!.end };
    const source = subj ? { start: tokens[subj.first]!.start, end: tokens[subj.last]!.end } : null;
    const start = tokens[k]!.start;
    const from = Math.min(cue.start, source?.start ?? cue.start);
    // every statement touching the new frame or clause must lie wholly inside the clause
    const touching = sts.filter((t) => t.start < s.end && t.end > from && !(t.start >= start && t.end <= s.end));
    const inside = sts.filter((t) => t.start >= start && t.end <= s.end);
    if (touching.length || inside.some((t) => gone.has(t) || t.parts || t.kind === "direct")) continue;
    speakers ??= new SpeakerResolver(ctx, ents);
    const first = inside[0]!;
    const prev = first.speaker ? { id: first.speaker, paragraph: ctx.para[tokenAt(ctx, first.start)]! } : null;
    const r = source
      ? speakers.resolve(source.start, source.end, text.slice(source.start, source.end), prev, ctx.para[k]!)
      : { id: null, rule: "none" };
    const kind: Statement["kind"] = ctx.quotes.some((q) => q.open >= start && q.close <= s.end) ? "mixed" : "indirect";
    hosts.set(
      first,
      statement({
        id: first.id,
        kind,
        start,
        end: s.end,
        text: text.slice(start, s.end),
        speaker: r.id,
        source: source ? { ...source, text: text.slice(source.start, source.end) } : null,
        cue: { ...cue, text: text.slice(cue.start, cue.end) },
        medium: first.medium,
        rule: `${kind}:that-host`,
        speakerRule: r.rule,
        parts: undefined,
      }),
    );
    for (const t of inside) gone.add(t);
  }
  if (!gone.size) return result;
  const out: Statement[] = [];
  for (const s of sts) {
    const h = hosts.get(s);
    if (h) out.push(h);
    else if (!gone.has(s)) out.push(s);
  }
  return withStatements(result, renumbered(out));
}
