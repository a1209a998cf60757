// The extraction record: one JSON object per document, the contract between `extract` and `build`.
import { z } from "zod";
import { SafeKey } from "./keys.ts";

/** A character span into the document text. Offsets are UTF-16 string indices, end exclusive. */
export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Span = z.infer<typeof Span>;

export const EntityKind = z.enum(["person", "organization", "country", "location"]);
export type EntityKind = z.infer<typeof EntityKind>;

export const Role = z.object({
  role: z.string(),
  former: z.boolean().optional(),
  /** entity id of the organisation or country the role is held at, when known */
  at: SafeKey.optional(),
});
export type Role = z.infer<typeof Role>;

export const Entity = z.object({
  /** never "statement:…": statement node keys live there, so an entity can never take one's place */
  id: SafeKey.refine((s) => !s.startsWith("statement:"), {
    message: 'an entity id cannot start with "statement:" (statement node keys use it); rename it',
  }),
  kind: EntityKind,
  name: z.string(),
  aliases: z.array(z.string()),
  /** ISO 3166-1 alpha-2 code, for countries */
  iso: z.string().optional(),
  roles: z.array(Role).optional(),
  /** for a location: the country it lies in, when known */
  country: SafeKey.optional(),
  /** for a person: the gender the text gives them (titles, role nouns, pronouns) or their first name suggests; absent when unknown */
  gender: z.enum(["female", "male"]).optional(),
  /** which rule(s) created or merged this entity, for provenance and undo */
  rules: z.array(z.string()).optional(),
});
export type Entity = z.infer<typeof Entity>;

export const Mention = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  kind: EntityKind,
  entity: SafeKey,
  /** the rule or model that produced the mention */
  rule: z.string().optional(),
});
export type Mention = z.infer<typeof Mention>;

export const QuoteKind = z.enum(["direct", "mixed", "indirect"]);
export type QuoteKind = z.infer<typeof QuoteKind>;

export const Statement = z.object({
  /** no "#": the statement's node key is "statement:<document id>#<statement id>", which stays unambiguous that way */
  id: z.string().refine((s) => !s.includes("#"), {
    message: 'a statement id cannot contain "#" (it separates document and statement in node keys)',
  }),
  kind: QuoteKind,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  speaker: SafeKey.nullable(),
  source: Span.nullable(),
  cue: Span.nullable(),
  medium: SafeKey.nullable(),
  /** the quoted pieces when the attribution interrupts the quote ("…,” he said, “…"); start/end/text then span them all */
  parts: z.array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })).optional(),
  /** the rule that produced it, and how the speaker was resolved */
  rule: z.string().optional(),
  speakerRule: z.string().optional(),
});
export type Statement = z.infer<typeof Statement>;

export const RelationKind = z.enum(["affiliated_with", "based_in", "part_of", "located_in"]);
export type RelationKind = z.infer<typeof RelationKind>;

export const Relation = z.object({
  kind: RelationKind,
  source: SafeKey,
  target: SafeKey,
  role: z.string().optional(),
  former: z.boolean().optional(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  rule: z.string().optional(),
});
export type Relation = z.infer<typeof Relation>;

export const ExtractionRecord = z.object({
  id: z.string(),
  source: z.string().optional(),
  title: z.string().optional(),
  date: z.string().optional(),
  url: z.string().optional(),
  /** the decoded text; always present for HTML-derived input, and for every input with --with-text */
  text: z.string().optional(),
  entities: z.array(Entity),
  mentions: z.array(Mention),
  statements: z.array(Statement),
  relations: z.array(Relation),
});
export type ExtractionRecord = z.infer<typeof ExtractionRecord>;

/** A document as it enters the pipeline. */
export const Document = z.object({
  id: z.string(),
  text: z.string(),
  title: z.string().optional(),
  date: z.string().optional(),
  url: z.string().optional(),
  source: z.string().optional(),
});
export type Document = z.infer<typeof Document>;

/** One line of a JSONL input file. */
export const JsonlInput = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  text: z.string(),
  title: z.string().optional(),
  date: z.string().optional(),
  url: z.string().optional(),
  source: z.string().optional(),
});
export type JsonlInput = z.infer<typeof JsonlInput>;
