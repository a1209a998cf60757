// Details panel data: a person's statements with outlet, document and evidence; an organisation's people; an edge's evidence.
import { describe, expect, it } from "vitest";
import { describeEdge, describeNode } from "../../src/model/details.ts";
import { cut, quoteSegments } from "../../src/model/evidence.ts";
import { FIXTURE_TEXT } from "./fixture.ts";
import { loadFixture } from "./helpers.ts";

const { graph } = loadFixture();

describe("node details", () => {
  it("a person: aliases (without the name), roles with former marked, statements with outlet, document and evidence", () => {
    const d = describeNode(graph, "person:ada-brenner");
    expect(d.aliases).toEqual(["Brenner", "Minister Brenner"]);
    expect(d.roles).toEqual([
      { role: "energy minister", former: false, at: { key: "country:velmora", label: "Velmora", kind: "country" } },
      { role: "ambassador", former: true, at: null },
    ]);
    expect(d.said).toHaveLength(1);
    const s = d.said[0]!;
    expect(s).toMatchObject({
      text: FIXTURE_TEXT.QUOTE_1,
      document: "a.txt",
      outlet: { label: "Channel Nine" },
      speaker: { label: "Ada Brenner" },
    });
    expect(s.evidence.mark).toBe(FIXTURE_TEXT.QUOTE_1);
    expect(s.evidence.before + s.evidence.mark + s.evidence.after).toBe(FIXTURE_TEXT.EVIDENCE_1);
    expect(d.affiliations).toMatchObject([
      { other: { key: "country:velmora" }, role: "energy minister", former: false },
    ]);
  });

  it("the same tie seen in several articles is one line with one evidence link per edge", () => {
    const g = graph.copy();
    g.addEdgeWithKey("e8", "person:ada-brenner", "country:velmora", {
      kind: "affiliated_with",
      document: "b.txt",
      start: 1,
      end: 2,
      role: "energy minister",
    });
    g.addEdgeWithKey("e9", "person:ada-brenner", "country:velmora", {
      kind: "affiliated_with",
      document: "b.txt",
      start: 1,
      end: 2,
      role: "energy minister",
      former: true,
    });
    const d = describeNode(g, "person:ada-brenner");
    const lines = d.affiliations
      .map(
        (a) =>
          `${a.former}:${a.edges
            .map((e) => e.key)
            .sort()
            .join(",")}`,
      )
      .sort();
    expect(lines).toEqual(["false:e4,e8", "true:e9"]);
  });

  it("an organisation: affiliated people (former marked) and the statements that mention it", () => {
    const d = describeNode(graph, "organization:northgrid");
    expect(d.members).toMatchObject([{ other: { label: "Tomas Quill" }, role: "chief executive", former: true }]);
    expect(d.mentionedIn.map((s) => s.key)).toEqual(["statement:a.txt#s1"]);
  });

  it("a statement: its text, speaker and what it mentions", () => {
    const d = describeNode(graph, "statement:b.txt#s1");
    expect(d.statement).toMatchObject({
      speaker: { key: "person:tomas-quill" },
      mentions: [{ key: "country:velmora" }],
      quoteKind: "indirect",
    });
  });
});

describe("foreign GEXF nodes", () => {
  it("list their neighbours and their own attributes (not the drawn ones)", async () => {
    const { loadGraphText } = await import("../../src/model/load.ts");
    const { parseGexf } = await import("./helpers.ts");
    const gexf = `<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected">
      <attributes class="node"><attribute id="0" title="modularity_class" type="integer"/></attributes>
      <nodes><node id="a" label="Alpha"><attvalues><attvalue for="0" value="3"/></attvalues></node><node id="b" label="Beta"/></nodes>
      <edges><edge id="0" source="a" target="b"/></edges></graph></gexf>`;
    const g = loadGraphText(gexf, "g.gexf", parseGexf).graph;
    const d = describeNode(g, "a");
    expect(d.neighbours).toEqual([{ key: "b", label: "Beta", kind: "other" }]);
    expect(d.attributes).toEqual([["modularity_class", "3"]]);
  });
});

describe("edge details", () => {
  it("a mentions edge marks the mention inside the statement's evidence sentence", () => {
    const d = describeEdge(graph, "e3");
    expect(d).toMatchObject({
      kind: "mentions",
      document: "a.txt",
      source: { kind: "statement" },
      target: { label: "Northgrid Utilities" },
    });
    expect(d.evidence?.mark).toBe("Northgrid");
  });

  it("an affiliation edge carries role and former", () => {
    expect(describeEdge(graph, "e5")).toMatchObject({ kind: "affiliated_with", role: "chief executive", former: true });
  });
});

describe("evidence segments", () => {
  it("clamps bad offsets instead of producing garbage", () => {
    expect(cut("abc", -5, 99)).toEqual({ before: "", mark: "abc", after: "" });
    expect(cut("abc", 2, 1)).toEqual({ before: "ab", mark: "", after: "c" });
  });

  it("falls back to the statement text, fully marked, without evidence", () => {
    const a = { ...graph.getNodeAttributes("statement:a.txt#s1") };
    delete a.evidence;
    expect(quoteSegments(a)).toEqual({ before: "", mark: FIXTURE_TEXT.QUOTE_1, after: "" });
  });

  it("marks each part of a quote interrupted by its attribution, not the frame between", () => {
    // document: `Then “We go,” Vale said, “and stay.” End` — the statement spans both parts, start 6
    const evidence = "Then “We go,” Vale said, “and stay.” End";
    const node = {
      ...graph.getNodeAttributes("statement:a.txt#s1"),
      evidence,
      evidenceStart: 6,
      start: 106,
      end: 134,
      parts: [
        { start: 106, end: 112 },
        { start: 126, end: 134 },
      ],
    };
    const seg = quoteSegments(node);
    expect(seg.mark).toBe("We go,” Vale said, “and stay");
    expect(seg.pieces).toEqual([
      { text: "We go,", mark: true },
      { text: "” Vale said, “", mark: false },
      { text: "and stay", mark: true },
    ]);
  });
});
