// Filters and focus as reducer output: what is hidden, dimmed and labelled for a given state; the graph is never touched.
import { describe, expect, it } from "vitest";
import { deriveIndex } from "../../src/model/derive.ts";
import { DIM_NODE, KIND_COLOR } from "../../src/render/appearance.ts";
import {
  edgeDisplay,
  focusDelta,
  makeFrame,
  nodeDisplay,
  onlyFocusChanged,
  type Frame,
} from "../../src/render/reducers.ts";
import { DEFAULT_STATE, update, type Action, type ViewState } from "../../src/state/view-state.ts";
import { loadFixture } from "./helpers.ts";

const { graph } = loadFixture();
const index = deriveIndex(graph);

function frameOf(...actions: Action[]): Frame {
  const s = actions.reduce<ViewState>((st, a) => update(st, a), DEFAULT_STATE);
  return makeFrame(graph, index, s);
}
const shown = (f: Frame) => graph.filterNodes((k, a) => nodeDisplay(k, a, f).hidden !== true).sort();
/** speaks_about edges the loader derived from said + mentions (the fixture predates the entity network) */
const SUMMARIES = [
  "speaks_about:person:ada-brenner->organization:northgrid",
  "speaks_about:person:tomas-quill->country:velmora",
];
const shownEdges = (f: Frame) => graph.filterEdges((e, a, s, t) => edgeDisplay(e, a, s, t, f).hidden !== true).sort();

describe("filters", () => {
  it("shows everything by default, statements as squares and entities as circles in their kind colour", () => {
    const f = frameOf();
    expect(shown(f)).toHaveLength(graph.order);
    // summaries of statements are drawn only while statements are hidden
    expect(graph.filterEdges((_e, a) => a.kind === "speaks_about").sort()).toEqual(SUMMARIES);
    expect(shownEdges(f)).toHaveLength(graph.size - SUMMARIES.length);
    expect(nodeDisplay("statement:a.txt#s1", graph.getNodeAttributes("statement:a.txt#s1"), f)).toMatchObject({
      type: "square",
      color: KIND_COLOR.statement,
    });
    expect(nodeDisplay("person:ada-brenner", graph.getNodeAttributes("person:ada-brenner"), f)).toMatchObject({
      type: "circle",
      color: KIND_COLOR.person,
    });
  });

  it("a kind toggle hides that kind and every edge touching it; hiding statements shows the entity network", () => {
    const f = frameOf({ type: "setKind", kind: "statement", visible: false });
    expect(shown(f).some((k) => k.startsWith("statement:"))).toBe(false);
    expect(shownEdges(f)).toEqual(["e4", "e5", ...SUMMARIES]);
    const g = frameOf({ type: "setKind", kind: "country", visible: false });
    expect(shownEdges(g)).toEqual(["e1", "e2", "e3", "e5", "e6"]);
  });

  it("minimum degree keeps only well-connected nodes", () => {
    expect(shown(frameOf({ type: "minDegree", value: 3 }))).toEqual(["statement:a.txt#s1"]);
    expect(shown(frameOf({ type: "minDegree", value: 2 }))).not.toContain("organization:channel-nine");
  });

  it("document restriction keeps that document's statements and the entities seen in it", () => {
    const f = frameOf({ type: "document", value: "b.txt" });
    expect(shown(f)).toEqual(["country:velmora", "organization:northgrid", "person:tomas-quill", "statement:b.txt#s1"]);
    expect(shownEdges(f)).toEqual(["e5", "e6", "e7"]);
  });

  it("speaker restriction keeps the speaker, their statements and what those mention or were told to", () => {
    const f = frameOf({ type: "speaker", value: "person:ada-brenner" });
    expect(shown(f)).toEqual([
      "organization:channel-nine",
      "organization:northgrid",
      "person:ada-brenner",
      "statement:a.txt#s1",
    ]);
  });

  it("k-hop keeps only the selection's neighbourhood (1 hop vs 2 hops)", () => {
    const one = frameOf({ type: "select", node: "person:tomas-quill" }, { type: "hops", value: 1 });
    expect(shown(one)).toEqual(["organization:northgrid", "person:tomas-quill", "statement:b.txt#s1"]);
    const two = frameOf({ type: "select", node: "person:tomas-quill" }, { type: "hops", value: 2 });
    expect(shown(two)).toContain("statement:a.txt#s1");
    expect(shown(two)).toContain("country:velmora");
    expect(shown(two)).not.toContain("person:ada-brenner");
  });

  it("filters compose and never mutate the graph", () => {
    const before = JSON.stringify(graph.export());
    const f = frameOf(
      { type: "setKind", kind: "country", visible: false },
      { type: "document", value: "a.txt" },
      { type: "minDegree", value: 1 },
    );
    graph.forEachNode((k, a) => nodeDisplay(k, a, f));
    graph.forEachEdge((e, a, s, t) => edgeDisplay(e, a, s, t, f));
    expect(shown(f)).not.toContain("country:velmora");
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});

describe("focus", () => {
  it("hover keeps the node and its neighbours bright, dims and unlabels the rest, hides unrelated edges", () => {
    const f = frameOf({ type: "hover", node: "person:tomas-quill" });
    const far = nodeDisplay("organization:channel-nine", graph.getNodeAttributes("organization:channel-nine"), f);
    expect(far).toMatchObject({ color: DIM_NODE, label: "" });
    const near = nodeDisplay("organization:northgrid", graph.getNodeAttributes("organization:northgrid"), f);
    expect(near).toMatchObject({ color: KIND_COLOR.organization, forceLabel: true });
    expect(shownEdges(f)).toEqual(["e5", "e6"]);
  });

  it("hover wins over selection; the selected node stays highlighted", () => {
    const f = frameOf({ type: "select", node: "person:ada-brenner" }, { type: "hover", node: "person:tomas-quill" });
    expect(f.focus?.center).toBe("person:tomas-quill");
    expect(nodeDisplay("person:ada-brenner", graph.getNodeAttributes("person:ada-brenner"), f)).toMatchObject({
      highlighted: true,
    });
  });

  it("a selected node stays drawn even when a filter would hide it", () => {
    const f = frameOf(
      { type: "select", node: "person:ada-brenner" },
      { type: "setKind", kind: "person", visible: false },
    );
    expect(nodeDisplay("person:ada-brenner", graph.getNodeAttributes("person:ada-brenner"), f).hidden).not.toBe(true);
  });

  it("hides every edge while a large graph's layout runs, and keeps that through focus changes", () => {
    const f = { ...frameOf(), hideEdges: true };
    expect(shownEdges(f)).toEqual([]);
    expect(makeFrame(graph, index, update(f.state, { type: "hover", node: "person:ada-brenner" }), f).hideEdges).toBe(
      true,
    );
  });

  it("reuses the visible set when only hover changes", () => {
    const a = frameOf({ type: "minDegree", value: 1 });
    const b = makeFrame(graph, index, update(a.state, { type: "hover", node: "person:ada-brenner" }), a);
    expect(b.visible).toBe(a.visible);
    expect(b.sizes).toBe(a.sizes);
  });

  it("size mode changes sizes: equal by degree, Ada bigger by mentions; statements stay smaller", () => {
    const byDeg = frameOf();
    const byMent = frameOf({ type: "sizeBy", value: "mentions" });
    expect(byDeg.sizes.get("person:ada-brenner")!).toBe(byDeg.sizes.get("person:tomas-quill")!);
    expect(byMent.sizes.get("person:ada-brenner")!).toBeGreaterThan(byMent.sizes.get("person:tomas-quill")!);
    expect(byMent.sizes.get("organization:channel-nine")!).toBeLessThan(byMent.sizes.get("country:velmora")!);
    expect(byDeg.sizes.get("statement:a.txt#s1")!).toBeLessThan(byDeg.sizes.get("person:ada-brenner")!);
  });
});

describe("focus on huge graphs (no dimming, partial refresh)", () => {
  const light = (s: ViewState, prev?: Frame) => makeFrame(graph, index, s, prev, false);

  it("highlights the neighbourhood without dimming or hiding anything else", () => {
    const f = light(update(DEFAULT_STATE, { type: "hover", node: "person:tomas-quill" }));
    expect(
      nodeDisplay("organization:channel-nine", graph.getNodeAttributes("organization:channel-nine"), f).color,
    ).toBe(KIND_COLOR.organization);
    expect(shownEdges(f)).toHaveLength(graph.size - SUMMARIES.length);
    expect(edgeDisplay("e6", graph.getEdgeAttributes("e6"), "person:tomas-quill", "statement:b.txt#s1", f).size).toBe(
      2,
    );
  });

  it("the partial refresh covers the old and new neighbourhoods and their edges", () => {
    const a = light(update(DEFAULT_STATE, { type: "select", node: "person:tomas-quill" }));
    const b = light(update(a.state, { type: "select", node: "organization:channel-nine" }), a);
    const d = focusDelta(graph, a, b);
    expect(d.nodes.sort()).toEqual([
      "organization:channel-nine",
      "organization:northgrid",
      "person:tomas-quill",
      "statement:a.txt#s1",
      "statement:b.txt#s1",
    ]);
    expect(d.edges.sort()).toEqual(["e2", "e5", "e6", SUMMARIES[1]]);
  });

  it("only selection and hover count as focus changes; filters, size and k-hop selection do not", () => {
    const s = update(DEFAULT_STATE, { type: "select", node: "a" });
    expect(onlyFocusChanged(DEFAULT_STATE, s)).toBe(true);
    expect(onlyFocusChanged(s, update(s, { type: "minDegree", value: 1 }))).toBe(false);
    expect(onlyFocusChanged(s, update(s, { type: "sizeBy", value: "mentions" }))).toBe(false);
    const hop = update(s, { type: "hops", value: 1 });
    expect(onlyFocusChanged(hop, update(hop, { type: "select", node: "b" }))).toBe(false);
  });
});
