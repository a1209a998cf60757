// JSON Schema files: committed copies match what the zod schemas generate, and they describe the contract.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { jsonSchemas } from "@newsgraph/core";
import { SCHEMA_DIR } from "../src/emit-schema.ts";

describe("JSON Schema emission", () => {
  const generated = jsonSchemas();

  it.each(Object.keys(generated))("packages/core/schema/%s is up to date (run pnpm schema to regenerate)", (name) => {
    expect(readFileSync(path.join(SCHEMA_DIR, name), "utf8")).toBe(generated[name]);
  });

  it("the record schema requires the contract's fields and enumerates the kinds", () => {
    const s = JSON.parse(generated["record.schema.json"]!);
    expect(s.required).toEqual(expect.arrayContaining(["id", "entities", "mentions", "statements", "relations"]));
    expect(s.properties.entities.items.properties.kind.enum).toEqual(["person", "organization", "country", "location"]);
    expect(s.properties.statements.items.properties.kind.enum).toEqual(["direct", "mixed", "indirect"]);
    expect(s.properties.mentions.items.required).toEqual(
      expect.arrayContaining(["start", "end", "text", "kind", "entity"]),
    );
  });

  it("the graph schema lists the node and edge kinds", () => {
    const s = JSON.parse(generated["graph.schema.json"]!);
    const node = s.properties.nodes.items.properties.attributes;
    const edge = s.properties.edges.items.properties.attributes;
    expect(node.properties.kind.enum).toEqual(["person", "organization", "country", "location", "statement"]);
    expect(edge.properties.kind.enum).toEqual(
      expect.arrayContaining(["said", "told", "via", "mentions", "affiliated_with"]),
    );
    expect(edge.required).toEqual(expect.arrayContaining(["kind", "document", "start", "end"]));
  });
});
