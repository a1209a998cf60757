// View state: pure updates and the URL hash round trip.
import { describe, expect, it } from "vitest";
import { DEFAULT_STATE, fromHash, toHash, update, type ViewState } from "../../src/state/view-state.ts";

describe("view state updates", () => {
  it("selecting a node clears an edge selection and vice versa", () => {
    const a = update(DEFAULT_STATE, { type: "selectEdge", edge: "e1" });
    const b = update(a, { type: "select", node: "n1" });
    expect(b).toMatchObject({ selected: "n1", selectedEdge: null });
    expect(update(b, { type: "selectEdge", edge: "e2" })).toMatchObject({ selected: null, selectedEdge: "e2" });
  });

  it("clear drops the selection but keeps filters, and returns the same object when nothing is selected", () => {
    const s = update(update(DEFAULT_STATE, { type: "minDegree", value: 2 }), { type: "select", node: "n1" });
    expect(update(s, { type: "clear" })).toMatchObject({ selected: null, minDegree: 2 });
    expect(update(DEFAULT_STATE, { type: "clear" })).toBe(DEFAULT_STATE);
    expect(update({ ...DEFAULT_STATE, hovered: "n2" }, { type: "clear" }).hovered).toBeNull();
  });

  it("kind toggles keep the hidden list in canonical order", () => {
    let s = update(DEFAULT_STATE, { type: "setKind", kind: "statement", visible: false });
    s = update(s, { type: "setKind", kind: "person", visible: false });
    expect(s.hidden).toEqual(["person", "statement"]);
    expect(update(s, { type: "setKind", kind: "person", visible: true }).hidden).toEqual(["statement"]);
  });

  it("clamps numbers: negative degree, too many hops, NaN", () => {
    expect(update(DEFAULT_STATE, { type: "minDegree", value: -3 }).minDegree).toBe(0);
    expect(update(DEFAULT_STATE, { type: "hops", value: 9 }).hops).toBe(3);
    expect(update(DEFAULT_STATE, { type: "minDegree", value: Number.NaN }).minDegree).toBe(0);
  });

  it("hovering the same node again is a no-op (no re-render)", () => {
    const s = update(DEFAULT_STATE, { type: "hover", node: "n1" });
    expect(update(s, { type: "hover", node: "n1" })).toBe(s);
  });
});

describe("URL hash", () => {
  const full: ViewState = {
    ...DEFAULT_STATE,
    selected: "statement:a.txt#s1",
    hidden: ["country", "statement"],
    minDegree: 2,
    document: "news/a b.txt",
    speaker: "person:ada-brenner",
    hops: 2,
    sizeBy: "mentions",
  };

  it("round-trips selection and every filter (keys with # and spaces included)", () => {
    expect(fromHash(toHash(full))).toEqual(full);
  });

  it.each([
    "person:ada-brenner|said|statement:news/a b.txt#s1",
    // a node key holding the separator or the escape (core graph/edge-key.ts)
    "statement:a%7Cb.txt#s1|mentions|country:velmora",
  ])("round-trips a selected edge by its content key: %s", (edge) => {
    const s = { ...DEFAULT_STATE, selectedEdge: edge };
    expect(fromHash(toHash(s))).toEqual(s);
  });

  it("writes nothing for the default state and reads an empty hash as the default", () => {
    expect(toHash(DEFAULT_STATE)).toBe("");
    expect(fromHash("")).toEqual(DEFAULT_STATE);
  });

  it("never writes hover", () => {
    expect(toHash({ ...DEFAULT_STATE, hovered: "x" })).toBe("");
  });

  it("ignores malformed values and unknown kinds", () => {
    const s = fromHash("#hide=person,alien&deg=abc&hops=-4&size=huge");
    expect(s).toMatchObject({ hidden: ["person"], minDegree: 0, hops: 0, sizeBy: "degree" });
  });

  it("drops node and edge keys that the loaded graph does not have", () => {
    const s = fromHash(toHash({ ...full, selected: "gone" }), { node: (k) => k !== "gone", edge: () => true });
    expect(s.selected).toBeNull();
    const e = fromHash("#edge=e9", { node: () => true, edge: (k) => k === "e1" });
    expect(e.selectedEdge).toBeNull();
  });
});
