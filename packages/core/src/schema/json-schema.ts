// JSON Schema (draft 2020-12) for the record, graph, JSONL input and corrections, generated from the zod schemas with z.toJSONSchema.
import { z } from "zod";
import { ExtractionRecord, JsonlInput } from "./record.ts";
import { SerializedGraph } from "./graph.ts";
import { Corrections } from "./corrections.ts";

const BASE = "https://newsgraph.invalid/schema";

function emit(schema: z.ZodType, id: string, title: string, description: string): string {
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", unrepresentable: "any", io: "input" }) as Record<
    string,
    unknown
  >;
  const out = { $schema: json.$schema, $id: `${BASE}/${id}`, title, description, ...json };
  return JSON.stringify(out, null, 2) + "\n";
}

/** file name -> content, for packages/core/schema/. */
export function jsonSchemas(): Record<string, string> {
  return {
    "record.schema.json": emit(
      ExtractionRecord,
      "record.schema.json",
      "newsgraph extraction record",
      "One line of `newsgraph extract` output. Offsets are UTF-16 string indices into the document text, end exclusive.",
    ),
    "graph.schema.json": emit(
      SerializedGraph,
      "graph.schema.json",
      "newsgraph graph",
      "graphology's serialised JSON with newsgraph node and edge attributes, as written by `newsgraph build`.",
    ),
    "jsonl-input.schema.json": emit(
      JsonlInput,
      "jsonl-input.schema.json",
      "newsgraph JSONL input line",
      "One document per line of a .jsonl input file.",
    ),
    "corrections.schema.json": emit(
      Corrections,
      "corrections.schema.json",
      "newsgraph corrections",
      "User corrections for `newsgraph build --corrections FILE` or newsgraph.config.json beside the inputs.",
    ),
  };
}
