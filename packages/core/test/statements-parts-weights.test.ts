// The parts-keyed weight table: the same weight as the string map for any split of a key, 0 for keys it lacks.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { PartsWeights } from "../src/statements/parts-weights.ts";
import { segment } from "../src/text/segment.ts";
import { buildContext } from "../src/statements/context.ts";
import { boundaryFeatures, boundaryScore, isBoundary, parseContentEndModel } from "../src/statements/content-ends.ts";

const weights = new Map([
  ["tok=,", 1.5],
  ["tok_n1=,_which", -2.25],
  ["tok_c12=a_b_c", 0.5],
  ["", 7],
  ["tok=" + "x".repeat(300), 2.5],
]);
const table = new PartsWeights(weights);

describe("weights by parts", () => {
  // [name, parts, weight]
  const rows: [string, string[], number][] = [
    ["a key in one part", ["tok=,"], 1.5],
    ["a key split in four parts", ["tok_n1=", ",", "_", "which"], -2.25],
    ["a key whose parts hold the separator", ["tok_c12=", "a_b", "_", "c"], 0.5],
    ["the same key split elsewhere", ["tok_c12=a", "_b_", "c", ""], 0.5],
    ["the empty key", ["", ""], 7],
    ["a key the model lacks", ["tok_n1=", ",", "_", "who"], 0],
    ["a prefix of a key", ["tok_n1=", ","], 0],
    ["a key with a character more", ["tok=", ",,"], 0],
    ["a key longer than a slot holds", ["tok=", "x".repeat(300)], 2.5],
    ["a long key the model lacks", ["tok=", "x".repeat(299)], 0],
  ];
  test.each(rows)("%s", (_name, parts, want) => {
    const [a, ...rest] = parts;
    expect(table.weight(a!, ...rest)).toBe(want);
  });

  test("property: any split of any string weighs what the string map gives", () => {
    const keys = fc.string({ unit: fc.constantFrom("a", "b", "_", "=", "é"), maxLength: 6 });
    fc.assert(
      fc.property(fc.uniqueArray(keys, { maxLength: 30 }), keys, fc.nat(6), fc.nat(6), (ks, probe, i, j) => {
        const m = new Map(ks.map((k, n) => [k, n + 0.5]));
        const t = new PartsWeights(m);
        const [x, y] = [Math.min(i, j, probe.length), Math.min(Math.max(i, j), probe.length)];
        expect(t.weight(probe.slice(0, x), probe.slice(x, y), probe.slice(y))).toBe(m.get(probe) ?? 0);
        for (const k of ks) expect(t.weight(k.slice(0, x), k.slice(x))).toBe(m.get(k));
      }),
    );
  });
});

describe("the shipped boundary model scores alike by parts and by strings", () => {
  const file = path.join(import.meta.dirname, "../models/content-ends.json");
  const m = parseContentEndModel(readFileSync(file, "utf8"));
  // [text, boundaries asked about]
  const texts: [string, number][] = [
    ["Ann Vale said the levy was unfair, a view the harbour board shares, and that it would end.", 3],
    ["The board, which met on Tuesday, said — after a long debate — that fares would rise (slightly) in May.", 9],
    ["Ivo Reyl said the harbour would stay open all winter.", 0],
  ];
  test.each(texts)("%s", (text, boundaries) => {
    const ctx = buildContext(text, segment(text));
    const site = { first: 0, cue: 2, family: "model" };
    let asked = 0;
    ctx.tokens.forEach((tok, t) => {
      if (!isBoundary(tok.text)) return;
      asked++;
      const byParts = boundaryFeatures(ctx, site, t, asked, m.coder).reduce((s, w) => s + w, m.bias);
      expect(byParts).toBe(boundaryScore(m, boundaryFeatures(ctx, site, t, asked)));
    });
    expect(asked).toBe(boundaries);
  });
});
