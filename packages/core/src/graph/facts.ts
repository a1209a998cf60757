// Where a corpus build keeps each document's statements, relations and sentences between folding and the graph.
import type { FoldedDoc, FoldedStatement } from "./accumulate.ts";
import type { Strings } from "./strings.ts";

/** The part of a folded document the graph needs only once, when its nodes and edges are made. */
export type DocFacts = Pick<FoldedDoc, "statements" | "relations" | "sentences">;

/**
 * What a carried statement's entry needs (carry.ts): its id and the ends of its own edges, with each mention's span
 * (the entity network's `speaks_about` occurrences are written in full). Not its text, evidence, cue or spans: its
 * node and own edges are copied from the previous graph.json, and refilled from the full facts if ever needed.
 */
export type StatementAnchors = Pick<FoldedStatement, "id" | "speaker" | "medium" | "mediumKind" | "mentions">;

/** A carried document's facts: relations and sentences in full (entity edges), statements as anchors only. */
export type CarriedFacts = Pick<DocFacts, "relations" | "sentences"> & { statements: StatementAnchors[] };

/**
 * Resolution needs every document's entities before any statement can become a node, so the facts wait. A store
 * can keep them in memory (the default) or outside it (the CLI spills them to a temporary file, so a corpus of any
 * size holds only its entities in memory). `take` hands a document's facts back once and forgets them.
 */
export interface FactStore {
  put(docId: string, facts: DocFacts): void;
  take(docId: string): DocFacts;
  /**
   * `take` for a carried document (an incremental build): a store that keeps statements' anchors apart from the
   * rest (the CLI's) reads only them; without it the build takes the full facts.
   */
  takeCarried?(docId: string): CarriedFacts;
}

export class MemoryFactStore implements FactStore {
  private readonly facts = new Map<string, DocFacts>();

  put(docId: string, facts: DocFacts): void {
    this.facts.set(docId, facts);
  }

  take(docId: string): DocFacts {
    const f = this.facts.get(docId);
    if (!f) throw new Error(`newsgraph/graph: no facts stored for document ${docId}; each document is built once`);
    this.facts.delete(docId);
    return f;
  }
}

/**
 * The facts with their repeated short strings (kinds, cues, rule names) replaced by one shared copy, in place: a
 * store that keeps JSON hands back new strings for each document, and these end up on every statement node.
 */
export function internFacts(f: DocFacts, strings: Strings): DocFacts {
  // only fields that are there are set: an own property holding undefined would travel into the edges' occurrences
  for (const s of f.statements) {
    s.kind = strings.of(s.kind) as typeof s.kind;
    if (s.cue !== undefined) s.cue = strings.of(s.cue);
    if (s.rule !== undefined) s.rule = strings.of(s.rule);
    if (s.speakerRule !== undefined) s.speakerRule = strings.of(s.speakerRule);
  }
  internRelations(f.relations, strings);
  return f;
}

/** internFacts for a carried document: its anchors hold no kind, cue or rule. */
export function internCarried(f: CarriedFacts, strings: Strings): CarriedFacts {
  internRelations(f.relations, strings);
  return f;
}

function internRelations(relations: DocFacts["relations"], strings: Strings): void {
  for (const r of relations) {
    r.kind = strings.of(r.kind) as typeof r.kind;
    if (r.role !== undefined) r.role = strings.of(r.role);
    if (r.rule !== undefined) r.rule = strings.of(r.rule);
  }
}
