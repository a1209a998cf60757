// A document's facts as the fact store and the snapshot keep them: two JSON lines, what a carried document needs first.
import type { DocFacts, FactStore } from "@newsgraph/core";

// core's types of a carried document's facts, named through the store's method (not exported on their own)
export type CarriedFacts = ReturnType<NonNullable<FactStore["takeCarried"]>>;
type StatementAnchors = CarriedFacts["statements"][number];

const NEWLINE = 0x0a;

/**
 * Line one holds the relations, the sentences and each statement's anchors (id, speaker, medium, mentions); line
 * two the rest of each statement, in the same order. A rebuild reads only line one of an unchanged document (core's
 * `takeCarried`): its statements' text and evidence, four fifths of the facts' bytes on BBC + Reuters, are copied
 * from the previous graph.json instead. JSON.stringify writes no raw newline, so the first one ends line one. Facts
 * of one line (no newline) are read whole: the encoding before this one.
 */
export function encodeFacts(f: DocFacts): string {
  const anchors: StatementAnchors[] = [];
  const rest: Record<string, unknown>[] = [];
  for (const s of f.statements) {
    const { id, speaker, medium, mediumKind, mentions, ...other } = s;
    anchors.push({ id, speaker, medium, mediumKind, mentions });
    rest.push(other);
  }
  return `${JSON.stringify({ relations: f.relations, sentences: f.sentences, statements: anchors })}\n${JSON.stringify(rest)}`;
}

/** The whole facts (a document built in full, or a carried statement refilled). */
export function decodeFacts(bytes: Buffer | string): DocFacts {
  const text = typeof bytes === "string" ? bytes : bytes.toString("utf8");
  const nl = text.indexOf("\n");
  if (nl < 0) return JSON.parse(text) as DocFacts;
  const head = JSON.parse(text.slice(0, nl)) as CarriedFacts;
  const rest = JSON.parse(text.slice(nl + 1)) as Record<string, unknown>[];
  if (rest.length !== head.statements.length)
    throw new Error(
      `newsgraph build: a document's stored facts are damaged (${head.statements.length} statements, ${rest.length} bodies); build with --full`,
    );
  // the anchors' five fields set on each parsed body (one shape for all): spreading both into a new object cost four
  // times the parse on BBC + Reuters; no reader of a statement depends on the order of its fields
  head.statements.forEach((a, i) => {
    const s = rest[i]!;
    s.id = a.id;
    s.speaker = a.speaker;
    s.medium = a.medium;
    s.mediumKind = a.mediumKind;
    s.mentions = a.mentions;
  });
  return {
    statements: rest as unknown as DocFacts["statements"],
    relations: head.relations,
    sentences: head.sentences,
  };
}

/** Line one alone: what a carried document's statements need (their anchors), without decoding the rest. */
export function decodeCarried(bytes: Buffer | string): CarriedFacts {
  if (typeof bytes === "string") {
    const nl = bytes.indexOf("\n");
    return nl < 0 ? (JSON.parse(bytes) as DocFacts) : (JSON.parse(bytes.slice(0, nl)) as CarriedFacts);
  }
  const nl = bytes.indexOf(NEWLINE);
  return JSON.parse(bytes.toString("utf8", 0, nl < 0 ? bytes.length : nl)) as CarriedFacts;
}
