// The graph contract: graphology's serialised JSON with newsgraph's node and edge attributes.
import { z } from "zod";
import { QuoteKind, Role } from "./record.ts";
import { SafeKey, checkAttributeNames } from "./keys.ts";

/** A calendar day, YYYY-MM-DD (documents' dates are normalised to it in graph/dates.ts). */
export const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");

/** Graph-level attributes newsgraph writes; other keys pass through. */
export const GraphAttributes = z
  .object({
    documents: z
      .array(
        z.object({
          id: z.string(),
          title: z.string().optional(),
          date: z.string().optional(),
          url: z.string().optional(),
          source: z.string().optional(),
        }),
      )
      .optional(),
    layout: z
      .object({ algorithm: z.string(), iterations: z.number().int(), quality: z.number().optional() })
      .optional(),
    warnings: z.array(z.string()).optional(),
  })
  .passthrough()
  .superRefine(checkAttributeNames);

export const NodeKind = z.enum(["person", "organization", "country", "location", "statement"]);
export type NodeKind = z.infer<typeof NodeKind>;

export const EdgeKind = z.enum([
  "said",
  "told",
  "via",
  "mentions",
  "affiliated_with",
  "based_in",
  "part_of",
  "located_in",
  "speaks_about",
  "co_occurs",
]);
export type EdgeKind = z.infer<typeof EdgeKind>;

export const NodeAttributes = z
  .object({
    kind: NodeKind,
    label: z.string(),
    aliases: z.array(z.string()),
    x: z.number().optional(),
    y: z.number().optional(),
    size: z.number().optional(),
    color: z.string().optional(),
    // entities
    mentionCount: z.number().int().optional(),
    documents: z.array(z.string()).optional(),
    roles: z.array(Role).optional(),
    iso: z.string().optional(),
    /** why nodes were merged into this one: [{rule, from}] */
    merges: z.array(z.object({ rule: z.string(), from: z.string() })).optional(),
    /** entity network metrics (graph/metrics.ts): sum of entity-edge weights, PageRank, seeded Louvain community */
    weightedDegree: z.number().optional(),
    pagerank: z.number().optional(),
    community: z.number().int().optional(),
    /** first and last document date (YYYY-MM-DD) the node or edge was seen in, when dates are known */
    firstSeen: Day.optional(),
    lastSeen: Day.optional(),
    // statements
    text: z.string().optional(),
    quoteKind: QuoteKind.optional(),
    cue: z.string().optional(),
    document: z.string().optional(),
    start: z.number().int().optional(),
    end: z.number().int().optional(),
    date: z.string().optional(),
    /** the sentence(s) holding the statement, with the offset of the content inside it */
    evidence: z.string().optional(),
    evidenceStart: z.number().int().optional(),
    /** the quoted pieces (document offsets) when the attribution interrupts the quote; start/end span them all */
    parts: z.array(z.object({ start: z.number().int(), end: z.number().int() })).optional(),
  })
  .passthrough()
  .superRefine(checkAttributeNames);
export type NodeAttributes = z.infer<typeof NodeAttributes>;

/** One place an edge was seen: a span of a document, its date, and the sentence(s) holding it. */
export const Occurrence = z
  .object({
    document: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    date: Day.optional(),
    evidence: z.string().optional(),
    evidenceStart: z.number().int().optional(),
    role: z.string().optional(),
    former: z.boolean().optional(),
    rule: z.string().optional(),
  })
  .strict();
export type Occurrence = z.infer<typeof Occurrence>;

/**
 * One edge per (source, target, kind). The first occurrence's document/start/end/evidence stay at top level for
 * readers of the older one-edge-per-occurrence form; `weight` is the number of occurrences.
 */
export const EdgeAttributes = z
  .object({
    kind: EdgeKind,
    document: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    role: z.string().optional(),
    former: z.boolean().optional(),
    rule: z.string().optional(),
    evidence: z.string().optional(),
    evidenceStart: z.number().int().optional(),
    weight: z.number().optional(),
    occurrences: z.array(Occurrence).optional(),
    /** speaks_about: the statement node keys behind the edge */
    statements: z.array(z.string()).optional(),
    firstSeen: Day.optional(),
    lastSeen: Day.optional(),
  })
  .passthrough()
  .superRefine(checkAttributeNames);
export type EdgeAttributes = z.infer<typeof EdgeAttributes>;

export const SerializedNode = z.object({ key: SafeKey, attributes: NodeAttributes });
export const SerializedEdge = z.object({
  key: SafeKey.optional(),
  source: SafeKey,
  target: SafeKey,
  undirected: z.boolean().optional(),
  attributes: EdgeAttributes,
});
export const GraphOptions = z.object({
  type: z.enum(["directed", "undirected", "mixed"]).optional(),
  multi: z.boolean().optional(),
  allowSelfLoops: z.boolean().optional(),
});

export const SerializedGraph = z.object({
  attributes: GraphAttributes.optional(),
  options: GraphOptions.optional(),
  nodes: z.array(SerializedNode),
  edges: z.array(SerializedEdge),
});
export type SerializedGraph = z.infer<typeof SerializedGraph>;
