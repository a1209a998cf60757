// The graph contract: graphology's serialised JSON with newsgraph's node and edge attributes.
import { z } from "zod";
import { QuoteKind, Role } from "./record.ts";

export const NodeKind = z.enum(["person", "organization", "country", "location", "statement"]);
export type NodeKind = z.infer<typeof NodeKind>;

export const EdgeKind = z.enum(["said", "told", "via", "mentions", "affiliated_with", "based_in", "part_of", "located_in"]);
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
  .passthrough();
export type NodeAttributes = z.infer<typeof NodeAttributes>;

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
    weight: z.number().optional(),
  })
  .passthrough();
export type EdgeAttributes = z.infer<typeof EdgeAttributes>;

export const SerializedGraph = z.object({
  attributes: z.record(z.string(), z.unknown()).optional(),
  options: z
    .object({ type: z.enum(["directed", "undirected", "mixed"]).optional(), multi: z.boolean().optional(), allowSelfLoops: z.boolean().optional() })
    .optional(),
  nodes: z.array(z.object({ key: z.string(), attributes: NodeAttributes })),
  edges: z.array(
    z.object({ key: z.string().optional(), source: z.string(), target: z.string(), undirected: z.boolean().optional(), attributes: EdgeAttributes }),
  ),
});
export type SerializedGraph = z.infer<typeof SerializedGraph>;
