// Folding records one at a time into compact per-document summaries: what the graph needs, without texts or records.
import type { Entity, ExtractionRecord, Statement } from "../schema/record.ts";
import type { Range } from "../schema/stages.ts";
import { EvidenceFinder, type Evidence } from "./evidence.ts";
import { toDay } from "./dates.ts";
import { compareStrings } from "./attributes.ts";

/** An outlet mention farther than this from the quote stays out of its evidence (it would pull in whole paragraphs). */
const NEAR = 300;
/** A sentence naming more entities than this is a list (results, line-ups): its pairs say nothing about each other. */
export const CO_OCCUR_MAX_ENTITIES = 8;

export interface DocMeta {
  id: string;
  title?: string;
  date?: string;
  url?: string;
  source?: string;
}

/** A span of the document, with the sentence(s) holding it when the text was there. */
export type Spanned = Range & Partial<Evidence>;

export interface FoldedStatement {
  id: string;
  kind: Statement["kind"];
  start: number;
  end: number;
  text: string;
  cue?: string;
  rule?: string;
  speakerRule?: string;
  /** entity ids local to the document; keys are only known after resolution */
  speaker: string | null;
  /** the span naming the speaker (source, else cue, else the content) */
  said: Range;
  medium: string | null;
  mediumKind: "told" | "via";
  mediumSpan?: Range;
  /** distinct entities mentioned inside the content, first mention each */
  mentions: { entity: string; start: number; end: number }[];
  /** a quote interrupted or continued by its attribution: the spans of its parts */
  parts?: Range[];
  evidence?: Evidence;
}

export interface FoldedRelation extends Spanned {
  kind: ExtractionRecord["relations"][number]["kind"];
  source: string;
  target: string;
  role?: string;
  former?: boolean;
  rule?: string;
}

/** A sentence naming two or more entities: the unit of co-occurrence. */
export interface FoldedSentence extends Spanned {
  entities: string[];
}

/** Everything the graph keeps of one document. */
export interface FoldedDoc {
  meta: DocMeta;
  /** YYYY-MM-DD when the document's date could be read */
  day?: string;
  /** entities as extracted: resolution needs them all before any node key is final */
  entities: Entity[];
  /** how often each entity is mentioned, in the order of `entities` (an array: a Map per document costs far more) */
  mentionCounts: number[];
  statements: FoldedStatement[];
  relations: FoldedRelation[];
  sentences: FoldedSentence[];
}

/** What stays in memory per document until the graph is built (the rest waits in a FactStore, see facts.ts). */
export type DocSummary = Omit<FoldedDoc, "statements" | "relations" | "sentences">;

/**
 * Reduce one record to its FoldedDoc. The evidence sentences are cut out of the text here, so the text (and the
 * record) can be dropped right after; `text` defaults to the record's own.
 */
export function foldRecord(rec: ExtractionRecord, text: string | undefined = rec.text): FoldedDoc {
  const finder = text !== undefined ? new EvidenceFinder(text) : null;
  const mentionCounts = countMentions(rec);
  const statements = rec.statements.map((s) => foldStatement(rec, s, finder));
  const relations: FoldedRelation[] = rec.relations.map((r) => {
    const ev = finder?.find(r.start, r.end);
    return {
      kind: r.kind,
      source: r.source,
      target: r.target,
      start: r.start,
      end: r.end,
      ...(ev ?? {}),
      ...(r.role ? { role: r.role } : {}),
      ...(r.former !== undefined ? { former: r.former } : {}),
      ...(r.rule ? { rule: r.rule } : {}),
    };
  });
  const { id, title, date, url, source } = rec;
  const meta: DocMeta = {
    id,
    ...(title !== undefined ? { title } : {}),
    ...(date !== undefined ? { date } : {}),
    ...(url !== undefined ? { url } : {}),
    ...(source !== undefined ? { source } : {}),
  };
  const day = toDay(date);
  return {
    meta,
    ...(day ? { day } : {}),
    entities: rec.entities,
    mentionCounts,
    statements,
    relations,
    sentences: finder ? coOccurrences(rec, finder) : [],
  };
}

function countMentions(rec: ExtractionRecord): number[] {
  const at = new Map(rec.entities.map((e, i) => [e.id, i]));
  const counts = rec.entities.map(() => 0);
  for (const m of rec.mentions) {
    const i = at.get(m.entity);
    if (i !== undefined) counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

function foldStatement(rec: ExtractionRecord, s: Statement, finder: EvidenceFinder | null): FoldedStatement {
  const medium = s.medium ? mediumMention(rec, s) : undefined;
  // the statement's evidence covers speaker, cue and outlet, so the edges to and from it need none of their own
  const near =
    medium && Math.min(Math.abs(medium.start - s.end), Math.abs(s.start - medium.end)) <= NEAR ? medium : undefined;
  const ev = finder?.find(s.start, s.end, [s.source, s.cue, near]);
  const seen = new Set<string>();
  const mentions: FoldedStatement["mentions"] = [];
  for (const m of rec.mentions) {
    // a quote interrupted by its attribution: the speaker named between its parts is no mention inside it
    if (m.start < s.start || m.end > s.end || seen.has(m.entity)) continue;
    if (s.parts && !s.parts.some((p) => m.start >= p.start && m.end <= p.end)) continue;
    seen.add(m.entity);
    mentions.push({ entity: m.entity, start: m.start, end: m.end });
  }
  const said = s.source ?? s.cue ?? s;
  return {
    id: s.id,
    kind: s.kind,
    start: s.start,
    end: s.end,
    text: s.text,
    ...(s.cue ? { cue: s.cue.text } : {}),
    ...(s.rule ? { rule: s.rule } : {}),
    ...(s.speakerRule ? { speakerRule: s.speakerRule } : {}),
    speaker: s.speaker,
    said: { start: said.start, end: said.end },
    medium: s.medium,
    mediumKind: s.cue && /\btold\b/i.test(s.cue.text) ? "told" : "via",
    ...(medium ? { mediumSpan: { start: medium.start, end: medium.end } } : {}),
    mentions,
    ...(s.parts ? { parts: s.parts.map((p) => ({ start: p.start, end: p.end })) } : {}),
    ...(ev ? { evidence: ev } : {}),
  };
}

/** The mention naming the statement's medium, nearest to the cue (or the statement) — the edge's evidence. */
function mediumMention(rec: ExtractionRecord, s: Statement) {
  const anchor = s.cue?.end ?? s.end;
  let best: ExtractionRecord["mentions"][number] | undefined;
  for (const m of rec.mentions) {
    if (m.entity !== s.medium) continue;
    if (!best || Math.abs(m.start - anchor) < Math.abs(best.start - anchor)) best = m;
  }
  return best;
}

/** Sentences with 2..CO_OCCUR_MAX_ENTITIES distinct entities, found by scanning from the mentions (sorted by start). */
function coOccurrences(rec: ExtractionRecord, finder: EvidenceFinder): FoldedSentence[] {
  const out: FoldedSentence[] = [];
  const mentions = [...rec.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  let i = 0;
  while (i < mentions.length) {
    const sent = finder.sentenceAt(mentions[i]!.start);
    const ids = new Set<string>();
    while (i < mentions.length && mentions[i]!.start < sent.end) ids.add(mentions[i++]!.entity);
    if (ids.size < 2 || ids.size > CO_OCCUR_MAX_ENTITIES) continue;
    const ev = finder.find(sent.start, sent.end);
    out.push({ start: sent.start, end: sent.end, entities: [...ids].sort(compareStrings), ...(ev ?? {}) });
  }
  return out;
}
