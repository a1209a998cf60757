// User corrections: merge, split by document or alias, rename, retype, delete — deterministic, unknown ids are warnings.
import { describe, expect, test } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { resolveAcrossDocuments } from "@newsgraph/core";
import { buildGraph } from "@newsgraph/core";
import { Corrections } from "@newsgraph/core";
import { loadCorrections } from "../src/corrections.ts";
import type { ExtractionRecord } from "@newsgraph/core";

const rec = (id: string, ...ents: [string, string][]): ExtractionRecord => ({
  id,
  entities: ents.map(([eid, name]) => ({ id: eid, kind: eid.split(":")[0] as "person", name, aliases: [name] })),
  mentions: ents.map(([eid, name]) => ({
    start: 0,
    end: name.length,
    text: name,
    kind: eid.split(":")[0] as "person",
    entity: eid,
  })),
  statements: [],
  relations: [],
});
const records = [
  rec("a.txt", ["person:ilse-varnik", "Ilse Varnik"], ["person:he", "He"]),
  rec("b.txt", ["person:ilse-varnik", "Ilse Varnik"], ["person:i-varnick", "I. Varnick"]),
  rec("c.txt", ["person:ilse-varnik", "Ilse Varnik"], ["organization:carpathia", "Carpathia"]),
];
const C = (x: unknown) => Corrections.parse(x);

describe("corrections", () => {
  test("merge: the from ids join the into node, with the correction as the rule", () => {
    const r = resolveAcrossDocuments(
      records,
      C({ merge: [{ into: "person:ilse-varnik", from: ["person:i-varnick"] }] }),
    );
    expect(r.canonical("b.txt", "person:i-varnick")).toBe("person:ilse-varnik");
    expect(r.merges.get("person:ilse-varnik")).toEqual([{ rule: "correction:merge", from: "person:i-varnick" }]);
  });
  test("split by document: that document's entity becomes its own node", () => {
    const r = resolveAcrossDocuments(
      records,
      C({
        split: [
          {
            entity: "person:ilse-varnik",
            documents: ["c.txt"],
            as: "person:ilse-varnik-2",
            label: "Ilse Varnik (skier)",
          },
        ],
      }),
    );
    expect(r.canonical("c.txt", "person:ilse-varnik")).toBe("person:ilse-varnik-2");
    expect(r.canonical("a.txt", "person:ilse-varnik")).toBe("person:ilse-varnik");
    expect(r.overrides?.get("person:ilse-varnik-2")?.label).toBe("Ilse Varnik (skier)");
  });
  test("split by alias", () => {
    const r = resolveAcrossDocuments(
      records,
      C({
        merge: [{ into: "person:ilse-varnik", from: ["person:i-varnick"] }],
        split: [{ entity: "person:i-varnick", aliases: ["I. Varnick"] }],
      }),
    );
    expect(r.canonical("b.txt", "person:i-varnick")).toBe("person:ilse-varnik"); // split runs first, then merge: fixed order
  });
  test("rename, retype and delete reach the graph", () => {
    const r = resolveAcrossDocuments(
      records,
      C({
        rename: [{ entity: "person:ilse-varnik", label: "Ilse K. Varnik" }],
        retype: [{ entity: "organization:carpathia", kind: "location" }],
        delete: [{ entity: "person:he" }],
      }),
    );
    const g = buildGraph(records, r);
    expect(g.getNodeAttribute("person:ilse-varnik", "label")).toBe("Ilse K. Varnik");
    expect(g.getNodeAttribute("organization:carpathia", "kind")).toBe("location");
    expect(g.hasNode("person:he")).toBe(false);
  });
  test("delete in some documents only", () => {
    const r = resolveAcrossDocuments(records, C({ delete: [{ entity: "person:ilse-varnik", documents: ["a.txt"] }] }));
    const g = buildGraph(records, r);
    expect(g.getNodeAttribute("person:ilse-varnik", "documents")).toEqual(["b.txt", "c.txt"]);
  });
  test("unknown ids are warnings, not errors, and the build goes on", () => {
    const r = resolveAcrossDocuments(
      records,
      C({ merge: [{ into: "person:nobody", from: ["person:ilse-varnik"] }], delete: [{ entity: "person:ghost" }] }),
    );
    expect(r.warnings).toHaveLength(2);
    expect(r.warnings![0]).toMatch(/unknown entity "person:nobody"/);
    expect(buildGraph(records, r).getAttribute("warnings")).toHaveLength(2);
  });
  test("the same corrections give the same result every time", () => {
    const c = C({
      merge: [{ into: "person:i-varnick", from: ["person:ilse-varnik"] }],
      rename: [{ entity: "person:i-varnick", label: "Ilse Varnik" }],
    });
    const one = resolveAcrossDocuments(records, c),
      two = resolveAcrossDocuments([...records].reverse(), c);
    for (const r of records)
      for (const e of r.entities) expect(one.canonical(r.id, e.id)).toBe(two.canonical(r.id, e.id));
  });
  test.each([
    ["a split without documents or aliases", { split: [{ entity: "person:x" }] }],
    ["an unknown field", { merges: [] }],
    ["an unknown kind", { retype: [{ entity: "person:x", kind: "planet" }] }],
    ["a merge without from", { merge: [{ into: "person:x", from: [] }] }],
  ])("schema rejects %s", (_n, bad) => expect(Corrections.safeParse(bad).success).toBe(false));

  test("loadCorrections reads a file or the corrections key of newsgraph.config.json, and names the file on errors", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ng-corr-"));
    const cfg = path.join(dir, "newsgraph.config.json");
    writeFileSync(cfg, JSON.stringify({ corrections: { delete: [{ entity: "person:he" }] } }));
    expect(loadCorrections(cfg).corrections.delete).toEqual([{ entity: "person:he" }]);
    const bad = path.join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ rename: [{ entity: "person:x" }] }));
    expect(() => loadCorrections(bad)).toThrow(/bad\.json.*rename\.0\.label/);
    const r = resolveAcrossDocuments(records, loadCorrections(cfg));
    expect(r.deleted?.has("person:he")).toBe(true);
  });
});
