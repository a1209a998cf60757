// Search over names and aliases: ranking, alias hits, and statements left out.
import { describe, expect, it } from "vitest";
import { deriveIndex } from "../../src/model/derive.ts";
import { buildSearchIndex, search } from "../../src/model/search.ts";
import { loadFixture } from "./helpers.ts";

const { graph } = loadFixture();
const idx = buildSearchIndex(graph, deriveIndex(graph));
const keys = (q: string) => search(idx, q).map((h) => h.key);

describe("search", () => {
  it("finds by label prefix, case-insensitively", () => {
    expect(keys("ada")).toEqual(["person:ada-brenner"]);
    expect(keys("CHANNEL")).toEqual(["organization:channel-nine"]);
  });

  it("finds by alias and reports which alias matched", () => {
    const hits = search(idx, "minister");
    expect(hits).toEqual([
      { key: "person:ada-brenner", label: "Ada Brenner", kind: "person", alias: "Minister Brenner" },
    ]);
    expect(keys("velmoran")).toEqual(["country:velmora"]);
  });

  it("ranks a prefix match above a match inside a word", () => {
    // "nor": Northgrid starts with it; nothing else contains it
    expect(keys("nor")[0]).toBe("organization:northgrid");
    expect(keys("ra")).toEqual(["country:velmora"]);
  });

  it("does not index statements, and finds nothing for blank or unknown queries", () => {
    expect(keys("restore")).toEqual([]);
    expect(keys("   ")).toEqual([]);
    expect(keys("zzz")).toEqual([]);
  });
});
