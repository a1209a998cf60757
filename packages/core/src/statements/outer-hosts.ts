// A rules' frame the settle dropped because a frame nested in its clause won: after the tagger, it takes the nested statements' place.
import type { DocEntities, StatementsResult } from "../schema/stages.ts";
import { QuoteKind, type Statement } from "../schema/record.ts";
import type { Ctx } from "./context.ts";
import type { Candidate } from "./clause.ts";
import { SpeakerResolver } from "./speaker.ts";
import { sentenceOf, tokenAt } from "./sentences.ts";
import { renumbered, statement, withStatements } from "./statement.ts";
import { OUTER_HOSTS } from "./lexicon-syntax.ts";
import { RELATIVE_WH, PERSON_RELATIVES } from "./lexicon-pronouns.ts";
import { objectArray } from "../util/arrays.ts";

type Span = { start: number; end: number };

const RELATIVE = new Set([...RELATIVE_WH, ...PERSON_RELATIVES]);
/** `…, as Reyl has said, “…”`: an inner frame set off as an aside is the sentence's own frame, not a nested one. */
const ASIDE = /(?:^|[\s,(—–-])as\s*$/i;

/** A rule's family: its name without the kind (`direct:`) and the marks later passes add (`+chosen-source`, `:according-outer`). */
const KIND_PREFIX = new RegExp(`^(?:${QuoteKind.options.join("|")}):`);
const family = (rule: string) => rule.replace(KIND_PREFIX, "").replace(/[+:].*$/, "");

const inside = (x: Span | null, s: number, e: number) => !!x && x.start >= s && x.end <= e;
const overlaps = (x: Span | null, s: number, e: number) => !!x && x.start < e && x.end > s;

/**
 * PolNeAR marks the outermost frame of a nested pair (its guidelines: "No nested attributions"), but the settle
 * (`extract.ts`) lets a higher-priority frame nested in a rule's clause win (`Vale said he wanted “…”`: the quote's
 * frame `he wanted` beats `Vale said`), and a poll's, a finding's or a noun's frame loses to the clause framed inside
 * it (`A survey shows 40 percent say …`). Here, after the tagger and the chooser, a dropped rules' frame (`lost`) whose
 * content holds whole, in its sentence, only statements of the families `OUTER_HOSTS` lets it host replaces them:
 * its own cue, source and content, the rule `<its rule>+host`. The tagger's inputs are unchanged.
 */
export function outerHosts(
  ctx: Ctx,
  ents: DocEntities,
  result: StatementsResult,
  lost: readonly Candidate[] | undefined,
): StatementsResult {
  if (!lost?.length) return result;
  const { tokens, text } = ctx;
  const sts = result.statements;
  const gone = new Set<Statement>();
  const hosts = new Map<Statement, Statement>();
  let speakers: SpeakerResolver | null = null;
  for (const o of lost) {
    const guests = OUTER_HOSTS.get(family(o.rule));
    if (!guests || !o.cue || !o.source || o.kind === "direct") continue;
    const src = o.source.np ?? [o.source.first, o.source.last];
    const source: Span = { start: tokens[src[0]]!.start, end: tokens[src[1]]!.end };
    if (RELATIVE.has(text.slice(source.start, source.end).toLowerCase())) continue;
    const cue: Span = { start: tokens[o.cue[0]]!.start, end: tokens[o.cue[1]]!.end };
    const [a, b] = sentenceOf(ctx, o.cue[0]);
    const [sa, sb] = [tokens[a]!.start, tokens[b]!.end];
    // every statement touching the host's frame or clause must be a guest framed wholly inside its clause
    const touching = sts.filter(
      (s) =>
        !gone.has(s) &&
        (overlaps(s, o.start, o.end) ||
          overlaps(s.cue, cue.start, cue.end) ||
          overlaps(s.source, source.start, source.end)),
    );
    // a larger lost clause around a host already placed would overlap it: the first (earlier-settled) host stands
    const placed = [...hosts.values()];
    if (!touching.length || placed.some((h) => h.start < o.end && h.end > o.start)) continue;
    const fits = (s: Statement) =>
      !s.parts &&
      guests.has(family(s.rule ?? "")) &&
      s.start >= o.start &&
      s.end <= o.end &&
      s.start >= sa &&
      s.end <= sb &&
      inside(s.cue, o.start, o.end) &&
      (!s.source || inside(s.source, o.start, o.end)) &&
      !ASIDE.test(text.slice(o.start, Math.min(s.cue!.start, s.source?.start ?? s.cue!.start)));
    if (!touching.every(fits)) continue;
    speakers ??= new SpeakerResolver(ctx, ents);
    const first = touching[0]!;
    const prev = first.speaker ? { id: first.speaker, paragraph: ctx.para[tokenAt(ctx, first.start)]! } : null;
    const r = speakers.resolve(
      source.start,
      source.end,
      text.slice(source.start, source.end),
      prev,
      ctx.para[o.cue[0]]!,
    );
    const kind: Statement["kind"] = ctx.quotes.some((q) => q.open >= o.start && q.close <= o.end)
      ? "mixed"
      : "indirect";
    const host = statement({
      id: first.id,
      kind,
      start: o.start,
      end: o.end,
      text: text.slice(o.start, o.end),
      speaker: r.id,
      source: { start: source.start, end: source.end, text: text.slice(source.start, source.end) },
      cue: { start: cue.start, end: cue.end, text: text.slice(cue.start, cue.end) },
      medium: first.medium,
      rule: `${kind}:${family(o.rule)}+host`,
      speakerRule: r.rule,
      parts: undefined,
    });
    for (const s of touching) gone.add(s);
    hosts.set(first, host);
  }
  if (!gone.size) return result;
  const out: Statement[] = objectArray();
  for (const s of sts) {
    const h = hosts.get(s);
    if (h) out.push(h);
    else if (!gone.has(s)) out.push(s);
  }
  return withStatements(result, renumbered(out));
}
