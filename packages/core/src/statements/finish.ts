// Statements from accepted candidates: speakers resolved, sources and cues shared identically, media found, ids given.
import type { DocEntities, Document, StatementsResult } from "../schema/stages.ts";
import type { Statement } from "../schema/record.ts";
import type { Ctx } from "./context.ts";
import type { Candidate } from "./clause.ts";
import { CUES } from "./lexicon.ts";
import { SpeakerResolver, type PrevSpeaker } from "./speaker.ts";
import { MediumFinder } from "./medium.ts";
import { SpanSet } from "./spans.ts";
import { joinContinuedParts } from "./parts.ts";
import { sameSentence, tokenAt } from "./sentences.ts";
import { restate, statement } from "./statement.ts";
import { objectArray } from "../util/arrays.ts";

/** The rule families whose source is an earlier verb's subject (cue-participle.ts, cue-and.ts) */
const CHAIN = /:(?:participle|and-cue)/;

/** A form of "tell" (the cue lexicon's forms: tell, tells, told, telling), in any case. */
const isTell = (word: string) => CUES.get(word.toLowerCase())?.base === "tell";

/** The last statement with a source: its span, where its content ends, its cue, the statement. */
interface PrevSource {
  span: NonNullable<Statement["source"]>;
  at: number;
  cue: Statement["cue"];
  st: Statement;
}

/** The chain's statement whose source a participle or second verb's source span [s, e) overlaps, in its sentence. */
function chainSource(ctx: Ctx, c: Candidate, prev: PrevSource | null, s: number, e: number): PrevSource | null {
  if (!prev || !CHAIN.test(c.rule) || !sameSentence(ctx, prev.at, c.start)) return null;
  return prev.span.start < e && s < prev.span.end ? prev : null;
}

/** The statements of one document, in the order of the accepted candidates (sorted by start). */
export function finishStatements(doc: Document, ctx: Ctx, ents: DocEntities, accepted: Candidate[]): StatementsResult {
  const { text, tokens } = ctx;
  const speakers = new SpeakerResolver(ctx, ents);
  const media = new MediumFinder(ctx, ents, doc);
  const sources = new SpanSet();
  const cues = new SpanSet();
  const statements: Statement[] = objectArray();
  const publisherSlots = new Set<Statement>();
  let prev: PrevSpeaker | null = null;
  let prevEnd = 0;
  let prevSource: PrevSource | null = null;
  for (const c of accepted) {
    const para = ctx.para[tokenAt(ctx, c.start)]!;
    let source: Statement["source"] = null;
    let speaker: string | null = null;
    let speakerRule = "none";
    if (c.source) {
      const s = tokens[c.source.first]!.start;
      const e = tokens[c.source.last]!.end;
      const r = speakers.resolve(s, e, text.slice(s, e), prev, para);
      speaker = r.id;
      speakerRule = r.rule;
      // one subject may head several statements of a chain ("Keane said …, adding …"): shared identically, never partly;
      // the reported span is PolNeAR's noun phrase around the speaker span, or the speaker span when that one collides
      const np = c.source.np;
      for (const [ss, se] of np
        ? [[tokens[np[0]]!.start, tokens[np[1]]!.end] as const, [s, e] as const]
        : [[s, e] as const]) {
        const shared = sources.has(ss, se);
        if (!shared && sources.overlaps(ss, se)) continue;
        if (!shared) sources.add(ss, se);
        source = { start: ss, end: se, text: text.slice(ss, se) };
        break;
      }
      // a participle or second verb whose reader took part of the subject its chain's statement holds ("All of the GOP |
      // candidates oppose …, and have pledged"): the chain's subject, shared identically, and its speaker
      const chain: PrevSource | null = source ? null : chainSource(ctx, c, prevSource, s, e);
      if (chain) {
        source = chain.span;
        speaker = chain.st.speaker;
        speakerRule = chain.st.speakerRule ?? "none";
      }
    } else if (c.inherit) {
      const continued = c.rule.startsWith("direct:continued");
      if (prev && para - prev.paragraph <= 1 && (continued || sameSentence(ctx, prevEnd, c.start))) {
        speaker = prev.id;
        speakerRule = "previous-speaker";
      }
      // the participle or second verb shares the subject of the attribution it continues, even an unresolved one
      if (!continued && prevSource && sameSentence(ctx, prevSource.at, c.start)) source = prevSource.span;
      // a quote continued into the next paragraph was said by the same source: it points to where that source was named
      if (continued && prevSource && (speakerRule === "previous-speaker" || prevSource.at === prevEnd))
        source = prevSource.span;
    }
    // …and under the same cue, shared identically like the source
    let cue: Statement["cue"] =
      source && prevSource && source === prevSource.span && c.rule.startsWith("direct:continued")
        ? prevSource.cue
        : null;
    if (c.cue) {
      const s = tokens[c.cue[0]]!.start;
      const e = tokens[c.cue[1]]!.end;
      // a cue may frame several statements (a quote beside the verb of another's frame): shared identically, never partly
      const shared = cues.has(s, e);
      if (shared || !cues.overlaps(s, e)) {
        if (!shared) cues.add(s, e);
        cue = { start: s, end: e, text: text.slice(s, e) };
      }
    }
    let medium: string | null = null;
    if (c.mediumFrom && c.cue) {
      const told = isTell(tokens[c.cue[0]]!.text);
      const hit = media.find(c.mediumFrom[0], c.mediumFrom[1], told);
      if (hit && !hit.publisher) medium = hit.id;
    }
    // a quote continued after "…, X told <outlet>." was told to that outlet too: it inherits the medium with the frame
    const continues =
      !!source && !!prevSource && source === prevSource.span && c.rule.startsWith("direct:continued") && !c.cue;
    if (continues && !medium) medium = prevSource!.st.medium;
    const st = statement({
      id: `s${statements.length + 1}`,
      kind: c.kind,
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      speaker,
      source,
      cue,
      medium,
      rule: c.rule,
      speakerRule,
    });
    if (continues && publisherSlots.has(prevSource!.st)) publisherSlots.add(st);
    if (
      c.mediumFrom &&
      c.cue &&
      isTell(tokens[c.cue[0]]!.text) &&
      /^\s+(?:us|me)\b/.test(text.slice(tokens[c.cue[1]]!.end, tokens[c.cue[1]]!.end + 4))
    )
      publisherSlots.add(st);
    statements.push(st);
    if (speaker) prev = { id: speaker, paragraph: para };
    if (source) prevSource = { span: source, at: c.end, cue, st };
    prevEnd = c.end;
  }
  if (publisherSlots.size) {
    const pub = media.publisher();
    statements.forEach((st, i) => {
      if (publisherSlots.has(st)) statements[i] = restate(st, { medium: pub });
    });
  }
  return {
    statements: joinContinuedParts(ctx, statements),
    entities: [...media.entities.values()],
    mentions: media.newMentions,
  };
}
