// Interning: a copy of any JSON value with the same keys in the same order and equal values; facts keep their keys.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Strings } from "../src/graph/strings.ts";
import { internFacts, type DocFacts } from "../src/graph/facts.ts";

describe("Strings", () => {
  it("value() returns an equal copy with the same key order, for any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const copy = new Strings().value(v);
        expect(JSON.stringify(copy)).toBe(JSON.stringify(v));
      }),
    );
  });

  it("keeps a key named __proto__ as an own key (fast-check found it once; JSON.parse makes it an own key)", () => {
    const v: unknown = JSON.parse('{"__proto__":{"a":"x"},"b":["__proto__"]}');
    expect(JSON.stringify(new Strings().value(v))).toBe('{"__proto__":{"a":"x"},"b":["__proto__"]}');
  });

  it("of() gives back an equal string, short or long", () => {
    const s = new Strings();
    for (const x of ["", "person", "Vell Amarin", "a".repeat(500)]) expect(s.of(x.slice())).toBe(x);
  });
});

describe("internFacts", () => {
  it("adds no field a fact did not have (an own undefined would travel into the edges' occurrences)", () => {
    const facts: DocFacts = {
      statements: [
        {
          id: "s1",
          kind: "direct",
          start: 0,
          end: 5,
          text: "Hello",
          speaker: null,
          said: { start: 0, end: 5 },
          medium: null,
          mediumKind: "via",
          mentions: [],
        },
      ],
      relations: [{ kind: "based_in", source: "e1", target: "e2", start: 0, end: 3 }],
      sentences: [],
    };
    const before = JSON.stringify(facts);
    const keys = [Object.keys(facts.statements[0]!), Object.keys(facts.relations[0]!)];
    internFacts(facts, new Strings());
    expect([Object.keys(facts.statements[0]!), Object.keys(facts.relations[0]!)]).toEqual(keys);
    expect(JSON.stringify(facts)).toBe(before);
  });
});
