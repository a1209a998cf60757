// The user's corrections file: its zod schema (the logic that applies it lives in ../resolve/corrections.ts).
import { z } from "zod";
import { EntityKind } from "./record.ts";
import { isReservedKey } from "./keys.ts";

const Id = z
  .string()
  .min(1)
  .refine((s) => !isReservedKey(s), {
    message: "this id is a reserved JavaScript name (__proto__, constructor, prototype); rename it",
  })
  .describe("an entity id or graph node key, e.g. person:robert-ansell");

export const Corrections = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(1).default(1),
    /** merge: the `from` nodes become part of `into` */
    merge: z.array(z.object({ into: Id, from: z.array(Id).min(1), note: z.string().optional() }).strict()).default([]),
    /** split: take the listed documents and/or aliases out of an entity into a new node (`as`, default derived) */
    split: z
      .array(
        z
          .object({
            entity: Id,
            documents: z.array(z.string()).optional(),
            aliases: z.array(z.string()).optional(),
            as: Id.optional(),
            label: z.string().optional(),
            note: z.string().optional(),
          })
          .strict()
          .refine(
            (s) => (s.documents?.length ?? 0) + (s.aliases?.length ?? 0) > 0,
            "newsgraph/corrections: a split needs `documents` or `aliases`",
          ),
      )
      .default([]),
    rename: z.array(z.object({ entity: Id, label: z.string().min(1) }).strict()).default([]),
    retype: z.array(z.object({ entity: Id, kind: EntityKind }).strict()).default([]),
    /** delete a false entity ("He" as a person); with `documents`, only there */
    delete: z
      .array(z.object({ entity: Id, documents: z.array(z.string()).optional(), note: z.string().optional() }).strict())
      .default([]),
  })
  .strict();
export type Corrections = z.infer<typeof Corrections>;
export type CorrectionsInputFile = z.input<typeof Corrections>;
