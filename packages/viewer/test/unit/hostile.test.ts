// Issue 16 regressions in the viewer: hostile graph files are refused before parsing, and odd attribute values never break the details panel.
import { afterEach, describe, expect, it } from "vitest";
import { GraphLoadError, loadGraphText } from "../../src/model/load.ts";
import { describeEdge, describeNode } from "../../src/model/details.ts";
import { displayValue } from "../../src/model/values.ts";
import { fixture } from "./fixture.ts";
import { parseGexf } from "./helpers.ts";

const load = (text: string, name: string) => loadGraphText(text, name, parseGexf);
const gexf = (nodes: string, edges = "", attributes = "") => `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">${attributes}
<nodes>${nodes}</nodes><edges>${edges}</edges></graph></gexf>`;

function refusal(text: string, name: string): string {
  try {
    load(text, name);
  } catch (e) {
    expect(e).toBeInstanceOf(GraphLoadError);
    return (e as Error).message;
  }
  throw new Error("expected the file to be refused");
}

afterEach(() => {
  // a poisoned prototype would show up on every plain object
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
});

describe("issue 16: keys that cannot poison the viewer", () => {
  it.each(["__proto__", "constructor", "prototype"])("a GEXF node keyed %s is refused before parsing", (key) => {
    expect(
      refusal(
        gexf(`<node id="${key}" label="x"/><node id="b" label="b"/>`, `<edge id="0" source="${key}" target="b"/>`),
        "bad.gexf",
      ),
    ).toMatch(/reserved JavaScript name/);
  });

  it("an entity-encoded __proto__ id is refused too", () => {
    expect(refusal(gexf(`<node id="&#95;_proto__" label="x"/>`), "bad.gexf")).toMatch(/reserved/);
  });

  it("a GEXF attribute titled __proto__ is refused", () => {
    const attrs = `<attributes class="node"><attribute id="0" title="__proto__" type="string"/></attributes>`;
    expect(
      refusal(
        gexf(`<node id="a" label="a"><attvalues><attvalue for="0" value="x"/></attvalues></node>`, "", attrs),
        "bad.gexf",
      ),
    ).toMatch(/reserved/);
  });

  it("a graph.json node keyed __proto__ is refused by the schema", () => {
    const g = fixture() as { nodes: { key: string }[] };
    g.nodes[0]!.key = "__proto__";
    expect(refusal(JSON.stringify(g), "graph.json")).toMatch(/reserved/);
  });

  it("after a refused file the next good file still loads", () => {
    refusal(gexf(`<node id="__proto__" label="x"/>`), "bad.gexf");
    expect(
      load(gexf(`<node id="a" label="A"/><node id="b" label="B"/>`, `<edge id="0" source="a" target="b"/>`), "ok.gexf")
        .graph.order,
    ).toBe(2);
  });

  it("a GEXF with a DOCTYPE and an internal entity referenced 20,000 times is refused without expanding it", () => {
    const bomb =
      `<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY a "aaaaaaaaaaaaaaaaaaaa">]>` +
      gexf(`<node id="n" label="${"&a;".repeat(20000)}"/>`).replace(/^<\?xml[^>]*>/, "");
    expect(refusal(bomb, "bomb.gexf")).toMatch(/DOCTYPE or entities/);
  });
});

describe("issue 16: the details panel renders any attribute value", () => {
  it('a node with roles="[null]" and a numeric text shows without throwing', () => {
    const attrs = `<attributes class="node"><attribute id="kind" title="kind" type="string"/><attribute id="roles" title="roles" type="string"/><attribute id="text" title="text" type="double"/><attribute id="start" title="start" type="string"/></attributes>`;
    const g = load(
      gexf(
        `<node id="p" label="P"><attvalues><attvalue for="kind" value="person"/><attvalue for="roles" value="[null]"/></attvalues></node>` +
          `<node id="s" label="S"><attvalues><attvalue for="kind" value="statement"/><attvalue for="text" value="42"/><attvalue for="start" value="x"/></attvalues></node>`,
        `<edge id="0" source="p" target="s" label="said"/>`,
        attrs,
      ),
      "odd.gexf",
    ).graph;
    const p = describeNode(g, "p");
    expect(p.roles).toEqual([]);
    expect(p.said[0]!.text).toBe("42");
    expect(describeNode(g, "s").statement!.text).toBe("42");
    expect(() => describeEdge(g, "0")).not.toThrow();
  });

  it.each<[unknown, string]>([
    ["x", "x"],
    [3, "3"],
    [true, "true"],
    [null, ""],
    [undefined, ""],
    [[1, null], "[1,null]"],
    [{ a: 1 }, '{"a":1}'],
    [Object.create(null), "{}"],
    [10n, "10"],
  ])("displayValue(%s) is %j", (v, text) => {
    expect(displayValue(v)).toBe(text);
  });

  it("a cyclic value still renders", () => {
    const o: Record<string, unknown> = {};
    o.self = o;
    expect(displayValue(o)).toBe("[object Object]");
  });
});
