// The corpus-scale model: dates and histogram bins, CSV quoting, fuzzy search, paths, corrections, attributes, the new hash fields.
import { describe, expect, it, test } from "vitest";
import fc from "fast-check";
import { Corrections } from "@newsgraph/core";
import { PathFinder } from "../../src/features/paths.ts";
import { attributeCatalogue, passesFilter } from "../../src/model/attributes.ts";
import { toCorrectionsFile } from "../../src/model/corrections.ts";
import { csvCell, neutralise, parseCsv, toCsv } from "../../src/model/csv.ts";
import { histogram, toDay, weekOf } from "../../src/model/dates.ts";
import { deriveIndex } from "../../src/model/derive.ts";
import { buildSearchIndex, search } from "../../src/model/search.ts";
import { safeUrl } from "../../src/model/sources.ts";
import { rowsToCsv, sortRows, statementRows } from "../../src/model/statements-table.ts";
import { colourTable, PALETTE } from "../../src/render/colour-by.ts";
import { DEFAULT_STATE, fromHash, toHash, type ViewState } from "../../src/state/view-state.ts";
import { visibleNodes } from "../../src/state/visibility.ts";
import { loadFixture } from "./helpers.ts";

const { graph } = loadFixture();
const index = deriveIndex(graph);

describe("dates", () => {
  test.each([
    ["2026-01-05", "2026-01-05"],
    ["2026-01-05T23:10:00Z", "2026-01-05"],
    ["26-FEB-1987 15:01:01.79", "1987-02-26"],
    ["3-Mar-1987", "1987-03-03"],
    ["not a date", null],
    ["", null],
  ])("toDay(%s) = %s", (v, day) => expect(toDay(v)).toBe(day));

  it("bins per day with empty days filled, per week (Mondays) above 120 days", () => {
    const h = histogram(["2026-01-05", "2026-01-05", "2026-01-08"]);
    expect(h.unit).toBe("day");
    expect(h.bins.map((b) => b.count)).toEqual([2, 0, 0, 1]);
    const w = histogram(["2026-01-01", "2026-06-30"]);
    expect(w.unit).toBe("week");
    expect(w.bins[0]!.start).toBe(weekOf("2026-01-01"));
    expect(w.bins.reduce((a, b) => a + b.count, 0)).toBe(2);
    expect(histogram([]).bins).toEqual([]);
  });

  it("a range hides dated nodes outside it and keeps undated ones", () => {
    const s = { ...DEFAULT_STATE, from: "2026-02-01", to: "2026-02-28" };
    const v = visibleNodes(graph, index, s);
    expect(v.has("statement:a.txt#s1")).toBe(false); // dated 2026-01-05
    expect(v.has("statement:b.txt#s1")).toBe(true); // undated
  });
});

describe("CSV", () => {
  it("quotes per RFC 4180 and neutralises formula cells", () => {
    expect(csvCell('say "hi", then\r\nleave')).toBe('"say ""hi"", then\r\nleave"');
    for (const c of ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1"]) expect(neutralise(c).startsWith("'")).toBe(true);
    expect(neutralise("plain")).toBe("plain");
    expect(toCsv(["a", "b"], [["1", "=2"]])).toBe("a,b\r\n1,'=2\r\n");
  });

  it("round-trips any table of safe cells (property)", () => {
    const cell = fc.string().filter((s) => !/^[=+\-@\t\r]/.test(s));
    fc.assert(
      fc.property(
        fc
          .array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 })
          .filter((rows) => rows.every((r) => r.length === rows[0]!.length)),
        (rows) => {
          const [head, ...body] = rows;
          expect(parseCsv(toCsv(head!, body))).toEqual(rows);
        },
      ),
    );
  });

  it("the statements table lists the visible statements, sorts by a column, exports a header row", () => {
    const rows = statementRows(graph, new Set(graph.nodes()), index.docs);
    expect(rows.map((r) => r.speaker).sort()).toEqual(["Ada Brenner", "Tomas Quill"]);
    expect(sortRows(rows, "speaker", true)[0]!.speaker).toBe("Tomas Quill");
    expect(sortRows(rows, "date", false)[0]!.date).toBe("2026-01-05");
    expect(parseCsv(rowsToCsv(rows))[0]!.slice(0, 3)).toEqual(["Speaker", "Quote", "Kind"]);
  });
});

describe("search: typos, diacritics", () => {
  const idx = buildSearchIndex(graph, index);
  const keys = (q: string) => search(idx, q).map((h) => h.key);
  it("finds a name with one letter missing or wrong, and with accents typed", () => {
    expect(keys("brener")).toContain("person:ada-brenner");
    expect(keys("nortgrid")).toContain("organization:northgrid");
    expect(keys("Vélmora")).toEqual(["country:velmora"]);
  });
  it("short queries stay exact", () => expect(keys("xyz")).toEqual([]));
});

describe("sources", () => {
  test.each([
    ["https://example.org/a", "https://example.org/a"],
    ["http://example.org/", "http://example.org/"],
    ["javascript:alert(1)", undefined],
    ["data:text/html,<b>", undefined],
    ["/relative", undefined],
    ["", undefined],
  ])("safeUrl(%s)", (v, out) => expect(safeUrl(v)).toBe(out));
});

describe("paths over the entity network", () => {
  const finder = new PathFinder(graph, buildSearchIndex(graph, index));
  it("joins two people through what they spoke about and their affiliations, with evidence per hop", () => {
    const r = finder.find("person:ada-brenner", "person:tomas-quill");
    expect(r.hops?.map((h) => [h.hop.from, h.hop.to])).toEqual([
      ["person:ada-brenner", "organization:northgrid"],
      ["organization:northgrid", "person:tomas-quill"],
    ]);
    expect(r.hops![0]!.edges[0]!.statements[0]!.text).toContain("restore the supply");
    expect(r.highlight!.nodes.size).toBe(3);
  });
  it("says null for unconnected or statement ends, and resolves typed names", () => {
    expect(finder.find("person:ada-brenner", "statement:a.txt#s1").hops).toBeNull();
    expect(finder.resolve("velmoran")).toBe("country:velmora");
    expect(finder.resolve("Brenner")).toBe("person:ada-brenner");
  });
});

describe("corrections file", () => {
  it("groups merges and splits and validates with core's schema", () => {
    const file = toCorrectionsFile([
      { op: "merge", into: "a", from: "b" },
      { op: "merge", into: "a", from: "c" },
      { op: "rename", entity: "a", label: "A" },
      { op: "retype", entity: "d", kind: "country" },
      { op: "delete", entity: "e" },
      { op: "split", entity: "a", document: "x.txt" },
    ]);
    expect(file.merge).toEqual([{ into: "a", from: ["b", "c"] }]);
    expect(file.split).toEqual([{ entity: "a", documents: ["x.txt"] }]);
    expect(Corrections.safeParse(file).success).toBe(true);
  });
  it("refuses what the build would refuse", () =>
    expect(() => toCorrectionsFile([{ op: "rename", entity: "a", label: "" }])).toThrow(/newsgraph\/viewer/));
});

describe("attributes: colour, size and filter by any attribute", () => {
  it("catalogues kind as categorical and numbers as gradients; colours the top values", () => {
    const cat = attributeCatalogue(graph);
    expect(cat[0]!.name).toBe("kind");
    const mentions = cat.find((a) => a.name === "mentionCount")!;
    expect(mentions.numeric).toBe(true);
    expect(passesFilter("person", cat[0], "person")).toBe(true);
    expect(passesFilter("statement", cat[0], "person")).toBe(false);
    const gradient = { ...mentions, categorical: false };
    expect([
      passesFilter(4, gradient, "3"),
      passesFilter(2, gradient, "3"),
      passesFilter(undefined, gradient, "3"),
    ]).toEqual([true, false, false]);
    const t = colourTable(graph, index, "kind")!;
    expect(t).toBeNull();
    const byQuote = colourTable(graph, index, "quoteKind")!;
    expect(new Set([byQuote.colors.get("statement:a.txt#s1"), byQuote.colors.get("statement:b.txt#s1")]).size).toBe(2);
    expect(PALETTE).toContain(byQuote.colors.get("statement:a.txt#s1"));
  });
});

describe("URL hash: corpus fields", () => {
  const full: ViewState = {
    ...DEFAULT_STATE,
    colorBy: "community",
    filter: { attr: "community", value: "3" },
    from: "2026-01-01",
    to: "2026-01-31",
    path: ["person:a", "person:b"],
    table: true,
    sizeBy: "pagerank",
  };
  const exists = { node: () => true, edge: () => true, attr: (n: string) => ["community", "pagerank"].includes(n) };
  it("round-trips colour, filter, range, path, table and attribute sizes", () =>
    expect(fromHash(toHash(full), exists)).toEqual(full));
  it("drops attributes the graph does not have and swaps a reversed range", () => {
    expect(fromHash("#color=nope&size=nope&filter=nope=1", exists)).toMatchObject({
      colorBy: "kind",
      sizeBy: "degree",
      filter: null,
    });
    expect(fromHash("#from=2026-02-01&to=2026-01-01")).toMatchObject({ from: "2026-01-01", to: "2026-02-01" });
    expect(fromHash("#from=yesterday")).toMatchObject({ from: null });
  });
  it("an overview base (statements hidden) is kept without a hide parameter, and hide= shows every kind", () => {
    const base = { ...DEFAULT_STATE, hidden: ["statement" as const] };
    expect(fromHash("", exists, base).hidden).toEqual(["statement"]);
    expect(fromHash("#hide=", exists, base).hidden).toEqual([]);
    expect(toHash({ ...base, hidden: [] }, base)).toBe("#hide=");
  });
});

describe("the panel follows the timeline", () => {
  it("describeNode leaves out statements the range drops", async () => {
    const { describeNode } = await import("../../src/model/details.ts");
    expect(describeNode(graph, "person:ada-brenner").said).toHaveLength(1);
    expect(describeNode(graph, "person:ada-brenner", () => false).said).toEqual([]);
  });
});

describe("a build-time layout is kept", () => {
  it("trusts the graph's layout attribute even when positions look unordered", async () => {
    const { fixture } = await import("./fixture.ts");
    const { loadGraphText } = await import("../../src/model/load.ts");
    const { parseGexf } = await import("./helpers.ts");
    const g = fixture();
    g.attributes = { layout: { algorithm: "forceatlas2", iterations: 30 } };
    expect(loadGraphText(JSON.stringify(g), "g.json", parseGexf).laidOut).toBe(true);
    g.attributes = { layout: { algorithm: "forceatlas2", iterations: 0 } };
    // all on one spot: no positions at all, whatever the attribute says
    for (const n of g.nodes) Object.assign(n.attributes, { x: 0, y: 0 });
    expect(loadGraphText(JSON.stringify(g), "g.json", parseGexf).laidOut).toBe(false);
  });
});
